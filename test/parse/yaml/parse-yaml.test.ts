import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../../src/parse/parse-register.js';

const FILE = 'decisions/review.yml';
const at = (line: number, column: number) => ({ file: FILE, line, column });
const parse = (text: string) => parseRegister(FILE, text);

const SAMPLE = `review:
  title: Operationalization review
  date: 2026-11-24
  cycle_days: 14
  attendees:
    - { name: Dana Kim, github: dkim, role: product sponsor, group: core }
decisions:
  - id: D2
    title: "  Which source of truth defines membership  "
    status: blocked
    owner: "@dkim"
    due: 2026-12-08
    depends_on: [D1, D3]
    blocked_by:
      - { what: HRIS export, owner: "@hris", due: 2026-12-01 }
actions:
  - { id: A1, title: Draft workload order, owner: "@ops", due: 2026-12-01, status: open, decision: D3 }
outputs:
  - id: O1
    title: Updated Status Dashboard
    timing: follow-up
`;

describe('parseYaml', () => {
  it('reads every part with trimmed string values', () => {
    const { register, findings } = parse(SAMPLE);
    expect(findings).toEqual([]);
    expect(register.format).toBe('yaml');
    expect(register.review).toMatchObject({
      title: 'Operationalization review',
      date: '2026-11-24',
      cycle_days: 14,
    });
    expect(register.review?.attendees).toMatchObject([
      { name: 'Dana Kim', github: 'dkim', role: 'product sponsor', group: 'core' },
    ]);
    const [decision] = register.decisions;
    expect(decision).toMatchObject({
      kind: 'decision',
      id: 'D2',
      title: 'Which source of truth defines membership',
      status: 'blocked',
      owner: '@dkim',
      due: '2026-12-08',
      depends_on: ['D1', 'D3'],
      topics: [],
    });
    expect(decision?.blocked_by).toMatchObject([{ what: 'HRIS export', owner: '@hris', due: '2026-12-01' }]);
    expect(register.actions).toMatchObject([
      { kind: 'action', id: 'A1', title: 'Draft workload order', status: 'open', decision: 'D3' },
    ]);
    expect(register.outputs).toMatchObject([{ kind: 'output', id: 'O1', timing: 'follow-up' }]);
    expect(register.prose).toEqual([]);
  });

  it('keeps exact positions of items, fields, list entries and blockers', () => {
    const { register } = parse(SAMPLE);
    expect(register.review?.pos).toEqual(at(2, 3));
    expect(register.review?.at).toEqual({ title: at(2, 10), date: at(3, 9), cycle_days: at(4, 15) });
    expect(register.review?.attendees[0]?.pos).toEqual(at(6, 7));
    expect(register.review?.attendees[0]?.at.github).toEqual(at(6, 33));
    const decision = register.decisions[0]!;
    expect(decision.pos).toEqual(at(8, 5));
    expect(decision.at.id).toEqual(at(8, 9));
    expect(decision.at.title).toEqual(at(9, 12));
    expect(decision.at.owner).toEqual(at(11, 12));
    expect(decision.at.due).toEqual(at(12, 10));
    expect(decision.at.depends_on).toEqual(at(13, 17));
    expect(decision.at['depends_on.0']).toEqual(at(13, 18));
    expect(decision.at['depends_on.1']).toEqual(at(13, 22));
    expect(decision.at.blocked_by).toEqual(at(15, 7));
    expect(decision.blocked_by[0]?.pos).toEqual(at(15, 9));
    expect(decision.blocked_by[0]?.at).toEqual({ what: at(15, 17), owner: at(15, 37), due: at(15, 51) });
    expect(register.actions[0]?.pos).toEqual(at(17, 5));
    expect(register.actions[0]?.at.decision).toEqual(at(17, 100));
    expect(register.outputs[0]?.pos).toEqual(at(19, 5));
    expect(register.outputs[0]?.at.timing).toEqual(at(21, 13));
  });

  it('keeps dates as strings, even under a %YAML 1.1 directive', () => {
    const { register } = parse('%YAML 1.1\n---\nreview: { date: 2026-11-24 }\ndecisions: []\n');
    expect(register.review?.date).toBe('2026-11-24');
  });

  it('accepts a single string as a one-element depends_on or topics list', () => {
    const { register, findings } = parse(
      'decisions:\n  - { id: D1, title: T, depends_on: D2, topics: identity }\n',
    );
    expect(findings).toEqual([]);
    expect(register.decisions[0]).toMatchObject({ depends_on: ['D2'], topics: ['identity'] });
    expect(register.decisions[0]?.at['depends_on.0']).toEqual(at(2, 37));
  });

  it('treats null as absent and keeps empty strings', () => {
    const { register, findings } = parse(
      'decisions:\n  - id: D1\n    title: T\n    owner:\n    resolution: ""\n',
    );
    expect(findings).toEqual([]);
    expect(register.decisions[0]?.owner).toBeUndefined();
    expect(register.decisions[0]?.at.owner).toBeUndefined();
    expect(register.decisions[0]?.resolution).toBe('');
  });

  it('reports a wrong type at the value, still reading the rest', () => {
    const { register, findings } = parse(
      'decisions:\n  - { id: D1, title: T }\n  - { id: D2, title: T }\n  - id: D3\n    title: T\n    owner: [a, b]\n    due: 20261208\n',
    );
    expect(findings).toEqual([
      {
        file: FILE,
        line: 6,
        column: 12,
        rule: 'schema',
        message: 'decisions[2].owner must be a string',
        item: 'D3',
      },
      {
        file: FILE,
        line: 7,
        column: 10,
        rule: 'schema',
        message: 'decisions[2].due must be a string',
        item: 'D3',
      },
    ]);
    expect(register.decisions[2]).toMatchObject({ id: 'D3', due: '20261208' });
    expect(register.decisions[2]?.owner).toBeUndefined();
  });

  it('reports unknown keys at the key, with the item id', () => {
    const { findings } = parse('decisions:\n  - id: D3\n    title: T\n    ownr: "@x"\n');
    expect(findings).toEqual([
      {
        file: FILE,
        line: 4,
        column: 5,
        rule: 'schema',
        message: 'unknown key "ownr" in decision D3',
        item: 'D3',
      },
    ]);
    expect(parse('decison: []\n').findings[0]).toMatchObject({
      line: 1,
      column: 1,
      message: 'unknown key "decison" in the register',
      item: null,
    });
  });

  it('reports missing or empty ids and titles at the item', () => {
    const { findings } = parse('actions:\n  - title: Draft\n  - id: A2\n    title: "  "\n');
    expect(findings).toEqual([
      { file: FILE, line: 2, column: 5, rule: 'schema', message: 'actions[0] has no id', item: null },
      {
        file: FILE,
        line: 4,
        column: 12,
        rule: 'schema',
        message: 'actions[1].title must not be empty',
        item: 'A2',
      },
    ]);
  });

  it('checks the timing and group enums, not statuses', () => {
    const { findings } = parse(
      'review:\n  attendees:\n    - { name: Ann, group: guest }\noutputs:\n  - { id: O1, title: T, timing: later, status: imlpemented }\n',
    );
    expect(findings.map((f) => [f.line, f.column, f.message, f.item])).toEqual([
      [3, 27, 'review.attendees[0].group must be one of core, specialist', null],
      [5, 33, 'outputs[0].timing must be one of immediate, follow-up', 'O1'],
    ]);
  });

  it('reports one finding per bad item (allErrors)', () => {
    const { findings } = parse('decisions:\n  - { id: D1 }\n  - { id: D2 }\n  - { title: T }\n');
    expect(findings.map((f) => f.message)).toEqual([
      'decision D1 has no title',
      'decision D2 has no title',
      'decisions[2] has no id',
    ]);
  });

  it('wants a mapping at the top', () => {
    for (const text of ['- a\n- b\n', 'just text\n', '42\n']) {
      const { register, findings } = parse(text);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: 'schema', line: 1, column: 1, item: null });
      expect(findings[0]?.message).toMatch(
        /^the register must be a mapping of review, decisions, actions and outputs/,
      );
      expect(register.decisions).toEqual([]);
    }
  });

  it('checks cycle_days is a positive integer', () => {
    const { register, findings } = parse('review:\n  cycle_days: two weeks\n');
    expect(findings[0]).toMatchObject({
      line: 2,
      column: 15,
      message: 'review.cycle_days must be an integer',
    });
    expect(register.review?.cycle_days).toBeUndefined();
    expect(parse('review:\n  cycle_days: 0\n').findings[0]?.message).toBe(
      'review.cycle_days must be at least 1',
    );
  });

  it('skips list entries that are not mappings', () => {
    const { register, findings } = parse('decisions:\n  - D1\n  - { id: D2, title: T }\n');
    expect(findings[0]).toMatchObject({ line: 2, column: 5, message: 'decisions[0] must be a mapping' });
    expect(register.decisions.map((d) => d.id)).toEqual(['D2']);
  });
});
