import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../../src/parse/parse-register.js';

const FILE = 'decisions/2026-11-30.md';
const read = (text: string) => parseRegister(FILE, text);
const brief = (text: string) => {
  const { register, findings } = read(text);
  expect(findings).toEqual([]);
  return [...register.decisions, ...register.actions, ...register.outputs]
    .sort((a, b) => a.pos.line - b.pos.line)
    .map((item) => [item.pos.line, item.kind, item.title, item.owner ?? null, item.status ?? null]);
};

describe('list items', () => {
  it('reads task lists wherever they stand, nested ones too, at their line and column', () => {
    const text =
      '# Notes\n\nSome text.\n\n- [ ] Review the config\n  - [x] Sign the artifacts\n- [ ] @bo fix the build\n';
    expect(brief(text)).toEqual([
      [5, 'action', 'Review the config', null, 'open'],
      [6, 'action', 'Sign the artifacts', null, 'done'],
      [7, 'action', 'fix the build', '@bo', 'open'],
    ]);
    const action = read(text).register.actions[1]!;
    expect(action).toMatchObject({
      source: 'task-list',
      text: '- [x] Sign the artifacts',
      pos: { line: 6, column: 9 },
    });
    expect(action.at.status).toEqual({ file: FILE, line: 6, column: 5 });
  });

  it('reads checkboxes under an attendance heading as attendance, and in an agenda not at all', () => {
    const text =
      '## Voting member attendance\n\n- [x] Dana Kim, Acme (Platinum)\n- [ ] Lee Park\n- [X] Ana Lima (@ana-l) - chair\n\n## Agenda\n\n- [x] Budget review\n';
    const { register } = read(text);
    expect(brief(text)).toEqual([]);
    expect(register.review?.attendees.map((a) => [a.name, a.github ?? null, a.role ?? null])).toEqual([
      ['Dana Kim', null, null],
      ['Ana Lima', '@ana-l', 'chair'],
    ]);
  });

  it('reads plain bullets of an item section, nested ones in their parent’s section', () => {
    const text =
      '## Decisions Made\n\n- Use Kafka\n  - Keep SQS for the legacy path\n\n## Notes\n\n- Just a note\n';
    expect(brief(text)).toEqual([
      [3, 'decision', 'Use Kafka', null, null],
      [4, 'decision', 'Keep SQS for the legacy path', null, null],
    ]);
  });

  it('keeps bullets beside a section’s table as prose', () => {
    const text =
      '## Next actions\n\n- A bullet about the plan.\n\n| ID | Action |\n|---|---|\n| A1 | Do it |\n';
    expect(brief(text)).toEqual([[7, 'action', 'Do it', null, null]]);
  });

  it('reads marked bullets anywhere, and strikethrough as done', () => {
    const text = '## Discussion\n\n- We talked.\n- TODO: renew the cert\n- **_@cr update the readme_**\n';
    expect(brief(text)).toEqual([
      [4, 'action', 'renew the cert', null, null],
      [5, 'action', 'update the readme', '@cr', null],
    ]);
    expect(brief('## Action items\n\n- ~~Sam: archive the old repo~~\n')).toEqual([
      [3, 'action', 'archive the old repo', 'Sam', 'done'],
    ]);
  });

  it('splits a decision that hands out work into the decision and an action', () => {
    const text = '- DECISION - the group wants monthly updates. @cr to set them up\n';
    expect(brief(text)).toEqual([
      [1, 'decision', 'the group wants monthly updates.', null, null],
      [1, 'action', 'set them up', '@cr', null],
    ]);
  });

  it('reads a bold pseudo-heading as the section of the list after it', () => {
    const text =
      '**Action items**\n\n* Jenn Bonner: check the permissions\n* [TBAssigned] capture the needs\n\nLater prose.\n';
    expect(brief(text)).toEqual([
      [3, 'action', 'check the permissions', 'Jenn Bonner', null],
      [4, 'action', 'capture the needs', 'TBAssigned', null],
    ]);
  });

  it('reads a table under an unknown heading as nothing, and never fails on a broken row', () => {
    const text =
      '## Timezones\n\n| Zone | Time |\n|---|---|\n| UTC | 17:00 |\n\n## Action items\n\n| Who | Action Item | When |\n|---|---|---|\n| @a | Ship | 2026-12-01 | extra |\n| | |\n';
    const { register, findings } = read(text);
    expect(findings).toEqual([]);
    expect(register.actions.map((a) => [a.title, a.owner, a.due])).toEqual([['Ship', '@a', '2026-12-01']]);
  });

  it('stays fast and bounded on a huge list', () => {
    const text = `## Action items\n\n${Array.from({ length: 5000 }, (_, i) => `- [ ] @a task ${i} by 2026-12-01`).join('\n')}\n`;
    const { register } = read(text);
    expect(register.actions).toHaveLength(5000);
    expect(register.actions[4999]).toMatchObject({ owner: '@a', due: '2026-12-01' });
  });
});

describe('due dates set by a heading', () => {
  const dues = (text: string) =>
    parseRegister(FILE, text).register.actions.map((a) => [
      a.pos.line,
      a.due ?? null,
      a.at.due?.line ?? null,
    ]);

  it('gives a cued heading date to the actions under it, bold-line lists and nested headings too', () => {
    const text =
      '## Scheduled release for Dec 9, 2026\n\n**Action Items:** @mdj will release eslint\n\n### Packages\n\n- [ ] @sam tag it\n- [ ] @lee ship it by Dec 8\n';
    expect(dues(text)).toEqual([
      [3, '2026-12-09', 1],
      [7, '2026-12-09', 1],
      [8, '2026-12-08', 8],
    ]);
  });

  it('takes no date from a heading that only dates the meeting, nor for decisions (controls)', () => {
    expect(dues('## 2026-12-09 TSC meeting\n\n- [ ] @sam tag it\n')).toEqual([[3, null, null]]);
    const decisions = parseRegister(FILE, '## Decisions (due Dec 9)\n\n- Use Kafka\n').register.decisions;
    expect(decisions.map((d) => d.due ?? null)).toEqual([null]);
  });
});

describe('the next meeting as a due date', () => {
  const due = (text: string, cycle_days?: number) =>
    parseRegister(FILE, text, cycle_days ? { cycle_days } : {}).register.actions.map((a) => [
      a.due ?? null,
      a.written?.due ?? null,
    ]);

  it('is the date of a Next meeting line, listed or not, else the review date plus the cadence', () => {
    const item = '## Actions\n\n- @sam to demo it at the next TAC call\n';
    expect(due(`* Next meeting: 9 December 2026\n\n${item}`)).toEqual([['2026-12-09', 'the next TAC call']]);
    expect(due(item, 14)).toEqual([['2026-12-14', 'the next TAC call']]);
    expect(due(`---\ndate: 2026-11-30\ncycle_days: 7\n---\n${item}`, 14)).toEqual([
      ['2026-12-07', 'the next TAC call'],
    ]);
  });

  it('stays as written without a date for it, and a Next meeting line is no item (controls)', () => {
    expect(due('## Actions\n\n- @sam to demo it at the next meeting\n')).toEqual([
      ['the next meeting', null],
    ]);
    const { register } = parseRegister(
      FILE,
      '## Actions\n\n- Next meeting: Dec 9\n- @sam to plan the next quarter\n',
    );
    expect(register.actions.map((a) => [a.title, a.due ?? null])).toEqual([['plan the next quarter', null]]);
  });
});

describe('a decision that commits its subject', () => {
  it('is the decision and an action of whoever agreed, on the same line', () => {
    expect(brief('**Resolution:** The TSC agreed to run performance tests before deciding.\n')).toEqual([
      [1, 'decision', 'agreed to run performance tests before deciding.', 'The TSC', null],
      [1, 'action', 'run performance tests before deciding.', 'The TSC', null],
    ]);
  });

  it('is a decision alone when nobody agreed to do anything (control)', () => {
    expect(brief('**Resolution:** The TSC agreed that the release can wait.\n')).toEqual([
      [1, 'decision', 'The TSC agreed that the release can wait.', null, null],
    ]);
  });
});
