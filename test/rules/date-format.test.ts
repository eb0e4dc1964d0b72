import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/check-files.js';
import { defaultConfig } from '../../src/config/default-config.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { applyEdits } from '../../src/plan/fixes/apply-edits.js';

const FILE = 'decisions/review.md';
const TABLE = (due: string, status = 'open') =>
  `---\ndate: 2026-11-24\n---\n\n## Next actions\n\n| ID | Action | Owner | Due | Status |\n|---|---|---|---|---|\n| A1 | Ship | @a | ${due} | ${status} |\n`;
const check = (text: string, config = defaultConfig(), file = FILE) =>
  checkFiles([{ path: file, content: text }], config, '2026-11-25').findings;

describe('date-format', () => {
  it('names the ISO form of a date read in another form, and fixes exactly the written date', () => {
    const text = TABLE('Dec 5, 2026');
    const finding = check(text).find((f) => f.rule === 'date-format');
    expect(finding).toMatchObject({
      file: FILE,
      line: 9,
      column: 20,
      severity: 'warning',
      item: 'A1',
      message: 'Action A1 has due "Dec 5, 2026", read as 2026-12-05; write it as 2026-12-05',
      fix: {
        description: 'Write due as 2026-12-05',
        edits: [{ line: 9, column: 20, endLine: 9, endColumn: 31, text: '2026-12-05' }],
      },
    });
    const line = text.split('\n')[8]!;
    expect(line.slice(19, 30)).toBe('Dec 5, 2026');
    // The rules see the date as read: not date-invalid, and dated for the other rules.
    expect(check(text).map((f) => f.rule)).not.toContain('date-invalid');
  });

  it('reads relative dates from the review date, and the review date itself', () => {
    const findings = check(TABLE('next Tuesday').replace('2026-11-24', 'Nov 24, 2026'));
    expect(findings.filter((f) => f.rule === 'date-format').map((f) => f.message)).toEqual([
      'The review has date "Nov 24, 2026", read as 2026-11-24; write it as 2026-11-24',
      'Action A1 has due "next Tuesday", read as 2026-12-01; write it as 2026-12-01',
    ]);
  });

  it('reports a numeric date that reads two ways, unless date_order settles it', () => {
    const ambiguous = check(TABLE('03/12/2026')).find((f) => f.rule === 'date-invalid');
    expect(ambiguous?.message).toBe(
      'Action A1 has due "03/12/2026", which reads as 2026-03-12 (month first) or 2026-12-03 (day first); write it as YYYY-MM-DD or set date_order in the config',
    );
    const settled = check(TABLE('03/12/2026'), parseConfig('date_order: dmy\n'));
    expect(settled.map((f) => f.rule)).not.toContain('date-invalid');
    expect(settled.find((f) => f.rule === 'date-format')?.message).toContain('read as 2026-12-03');
  });

  it('can be turned off', () => {
    const config = parseConfig('rules:\n  date-format: off\n');
    expect(check(TABLE('Dec 5, 2026'), config).map((f) => f.rule)).not.toContain('date-format');
  });
});

describe('status-invalid on files as written', () => {
  it('accepts synonyms, and fixes an unknown status when one canonical value is close', () => {
    expect(check(TABLE('2026-12-05', 'Closed')).map((f) => f.rule)).not.toContain('status-invalid');
    const finding = check(TABLE('2026-12-05', 'dnoe')).find((f) => f.rule === 'status-invalid');
    expect(finding).toMatchObject({
      line: 9,
      message: 'Action A1 has status "dnoe"; use one of open, done, dropped (did you mean done?)',
      fix: { edits: [{ line: 9, column: 33, endLine: 9, endColumn: 37, text: 'done' }] },
    });
    const far = check(TABLE('2026-12-05', 'sort of')).find((f) => f.rule === 'status-invalid');
    expect(far?.fix).toBeUndefined();
  });

  it('takes more words from the config', () => {
    const config = parseConfig('statuses:\n  Baked: done\n');
    expect(check(TABLE('2026-12-05', 'baked'), config).map((f) => f.rule)).not.toContain('status-invalid');
    expect(check(TABLE('2026-12-05', 'baked')).map((f) => f.rule)).toContain('status-invalid');
  });
});

describe('date and status fixes in YAML', () => {
  const fixed = (text: string) => {
    const findings = check(text, defaultConfig(), 'decisions/r.yml');
    const mine = findings.filter((f) => f.rule === 'date-format' || f.rule === 'status-invalid');
    const after = applyEdits(
      text,
      mine.flatMap((f) => f.fix?.edits ?? []),
    ).text;
    return { mine, after, left: check(after, defaultConfig(), 'decisions/r.yml').map((f) => f.rule) };
  };

  it('fixes block-style dates and a status typo, keeping comments and quotes', () => {
    const text = [
      'review:',
      '  title: R',
      '  date: "Nov 24, 2026" # the meeting',
      'decisions:',
      '  - id: D1',
      '    title: T',
      '    status: reslved # typo',
      '    owner: "@a"',
      '    due: Dec 5, 2026 # soon',
      "    resolved_on: 'Dec 1, 2026'",
      '',
    ].join('\n');
    const { mine, after, left } = fixed(text);
    expect(mine.map((f) => [f.rule, f.line, f.fix?.edits])).toEqual([
      ['date-format', 3, [{ line: 3, column: 9, endLine: 3, endColumn: 23, text: '"2026-11-24"' }]],
      ['status-invalid', 7, [{ line: 7, column: 13, endLine: 7, endColumn: 20, text: 'resolved' }]],
      ['date-format', 9, [{ line: 9, column: 10, endLine: 9, endColumn: 21, text: '2026-12-05' }]],
      ['date-format', 10, [{ line: 10, column: 18, endLine: 10, endColumn: 31, text: "'2026-12-01'" }]],
    ]);
    expect(after).toBe(
      text
        .replace('"Nov 24, 2026" # the meeting', '"2026-11-24" # the meeting')
        .replace('reslved # typo', 'resolved # typo')
        .replace('Dec 5, 2026 # soon', '2026-12-05 # soon')
        .replace("'Dec 1, 2026'", "'2026-12-01'"),
    );
    expect(left).not.toContain('date-format');
    expect(left).not.toContain('status-invalid');
  });

  it('fixes flow-style mappings, and never a status with two close matches', () => {
    const text =
      'review: { title: R, date: 2026-11-24 }\ndecisions:\n' +
      '  - { id: D1, title: T, status: reslved, owner: "@a", due: Dec 5 2026 }\n' +
      '  - { id: D2, title: T, status: "Reslved", owner: "@a", due: "Dec 5, 2026" }\n' +
      '  - { id: D3, title: T, status: sort of, owner: "@a", due: 2026-12-05 }\n';
    const { mine, after, left } = fixed(text);
    expect(mine.map((f) => [f.rule, f.item, f.fix?.edits[0]?.text])).toEqual([
      ['status-invalid', 'D1', 'resolved'],
      ['date-format', 'D1', '2026-12-05'],
      ['status-invalid', 'D2', '"resolved"'],
      ['date-format', 'D2', '"2026-12-05"'],
      ['status-invalid', 'D3', undefined],
    ]);
    expect(after.split('\n').slice(2, 5)).toEqual([
      '  - { id: D1, title: T, status: resolved, owner: "@a", due: 2026-12-05 }',
      '  - { id: D2, title: T, status: "resolved", owner: "@a", due: "2026-12-05" }',
      '  - { id: D3, title: T, status: sort of, owner: "@a", due: 2026-12-05 }',
    ]);
    expect(left.filter((r) => r === 'status-invalid')).toHaveLength(1);
    expect(left).not.toContain('date-format');
  });
});

describe('extreme values are findings, never exceptions', () => {
  it.each(['99999999', '1e15', '-5', '0', '1.5', '.inf', '.nan'])('cycle_days: %s', (cycle) => {
    const yaml = `review: { title: R, date: 2026-11-24, cycle_days: ${cycle} }\noutputs:\n  - { id: O1, title: T, owner: "@a", due: 2026-12-30, timing: follow-up }\n`;
    const findings = check(yaml, defaultConfig(), 'decisions/r.yml');
    expect(findings.some((f) => f.rule === 'schema' && f.message.startsWith('review.cycle_days'))).toBe(true);
  });

  it.each(['99999-12-30', '+099999-01-01', '0000-00-00', '9999-12-32', '-0001-01-01'])('due: %s', (due) => {
    const yaml = `review: { title: R, date: 2026-11-24 }\noutputs:\n  - { id: O1, title: T, owner: "@a", due: "${due}", timing: follow-up }\n`;
    expect(check(yaml, defaultConfig(), 'decisions/r.yml').map((f) => f.rule)).toContain('date-invalid');
  });
});
