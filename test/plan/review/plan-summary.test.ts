import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../src/plan/review/fit-findings.js';
import { planJobSummary } from '../../../src/plan/review/plan-summary.js';
import { makeFinding, SAMPLE_FINDINGS, summarize } from '../../render/make-finding.js';

const REPRODUCE =
  'Reproduce locally with the decision-register CLI, from the repository root: `npx decision-register check`.';

function manyFindings(count: number) {
  return Array.from({ length: count }, (_, index) =>
    makeFinding({
      line: index + 1,
      item: `D${index}`,
      message: `Décision D${index} n’a pas de responsable ✓`,
    }),
  );
}

describe('planJobSummary', () => {
  it('renders the verdict, the capped-annotations note and full tables', () => {
    const out = planJobSummary({
      findings: SAMPLE_FINDINGS,
      summary: { files: 2, decisions: 8, errors: 2, warnings: 1 },
      hiddenAnnotations: { errors: 3, warnings: 1 },
      filterMode: 'nofilter',
    });
    expect(out).toBe(
      [
        '### ❌ Decision register: 2 errors, 1 warning',
        '',
        'Checked 2 register files (8 decisions).',
        '',
        '> [!NOTE]',
        '> GitHub shows at most 10 error and 10 warning annotations per step; 3 errors, 1 warning are listed only in the tables below.',
        '',
        '#### docs/a.md — 2 errors',
        '',
        '| Item | Rule | Message | Line |',
        '| --- | --- | --- | --- |',
        '| — | ❌ `parse-error` | Unexpected table row | 3 |',
        '| D3 | ❌ `owner-missing` | Decision D3 has no owner | 12 |',
        '',
        '#### docs/b.yml — 1 warning',
        '',
        '| Item | Rule | Message | Line |',
        '| --- | --- | --- | --- |',
        '| A2 | ⚠️ `overdue` | Action A2 was due on 2024-05-01 | 4 |',
        '',
        `Showing every finding in the checked registers. ${REPRODUCE}`,
        '',
      ].join('\n'),
    );
  });

  it('has no note when no annotation was hidden, and an all-clear body for no findings', () => {
    const out = planJobSummary({
      findings: [],
      summary: { files: 1, decisions: 2, errors: 0, warnings: 0 },
      hiddenAnnotations: { errors: 0, warnings: 0 },
    });
    expect(out).toBe(
      [
        '### ✅ Decision register: all clear',
        '',
        'Checked 1 register file (2 decisions): no problems found.',
        '',
        REPRODUCE,
        '',
      ].join('\n'),
    );
  });

  it('links lines when repo and head sha are given', () => {
    const out = planJobSummary({
      findings: [makeFinding({ line: 4 })],
      summary: { files: 1, decisions: 1, errors: 1, warnings: 0 },
      repo: { owner: 'acme', repo: 'plans', serverUrl: 'https://github.com' },
      headSha: 'abcdef0',
    });
    expect(out).toContain('| [4](https://github.com/acme/plans/blob/abcdef0/docs/decisions.md#L4) |');
  });

  it('keeps every row of thousands of findings under the 1 MiB cap', () => {
    const findings = manyFindings(3000);
    const out = planJobSummary({ findings, summary: summarize(findings, { files: 1, decisions: 3000 }) });
    expect(out.split('\n').filter((line) => line.startsWith('| D'))).toHaveLength(3000);
    expect(out).not.toContain('more finding');
  });

  it('drops rows past the byte cap, counting multi-byte characters, and says how many', () => {
    const findings = manyFindings(200);
    const out = planJobSummary({
      findings,
      summary: summarize(findings, { files: 1, decisions: 200 }),
      maxBytes: 4000,
    });
    expect(utf8Length(out)).toBeLessThanOrEqual(4000);
    expect(out.length).toBeLessThan(utf8Length(out));
    const rows = out.split('\n').filter((line) => line.startsWith('| D')).length;
    const more = /^… (\d+) more findings in the CLI output; the summary reached its size limit\.$/m.exec(out);
    expect(rows).toBeGreaterThan(0);
    expect(rows + Number(more![1])).toBe(200);
  });

  it('never mentions owners', () => {
    const out = planJobSummary({
      findings: [makeFinding({ message: 'ask @dkim', item: '@org/team' })],
      summary: { files: 1, decisions: 1, errors: 1, warnings: 0 },
    });
    expect(out).not.toMatch(/@(?!&#8203;)/);
  });
});
