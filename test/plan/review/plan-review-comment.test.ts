import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { hasMarker, markerFor } from '../../../src/plan/comment-marker.js';
import { planReviewComment, type ReviewCommentInput } from '../../../src/plan/review/plan-review-comment.js';
import { makeFinding, SAMPLE_FINDINGS, summarize } from '../../render/make-finding.js';
import { findAll, parseGfm } from '../../render/parse-gfm.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const REPO = { owner: 'acme', repo: 'plans', serverUrl: 'https://github.com' };
const FOOTER =
  'Reproduce locally with the decision-register CLI, from the repository root: `npx decision-register check`.</sub>';

function input(findings: Finding[], extra: Partial<ReviewCommentInput> = {}): ReviewCommentInput {
  return {
    findings,
    summary: summarize(findings, { files: 2, decisions: 8 }),
    repo: REPO,
    headSha: SHA,
    mentionOwners: false,
    filterMode: 'added',
    ...extra,
  };
}

/** Every `@` in a body that is not neutralised by a zero-width space. */
function pings(body: string): string[] {
  return body.match(/@(?!&#8203;)[\w/-]*/g) ?? [];
}

describe('planReviewComment', () => {
  it('renders marker, verdict, tables with line links and the footer', () => {
    const link = (path: string, line: number) => `https://github.com/acme/plans/blob/${SHA}/${path}#L${line}`;
    expect(planReviewComment(input(SAMPLE_FINDINGS))).toBe(
      [
        '<!-- decision-register:review -->',
        '### ❌ Decision register: 2 errors, 1 warning',
        '',
        'Checked 2 register files (8 decisions) at `0123456`.',
        '',
        '#### docs/a.md — 2 errors',
        '',
        '| Item | Rule | Message | Line |',
        '| --- | --- | --- | --- |',
        `| — | ❌ \`parse-error\` | Unexpected table row | [3](${link('docs/a.md', 3)}) |`,
        `| D3 | ❌ \`owner-missing\` | Decision D3 has no owner | [12](${link('docs/a.md', 12)}) |`,
        '',
        '#### docs/b.yml — 1 warning',
        '',
        '| Item | Rule | Message | Line |',
        '| --- | --- | --- | --- |',
        `| A2 | ⚠️ \`overdue\` | Action A2 was due on 2024-05-01 | [4](${link('docs/b.yml', 4)}) |`,
        '',
        `<sub>Showing findings on lines this pull request adds or changes. ${FOOTER}`,
        '',
      ].join('\n'),
    );
  });

  it('is an all-clear body, still carrying the marker, when nothing is found', () => {
    const body = planReviewComment(input([], { filterMode: 'file' }));
    expect(body).toBe(
      [
        '<!-- decision-register:review -->',
        '### ✅ Decision register: all clear',
        '',
        'Checked 2 register files (8 decisions) at `0123456`: no problems found.',
        '',
        `<sub>Showing findings in the register files this pull request changes. ${FOOTER}`,
        '',
      ].join('\n'),
    );
    expect(hasMarker(body, markerFor('review'))).toBe(true);
  });

  it('headlines warnings alone with a warning sign and names the nofilter mode', () => {
    const body = planReviewComment(
      input([makeFinding({ rule: 'overdue', severity: 'warning' })], { filterMode: 'nofilter' }),
    );
    expect(body.split('\n')[1]).toBe('### ⚠️ Decision register: 1 warning');
    expect(body).toContain('<sub>Showing every finding in the checked registers.');
  });

  it('URI-encodes path segments in line links', () => {
    const body = planReviewComment(input([makeFinding({ file: 'docs/Q3 review (draft)/#1.md', line: 7 })]));
    expect(body).toContain(
      `[7](https://github.com/acme/plans/blob/${SHA}/docs/Q3%20review%20%28draft%29/%231.md#L7)`,
    );
  });

  it('never lets user text ping or inject HTML', () => {
    const findings = [
      makeFinding({
        file: 'docs/@org/team.md',
        item: '@dkim',
        message: 'Ask @dkim or @org/team <img src=x> a@b.c',
      }),
    ];
    const body = planReviewComment(
      input(findings, { owners: new Map([['docs/@org/team.md#@dkim', ['dkim']]]) }),
    );
    expect(pings(body)).toEqual([]);
    expect(body.replace(markerFor('review'), '').replace(/<\/?sub>/g, '')).not.toContain('<');
  });

  it('mentions owners only when mentionOwners is true', () => {
    const owners = new Map([['docs/a.md#D3', ['dkim', '@org/team']]]);
    expect(pings(planReviewComment(input(SAMPLE_FINDINGS, { owners })))).toEqual([]);
    const body = planReviewComment(input(SAMPLE_FINDINGS, { owners, mentionOwners: true }));
    expect(pings(body)).toEqual(['@dkim', '@org/team']);
    expect(body).toContain('#### docs/a.md — 2 errors\n\nOwners: @dkim, @org/team\n\n| Item |');
  });

  it('drops rows from the end to fit, keeping errors and valid tables, and says how many', () => {
    const findings = Array.from({ length: 5000 }, (_, index) =>
      makeFinding({
        file: `docs/register-${index % 7}.md`,
        line: index + 1,
        rule: index % 3 === 0 ? 'overdue' : 'owner-missing',
        severity: index % 3 === 0 ? 'warning' : 'error',
        item: `D${index}`,
        message: `Decision D${index} ${'needs an owner who attended the review '.repeat(4)}`,
      }),
    );
    const body = planReviewComment(input(findings));
    expect(body.length).toBeLessThanOrEqual(65_536);
    const rows = body.split('\n').filter((line) => line.startsWith('| D'));
    const more = /^… (\d+) more findings in the job summary\.$/m.exec(body);
    expect(more).not.toBeNull();
    expect(rows.length + Number(more![1])).toBe(5000);
    // Errors outrank warnings, so no warning row survives while errors are dropped.
    expect(rows.some((row) => row.includes('`overdue`'))).toBe(false);
    for (const table of findAll(parseGfm(body), 'table')) {
      for (const row of findAll(table, 'tableRow')) expect(findAll(row, 'tableCell')).toHaveLength(4);
    }
    expect(findAll(parseGfm(body), 'tableRow').length - findAll(parseGfm(body), 'table').length).toBe(
      rows.length,
    );
  });

  it('stays within any maxChars and accounts for every finding', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ line: fc.nat(500), message: fc.string({ maxLength: 300 }), warn: fc.boolean() }),
          {
            maxLength: 60,
          },
        ),
        fc.integer({ min: 600, max: 6000 }),
        (specs, maxChars) => {
          const findings = specs.map((spec) =>
            makeFinding({
              line: spec.line,
              message: spec.message,
              rule: spec.warn ? 'overdue' : 'owner-missing',
              severity: spec.warn ? 'warning' : 'error',
            }),
          );
          const body = planReviewComment(input(findings, { maxChars }));
          expect(body.length).toBeLessThanOrEqual(maxChars);
          const rows = body.split('\n').filter((line) => line.startsWith('| D1 |')).length;
          const more = Number(/^… (\d+) more findings? in/m.exec(body)?.[1] ?? 0);
          expect(body).toContain('</sub>\n');
          expect(rows + more).toBe(findings.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('cuts even the frame when maxChars is absurdly small, never exceeding it', () => {
    expect(planReviewComment(input(SAMPLE_FINDINGS, { maxChars: 20 }))).toHaveLength(20);
  });
});
