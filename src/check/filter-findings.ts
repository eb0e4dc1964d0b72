import type { Finding } from '../model/finding.js';
import type { RuleId } from '../model/rule-catalogue.js';

/** reviewdog-style filter modes: what part of the findings a pull request is shown. */
export type FilterMode = 'added' | 'file' | 'nofilter';

/** The filter modes, for validating inputs. */
export const FILTER_MODES: readonly FilterMode[] = ['added', 'file', 'nofilter'];

/** What a pull request changed, as diffRegisters and the changed-file list tell. */
export interface FilterScope {
  changedFiles: Set<string>;
  /** `${file}#${id}` of items added or changed. */
  changedItems: Set<string>;
  /** Files whose review part changed. */
  changedReviews: Set<string>;
  /** `${file}:${line}` of prose lines added or changed; without it, prose findings follow changedReviews. */
  changedProse?: Set<string>;
}

const FILE_RULES = new Set<RuleId>(['parse-error', 'schema']);
const DIFF_RULES = new Set<RuleId>(['status-regressed', 'decision-removed', 'resolution-changed']);

/**
 * Keeps the findings `mode` asks for. `nofilter`: all. `file`: those in changed files (and
 * the diff rules' findings, which only a change can cause). `added`: findings about added
 * or changed items; file-level findings in changed files when they are parse-error/schema,
 * about a changed review, or (followup-implied) on a changed prose line; and the diff rules'.
 */
export function filterFindings(findings: Finding[], mode: FilterMode, scope: FilterScope): Finding[] {
  if (mode === 'nofilter') return findings;
  if (mode === 'file')
    return findings.filter((f) => DIFF_RULES.has(f.rule) || scope.changedFiles.has(f.file));
  return findings.filter((f) => {
    if (DIFF_RULES.has(f.rule)) return true;
    if (f.item !== null) return scope.changedItems.has(`${f.file}#${f.item}`);
    if (!scope.changedFiles.has(f.file)) return false;
    if (FILE_RULES.has(f.rule)) return true;
    if (f.rule === 'followup-implied' && scope.changedProse)
      return scope.changedProse.has(`${f.file}:${f.line}`);
    return scope.changedReviews.has(f.file);
  });
}
