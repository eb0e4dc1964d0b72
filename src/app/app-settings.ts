import { FILTER_MODES, type FilterMode } from '../check/filter-findings.js';
import { ConfigError } from '../config/config.js';
import type { IssuesFor } from '../plan/follow-ups/plan-follow-ups.js';
import type { FailOn } from '../plan/review/verdict.js';

/** What the Action takes as inputs, the app takes as settings. Names match action.yml's inputs. */
export interface AppSettings {
  filterMode: FilterMode;
  failOn: FailOn;
  mentionOwners: boolean;
  issuesFor: IssuesFor;
  labels: string[];
  maxIssues: number;
}

/** action.yml's defaults. */
export const DEFAULT_APP_SETTINGS: AppSettings = {
  filterMode: 'added',
  failOn: 'error',
  mentionOwners: false,
  issuesFor: 'both',
  labels: ['follow-up'],
  maxIssues: 25,
};

/** Each setting's key in the config's `app:` section and its environment variable. */
export const APP_SETTING_KEYS = {
  filterMode: { key: 'filter-mode', env: 'DECISION_REGISTER_FILTER_MODE' },
  failOn: { key: 'fail-on', env: 'DECISION_REGISTER_FAIL_ON' },
  mentionOwners: { key: 'mention-owners', env: 'DECISION_REGISTER_MENTION_OWNERS' },
  issuesFor: { key: 'issues-for', env: 'DECISION_REGISTER_ISSUES_FOR' },
  labels: { key: 'labels', env: 'DECISION_REGISTER_LABELS' },
  maxIssues: { key: 'max-issues', env: 'DECISION_REGISTER_MAX_ISSUES' },
} as const satisfies Record<keyof AppSettings, { key: string; env: string }>;

type Setting = keyof AppSettings;
/** A parsed value, or why the raw one is refused. */
type Parsed<T> = { value: T } | { why: string };
type Parse<T> = (value: unknown) => Parsed<T>;

const oneOf =
  <T extends string>(allowed: readonly T[]): Parse<T> =>
  (value) =>
    typeof value === 'string' && allowed.includes(value as T)
      ? { value: value as T }
      : { why: `must be one of ${allowed.join(', ')}` };

const PARSERS: { [K in Setting]: Parse<AppSettings[K]> } = {
  filterMode: oneOf(FILTER_MODES),
  failOn: oneOf(['error', 'warning', 'never'] as const),
  issuesFor: oneOf(['outputs', 'actions', 'both'] as const),
  mentionOwners: (value) => {
    if (typeof value === 'boolean') return { value };
    const text = String(value).toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(text)) return { value: true };
    if (['false', 'no', 'off', '0'].includes(text)) return { value: false };
    return { why: 'must be true or false' };
  },
  labels: (value) => {
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\n]/) : null;
    if (!list?.every((label) => typeof label === 'string')) return { why: 'must be a list of label names' };
    const labels = list.map((label) => label.trim()).filter(Boolean);
    return labels.length > 0 ? { value: labels } : { why: 'must name at least one label' };
  },
  maxIssues: (value) => {
    const number =
      typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
    return Number.isInteger(number) && number >= 0
      ? { value: number }
      : { why: 'must be a whole number (0 or more)' };
  },
};

/** `base` with every setting `read` gives (unset: undefined, null or '') parsed over it. */
function apply(
  base: AppSettings,
  read: (setting: Setting) => unknown,
  fail: (setting: Setting, why: string) => never,
): AppSettings {
  const settings: Record<string, unknown> = { ...base, labels: [...base.labels] };
  for (const setting of Object.keys(PARSERS) as Setting[]) {
    const raw = read(setting);
    if (raw === undefined || raw === null || raw === '') continue;
    const parsed: Parsed<unknown> = PARSERS[setting](raw);
    if ('why' in parsed) fail(setting, parsed.why);
    else settings[setting] = parsed.value;
  }
  return settings as unknown as AppSettings;
}

/**
 * The operator's defaults from the environment (DECISION_REGISTER_FILTER_MODE and friends) over
 * action.yml's. A bad value is an Error naming the variable, so the server refuses to start.
 */
export function appSettingsFromEnv(env: Record<string, string | undefined>): AppSettings {
  return apply(
    DEFAULT_APP_SETTINGS,
    (setting) => env[APP_SETTING_KEYS[setting].env]?.trim(),
    (setting, why) => {
      throw new Error(`${APP_SETTING_KEYS[setting].env} ${why}, not "${env[APP_SETTING_KEYS[setting].env]}"`);
    },
  );
}

/**
 * A repository's (or its organisation's) `app:` section over the operator's defaults. A bad
 * value is a ConfigError naming the key (`app.fail-on`), reported like any config problem.
 */
export function appSettingsFromSection(section: unknown, defaults: AppSettings): AppSettings {
  if (section === undefined || section === null) return defaults;
  if (typeof section !== 'object' || Array.isArray(section))
    throw new ConfigError('app', 'must be a mapping');
  const given = section as Record<string, unknown>;
  const known = new Set<string>(Object.values(APP_SETTING_KEYS).map((entry) => entry.key));
  const unknown = Object.keys(given).find((key) => !known.has(key));
  if (unknown !== undefined) {
    throw new ConfigError(`app.${unknown}`, `unknown key "${unknown}" (allowed: ${[...known].join(', ')})`);
  }
  return apply(
    defaults,
    (setting) => given[APP_SETTING_KEYS[setting].key],
    (setting, why) => {
      throw new ConfigError(`app.${APP_SETTING_KEYS[setting].key}`, why);
    },
  );
}
