import { describe, expect, it } from 'vitest';
import { CHECK_OUTPUT_MAX_CHARS, planCheckRun } from '../../../src/plan/review/plan-check-run.js';
import { makeFinding, SAMPLE_FINDINGS, summarize } from '../../render/make-finding.js';

const SUMMARY = { files: 2, decisions: 8, errors: 2, warnings: 1 };
const WARNINGS_ONLY = [makeFinding({ rule: 'overdue', severity: 'warning' })];

describe('planCheckRun', () => {
  it.each([
    ['error', SAMPLE_FINDINGS, 'failure'],
    ['warning', SAMPLE_FINDINGS, 'failure'],
    ['never', SAMPLE_FINDINGS, 'neutral'],
    ['error', WARNINGS_ONLY, 'success'],
    ['warning', WARNINGS_ONLY, 'failure'],
    ['never', WARNINGS_ONLY, 'success'],
    ['warning', [], 'success'],
  ] as const)('failOn %s gives %#: %s', (failOn, findings, conclusion) => {
    const summary = summarize(findings, { files: 1, decisions: 1 });
    expect(planCheckRun(findings, summary, { failOn }).conclusion).toBe(conclusion);
  });

  it('titles with counts and summarises with verdict and tables', () => {
    const plan = planCheckRun(SAMPLE_FINDINGS, SUMMARY, { failOn: 'error' });
    expect(plan.title).toBe('2 errors, 1 warning');
    expect(
      plan.summary.startsWith(
        '### ❌ Decision register: 2 errors, 1 warning\n\nChecked 2 register files (8 decisions).\n\n#### docs/a.md — 2 errors\n',
      ),
    ).toBe(true);
    expect(plan.summary).toContain('| A2 | ⚠️ `overdue` | Action A2 was due on 2024-05-01 | 4 |');
  });

  it('explains the rules that fired and how to reproduce', () => {
    const plan = planCheckRun(SAMPLE_FINDINGS, SUMMARY, { failOn: 'error', filterMode: 'added' });
    expect(plan.text).toBe(
      [
        '#### Rules',
        '',
        '- `overdue`: The due date has passed and the item is still open.',
        '- `owner-missing`: An unresolved decision, action or output has no owner.',
        '- `parse-error`: The file cannot be parsed.',
        '',
        'Showing findings on lines this pull request adds or changes. Reproduce locally with the decision-register CLI, from the repository root: `npx decision-register check`.',
        '',
      ].join('\n'),
    );
  });

  it('says No problems for a clean run', () => {
    const plan = planCheckRun([], { files: 1, decisions: 1, errors: 0, warnings: 0 }, { failOn: 'error' });
    expect(plan).toMatchObject({ conclusion: 'success', title: 'No problems' });
    expect(plan.summary).toBe(
      '### ✅ Decision register: all clear\n\nChecked 1 register file (1 decision): no problems found.\n',
    );
  });

  it('keeps the summary within 65,535 characters for thousands of findings', () => {
    const findings = Array.from({ length: 4000 }, (_, index) =>
      makeFinding({ line: index + 1, item: `D${index}`, message: `Decision D${index} has no owner at all` }),
    );
    const plan = planCheckRun(findings, summarize(findings, { files: 1, decisions: 4000 }), {
      failOn: 'error',
    });
    expect(plan.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_CHARS);
    const rows = plan.summary.split('\n').filter((line) => line.startsWith('| D')).length;
    const more = /^… (\d+) more findings in the annotations\.$/m.exec(plan.summary);
    expect(rows + Number(more![1])).toBe(4000);
  });
});
