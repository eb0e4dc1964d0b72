import type { Finding } from '../../model/finding.js';
import type { RuleId } from '../../model/rule-catalogue.js';

/**
 * Rules from most to least important, for choosing which findings get one of GitHub's few
 * annotation slots: a file that cannot be read hides everything else, then structure, then the
 * ownership and dates that make a decision actionable, then dependencies, then advice.
 * The `Record` type makes adding a rule to the catalogue without ranking it a type error.
 */
const RANK: Record<RuleId, number> = {
  'parse-error': 0,
  schema: 1,
  'status-invalid': 2,
  'id-duplicate': 3,
  'owner-missing': 4,
  'owner-vague': 5,
  'due-missing': 6,
  'date-invalid': 7,
  'due-before-review': 8,
  'dependency-missing': 9,
  'dependency-unowned': 10,
  'dependency-unknown': 11,
  'dependency-cycle': 12,
  'resolution-missing': 13,
  overdue: 14,
  'owners-absent': 15,
  'owner-unknown': 16,
  'decision-undecided': 17,
  'status-regressed': 18,
  'decision-removed': 19,
  'resolution-changed': 20,
  'immediate-output-late': 21,
  'followup-output-late': 22,
  'followup-implied': 23,
  'core-group-missing': 24,
  'specialist-missing': 25,
  'date-format': 26,
  'status-synonym': 27,
};

/** Every rule id, most important first. */
export const RULE_PRIORITY: readonly RuleId[] = (Object.keys(RANK) as RuleId[]).sort(
  (a, b) => RANK[a] - RANK[b],
);

/** A rule's rank: 0 is most important; unknown ids rank last. */
export function rulePriority(rule: string): number {
  return Object.hasOwn(RANK, rule) ? RANK[rule as RuleId] : RULE_PRIORITY.length;
}

/** Rule priority, then file, line and column. */
export function compareByPriority(a: Finding, b: Finding): number {
  const byRule = rulePriority(a.rule) - rulePriority(b.rule);
  if (byRule !== 0) return byRule;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
