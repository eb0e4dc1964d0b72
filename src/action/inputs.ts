import type { FilterMode } from '../check/filter-findings.js';

export const MODES = ['auto', 'review', 'report', 'follow-ups', 'agenda', 'dashboard', 'remind'] as const;
export type Mode = (typeof MODES)[number];
export type FailOn = 'error' | 'warning' | 'never';
export type IssuesFor = 'outputs' | 'actions' | 'both';

/** The Action's inputs, validated. Names match action.yml. */
export interface ActionInputs {
  token: string;
  configPath: string;
  mode: Mode;
  filterMode: FilterMode;
  failOn: FailOn;
  mentionOwners: boolean;
  dryRun: boolean;
  /** Offer certain fixes as suggested changes on the pull request. */
  suggestions: boolean;
  /** Review: also write the report artifact here. Report: read it from here. '' = not set. */
  artifactDir: string;
  issuesFor: IssuesFor;
  labels: string[];
  maxIssues: number;
  dashboardBranch: string;
  dashboardDir: string;
  /** YYYY-MM-DD, or undefined for the run's UTC date. */
  today: string | undefined;
  /** Where a review writes its findings as SARIF (workspace-relative); '' for none. */
  sarifFile: string;
}

/** An input with a value action.yml does not allow; the message names the input. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Reads and validates every input. `get` returns the raw (trimmed) value, '' when unset, the
 * way `core.getInput` does, so this stays testable without a runner.
 */
export function readInputs(get: (name: string) => string): ActionInputs {
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = get(name) || fallback;
    if (!allowed.includes(value as T)) {
      throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    }
    return value as T;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const value = get(name).toLowerCase();
    if (value === '') return fallback;
    if (['true', 'yes', 'on', '1'].includes(value)) return true;
    if (['false', 'no', 'off', '0'].includes(value)) return false;
    throw new InputError(`input ${name} must be true or false, not "${get(name)}"`);
  };
  const maxIssuesText = get('max-issues') || '25';
  const maxIssues = Number(maxIssuesText);
  if (!Number.isInteger(maxIssues) || maxIssues < 0) {
    throw new InputError(`input max-issues must be a whole number, not "${maxIssuesText}"`);
  }
  const today = get('today') || undefined;
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    throw new InputError(`input today must be YYYY-MM-DD, not "${today}"`);
  }
  const token = get('github-token');
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, shown to the user.
  if (!token) throw new InputError('input github-token is empty: pass ${{ github.token }} or a token secret');
  return {
    token,
    configPath: get('config') || '.github/decision-register.yml',
    mode: oneOf('mode', MODES, 'auto'),
    filterMode: oneOf('filter-mode', ['added', 'file', 'nofilter'] as const, 'added'),
    failOn: oneOf('fail-on', ['error', 'warning', 'never'] as const, 'error'),
    mentionOwners: bool('mention-owners', false),
    dryRun: bool('dry-run', false),
    suggestions: bool('suggestions', true),
    artifactDir: get('artifact-dir'),
    issuesFor: oneOf('issues-for', ['outputs', 'actions', 'both'] as const, 'both'),
    labels: (get('labels') || 'follow-up')
      .split(/[,\n]/)
      .map((label) => label.trim())
      .filter(Boolean),
    maxIssues,
    dashboardBranch: get('dashboard-branch'),
    dashboardDir: get('dashboard-dir') || 'status',
    today,
    sarifFile: get('sarif-file'),
  };
}
