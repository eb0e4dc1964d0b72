import type { Finding } from '../../src/model/finding.js';
import { RULE_CATALOGUE, type RuleId } from '../../src/model/rule-catalogue.js';
import type { Summary } from '../../src/model/summary.js';

/** A finding for tests: defaults to an owner-missing error on D1 at docs/decisions.md:1:1. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  const rule: RuleId = overrides.rule ?? 'owner-missing';
  return {
    file: 'docs/decisions.md',
    line: 1,
    column: 1,
    rule,
    severity: RULE_CATALOGUE[rule].severity,
    message: `Finding of ${rule}`,
    item: 'D1',
    ...overrides,
  };
}

/** Three findings in two files: two errors and one warning. */
export const SAMPLE_FINDINGS: Finding[] = [
  makeFinding({
    file: 'docs/b.yml',
    line: 4,
    column: 3,
    rule: 'overdue',
    message: 'Action A2 was due on 2024-05-01',
    item: 'A2',
  }),
  makeFinding({
    file: 'docs/a.md',
    line: 12,
    column: 5,
    rule: 'owner-missing',
    message: 'Decision D3 has no owner',
    item: 'D3',
  }),
  makeFinding({
    file: 'docs/a.md',
    line: 3,
    column: 1,
    rule: 'parse-error',
    message: 'Unexpected table row',
    item: null,
  }),
];

/** A Summary counting `findings` (check/summarize.ts does this from registers in the real flow). */
export function summarize(
  findings: readonly Finding[],
  checked: { files: number; decisions: number },
): Summary {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { ...checked, errors, warnings: findings.length - errors };
}
