import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../../src/parse/parse-register.js';

const FILE = 'decisions/review.md';
const at = (line: number, column: number) => ({ file: FILE, line, column });
const parse = (text: string) => parseRegister(FILE, text);
/** 1-based column of `needle` in line `line` (1-based) of `text`. */
const col = (text: string, line: number, needle: string) =>
  (text.split('\n')[line - 1] ?? '').indexOf(needle) + 1;

const SAMPLE = `---
title: Weekly review
date: 2026-11-24
cycle_days: 14
---

# Weekly review

A summary of **what** we discussed,
over two lines.

## Decisions

| ID | Decision | Status | DRI | Due date | Blocked by | Topics |
|----|----------|--------|-----|----------|------------|--------|
| D1 | Use \`a\\|b\` **now** | assigned | @dkim | 2026-12-01 | D2, D3 | identity, hosting |
| D2 | [Pick](https://example.com) a queue | blocked | Dana Kim | — | HRIS export of membership (@hris, due 2026-12-01); D3 | - |

## Next actions

- A bullet about the plan.

| # | Action | Owner | By | Decision |
|---|--------|-------|----|----------|
| A1 | Draft workload order | @ops | 2026-12-01 | D3 |

## Outputs

### Immediate outputs

| ID | Output | Owner | Due |
|----|--------|-------|-----|
| O1 | Decision register | @pm | 2026-11-24 |

### Follow-up outputs

| ID | Output | Owner | Due | Timing |
|----|--------|-------|-----|--------|
| O2 | Status Dashboard | @pm | 2026-12-08 | |
| O3 | Notes | @pm | 2026-11-24 | immediate |
`;

describe('parseMarkdown', () => {
  it('reads front matter and section tables into the register', () => {
    const { register, findings } = parse(SAMPLE);
    expect(findings).toEqual([]);
    expect(register.format).toBe('markdown');
    expect(register.review).toMatchObject({
      title: 'Weekly review',
      date: '2026-11-24',
      cycle_days: 14,
      attendees: [],
    });
    expect(register.decisions).toMatchObject([
      {
        id: 'D1',
        title: 'Use a|b now',
        status: 'assigned',
        owner: '@dkim',
        due: '2026-12-01',
        depends_on: ['D2', 'D3'],
        blocked_by: [],
        topics: ['identity', 'hosting'],
      },
      {
        id: 'D2',
        title: 'Pick a queue',
        status: 'blocked',
        owner: 'Dana Kim',
        depends_on: ['D3'],
        blocked_by: [{ what: 'HRIS export of membership', owner: '@hris', due: '2026-12-01' }],
        topics: [],
      },
    ]);
    expect(register.decisions[1]?.due).toBeUndefined();
    // In an Actions table, `Decision` is the link to the decision, not the title.
    expect(register.actions).toMatchObject([
      {
        kind: 'action',
        id: 'A1',
        title: 'Draft workload order',
        owner: '@ops',
        due: '2026-12-01',
        decision: 'D3',
      },
    ]);
    expect(register.outputs.map((o) => [o.id, o.timing])).toEqual([
      ['O1', 'immediate'],
      ['O2', 'follow-up'],
      ['O3', 'immediate'],
    ]);
  });

  it('keeps exact positions of rows, cells, entries and blockers', () => {
    const { register } = parse(SAMPLE);
    expect(register.review?.pos).toEqual(at(2, 1));
    expect(register.review?.at.date).toEqual(at(3, 7));
    const [d1, d2] = register.decisions;
    expect(d1?.pos).toEqual(at(16, 1));
    expect(d1?.at.id).toEqual(at(16, 3));
    expect(d1?.at.title).toEqual(at(16, col(SAMPLE, 16, 'Use')));
    expect(d1?.at.owner).toEqual(at(16, col(SAMPLE, 16, '@dkim')));
    expect(d1?.at['depends_on.0']).toEqual(at(16, col(SAMPLE, 16, 'D2,')));
    expect(d1?.at['depends_on.1']).toEqual(at(16, col(SAMPLE, 16, 'D3 ')));
    expect(d1?.at['topics.1']).toEqual(at(16, col(SAMPLE, 16, 'hosting')));
    const blocker = d2?.blocked_by[0];
    expect(blocker?.pos).toEqual(at(17, col(SAMPLE, 17, 'HRIS')));
    expect(blocker?.at).toEqual({
      what: at(17, col(SAMPLE, 17, 'HRIS')),
      owner: at(17, col(SAMPLE, 17, '@hris')),
      due: at(17, col(SAMPLE, 17, '2026-12-01)')),
    });
    expect(d2?.at['depends_on.0']).toEqual(at(17, col(SAMPLE, 17, 'D3 ')));
    expect(register.actions[0]?.pos).toEqual(at(25, 1));
    // A timing set by the heading is placed at the heading.
    expect(register.outputs[0]?.at.timing).toEqual(at(29, 1));
    expect(register.outputs[2]?.at.timing).toEqual(at(40, col(SAMPLE, 40, 'immediate')));
  });

  it('keeps prose outside tables and headings, one line each, as plain text', () => {
    const { register } = parse(SAMPLE);
    expect(register.prose).toEqual([
      { text: 'A summary of what we discussed,', pos: at(9, 1) },
      { text: 'over two lines.', pos: at(10, 1), continues: true },
      { text: 'A bullet about the plan.', pos: at(21, 3) },
    ]);
  });

  it('marks prose lines that continue a paragraph, are quoted, or are a task-list item', () => {
    const text =
      '# Notes\n\n- [ ] Sam to book the room\n  and the catering\n- Ana to call\n\n> Lee will send it\n';
    expect(parse(text).register.prose).toEqual([
      { text: 'Sam to book the room', pos: at(3, 7), task: true },
      { text: 'and the catering', pos: at(4, 3), continues: true, task: true },
      { text: 'Ana to call', pos: at(5, 3) },
      { text: 'Lee will send it', pos: at(7, 3), quoted: true },
    ]);
  });

  it('reads a Markdown file without recognised sections as an empty register with prose', () => {
    const text = '# Notes\n\nSam will follow up with legal.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    const { register, findings } = parse(text);
    expect(findings).toEqual([]);
    expect(register).toMatchObject({ decisions: [], actions: [], outputs: [] });
    expect(register.review).toBeUndefined();
    expect(register.prose).toEqual([{ text: 'Sam will follow up with legal.', pos: at(3, 1) }]);
  });

  it('keeps unknown and misplaced columns as extra fields, and repeated owner columns as more owners', () => {
    const text =
      '## Decisions\n\n| ID | Title | Notes | Timing | Owner | DRI |\n|-|-|-|-|-|-|\n| D1 | T | n | now | @a | @b |\n';
    const { register, findings } = parse(text);
    expect(findings).toEqual([]);
    expect(register.decisions[0]).toMatchObject({
      id: 'D1',
      title: 'T',
      owner: '@a',
      owners: ['@a', '@b'],
      extra: { Notes: 'n', Timing: 'now' },
      source: 'table',
    });
  });

  it('with strict, reports unknown, misplaced and repeated columns at the header cell', () => {
    const text =
      '## Decisions\n\n| ID | Title | Notes | Timing | Owner | Resolution | Outcome |\n|-|-|-|-|-|-|-|\n| D1 | T | n | now | @a | r | o |\n';
    const { register, findings } = parseRegister(FILE, text, { strict: true });
    expect(findings).toEqual([
      { ...at(3, 16), rule: 'schema', message: 'unknown column "Notes" in the Decisions table', item: null },
      {
        ...at(3, 24),
        rule: 'schema',
        message: 'column "Timing" does not belong in the Decisions table',
        item: null,
      },
      {
        ...at(3, 54),
        rule: 'schema',
        message: 'column "Outcome" repeats the resolution column in the Decisions table',
        item: null,
      },
    ]);
    expect(register.decisions[0]).toMatchObject({ id: 'D1', title: 'T', owner: '@a', resolution: 'r' });
    expect(register.decisions[0]?.extra).toBeUndefined();
  });

  it('reads rows without id (strict reports them), and reports a bad timing at its cell', () => {
    const text = '## Expected outputs\n\n| ID | Output | Timing |\n|---|---|---|\n| | Plan | soon |\n';
    const timing = {
      ...at(5, 12),
      rule: 'schema',
      message: 'outputs[0].timing must be one of immediate, follow-up',
      item: null,
    };
    expect(parse(text).findings).toEqual([timing]);
    expect(parse(text).register.outputs[0]).toMatchObject({ title: 'Plan' });
    expect(parseRegister(FILE, text, { strict: true }).findings).toEqual([
      { ...at(5, 1), rule: 'schema', message: 'outputs[0] has no id', item: null },
      timing,
    ]);
  });

  it('takes the innermost recognised heading, at any level, case-insensitively', () => {
    const text =
      '# DECISIONS\n\n### Resolved\n\n| ID | Question | State |\n|---|---|---|\n| D1 | Q | resolved |\n\n## Action items:\n\n| ID | Item |\n|---|---|\n| A1 | Do it |\n';
    const { register } = parse(text);
    expect(register.decisions.map((d) => [d.id, d.title, d.status])).toEqual([['D1', 'Q', 'resolved']]);
    expect(register.actions.map((a) => a.id)).toEqual(['A1']);
  });

  it('fills attendees from an Attendees table, after those of the front matter', () => {
    const text =
      '---\ndate: 2026-11-24\nattendees:\n  - { name: Ann }\n---\n\n## Present\n\n| Name | GitHub | Role | Group |\n|---|---|---|---|\n| Dana Kim | dkim | sponsor | core |\n';
    const { register, findings } = parse(text);
    expect(findings).toEqual([]);
    expect(register.review?.attendees).toMatchObject([
      { name: 'Ann', pos: at(4, 5) },
      {
        name: 'Dana Kim',
        github: 'dkim',
        role: 'sponsor',
        group: 'core',
        pos: at(11, 1),
        at: { github: at(11, 14) },
      },
    ]);
  });

  it('reads front matter wrapped in `review:` too; site keys are ignored unless strict', () => {
    const { register, findings } = parse('---\nreview:\n  title: T\n  layout: post\n---\n');
    expect(register.review?.title).toBe('T');
    expect(findings).toEqual([]);
    const site = parse(
      '---\nlayout: post\ntitle: "2023-01-26"\ntags: [tac]\npermalink: /x\nauthor: Sam\n---\n',
    );
    expect(site.findings).toEqual([]);
    expect(site.register.review?.title).toBe('2023-01-26');
    const strict = parseRegister(FILE, '---\nreview:\n  title: T\n  layout: post\n---\n', { strict: true });
    expect(strict.findings).toEqual([
      { ...at(4, 3), rule: 'schema', message: 'unknown key "layout" in review', item: null },
    ]);
  });

  it('reports bad front matter as a parse error at its line, with an empty register', () => {
    const text = '---\ntitle: T\ndate: [2026\n---\n\n## Decisions\n\n| ID | Title |\n|---|---|\n| D1 | T |\n';
    const { register, findings } = parse(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'parse-error', line: 3 });
    expect(register.decisions).toEqual([]);
  });

  it('reads tables that remark-gfm has to read (in a list item) the same way', () => {
    const text =
      '## Decisions\n\n- The table:\n\n  | ID | Title | Owner |\n  |---|---|---|\n  | D1 | **T** | @a |\n';
    const { register, findings } = parse(text);
    expect(findings).toEqual([]);
    expect(register.decisions).toMatchObject([
      { id: 'D1', title: 'T', owner: '@a', pos: at(7, 3), at: { owner: at(7, 18) } },
    ]);
  });

  it('keeps tables in fenced code out of the register', () => {
    const text = '## Decisions\n\n```\n| ID | Title |\n|---|---|\n| D1 | T |\n```\n';
    expect(parse(text).register.decisions).toEqual([]);
  });

  it('reads a table that follows a paragraph line directly', () => {
    const text = '## Decisions\nThe open ones:\n| ID | Title |\n|---|---|\n| D1 | T |\n';
    const { register } = parse(text);
    expect(register.decisions.map((d) => d.pos)).toEqual([at(5, 1)]);
    expect(register.prose).toEqual([{ text: 'The open ones:', pos: at(2, 1) }]);
  });

  it('reads a large table completely', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `| D${i + 1} | Title ${i + 1} | @a | 2026-12-01 |`);
    const text = `## Decisions\n\n| ID | Title | Owner | Due |\n|---|---|---|---|\n${rows.join('\n')}\n\nAfter.\n`;
    const { register, findings } = parse(text);
    expect(findings).toEqual([]);
    expect(register.decisions).toHaveLength(3000);
    expect(register.decisions[2999]).toMatchObject({ id: 'D3000', pos: at(3004, 1) });
    expect(register.prose).toEqual([{ text: 'After.', pos: at(3006, 1) }]);
  });
});
