// Hostile register inputs for the fuzzer: structured registers (YAML and Markdown) whose every field
// takes values from a pool of troublemakers, plus arbitrary text, bytes and register-ish fragments.
import fc from 'fast-check';
import { stringify } from 'yaml';

export interface FuzzInput {
  file: string;
  content: string | Uint8Array;
  today: string;
}

/** Values that have broken parsers, date arithmetic or renderers somewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  'TBD',
  '@dkim',
  '@org/team',
  '#12',
  '<script>alert(1)</script>',
  '<!-- decision-register:review -->',
  '| D9 | x |',
  '\n## Heading\n',
  '- [ ] task',
  '```',
  '[link](javascript:alert(1))',
  '**bold** _em_ ~~s~~ $x$',
  '\u202eevil',
  '\u0000\u0007',
  'a'.repeat(5000),
  '2026-02-30',
  '2026-13-01',
  '99999-01-01',
  '0000-00-00',
  '12/11/2026',
  '11/12/26',
  'next Friday',
  '-1',
  'NaN',
  'Infinity',
  '1e15',
  'D1',
  'D1; D2',
  'HRIS (@h, due 2026-12-01)',
  'resolved',
  'blocked',
  'open',
];
const NASTY_NUMBERS = [0, -1, 1, 14, 99999999, 1e15, -1e15, 1.5, Number.MAX_SAFE_INTEGER, 1e308];

const scalar = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.constantFrom(...NASTY_NUMBERS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom('what', 'owner', 'due', 'x'), scalar, { maxKeys: 3 }),
  },
);
const field = (names: string[]) => fc.dictionary(fc.constantFrom(...names), value, { maxKeys: names.length });

const decision = field([
  'id',
  'title',
  'status',
  'owner',
  'due',
  'depends_on',
  'blocked_by',
  'topics',
  'resolution',
  'issue',
]);
const action = field(['id', 'title', 'status', 'owner', 'due', 'decision', 'issue']);
const output = field(['id', 'title', 'status', 'owner', 'due', 'decision', 'issue', 'kind']);
const review = fc.record(
  {
    title: value,
    date: value,
    cycle_days: fc.oneof(fc.constantFrom(...NASTY_NUMBERS), value),
    attendees: fc.array(field(['name', 'github', 'role', 'group']), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const register = fc.record(
  {
    review,
    decisions: fc.array(decision, { maxLength: 6 }),
    next_actions: fc.array(action, { maxLength: 4 }),
    outputs: fc.array(output, { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

const cell = fc
  .oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 30 }))
  .map((s) => s.replace(/\n/g, ' '));
const table = (header: string) =>
  fc
    .array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 6 })
    .map((rows) =>
      [header, '| -- | -- | -- | -- | -- | -- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'),
    );
const markdown = fc
  .tuple(
    fc.oneof(
      fc.constant(''),
      register.map((r) => `---\n${safeYaml(r.review ?? {})}---\n`),
    ),
    table('| ID | Decision | Status | Owner | Due | Depends on |'),
    table('| ID | Action | Owner | Due | Decision | Status |'),
    fc.array(
      fc.oneof(
        cell.map((c) => `- [ ] ${c}`),
        cell.map((c) => `- **${c}** ${c}`),
        cell,
      ),
      { maxLength: 5 },
    ),
  )
  .map(
    ([front, decisions, actions, prose]) =>
      `${front}# Review\n\n## Decisions\n\n${decisions}\n\n## Next actions\n\n${actions}\n\n${prose.join('\n')}\n`,
  );

const fragments = fc
  .array(
    fc.constantFrom(
      'decisions:\n',
      '  - id: D1\n',
      '    due: 99999-12-01\n',
      '    owner: "@a"\n',
      '    depends_on: [D2\n',
      'review: { date: 2026-11-24, cycle_days: 1e15 }\n',
      '---\n',
      '# Decisions\n',
      '| ID | Title | Owner | Due |\n',
      '|---|---|---|---|\n',
      '| D1 | **T** | @a | 2026-12-01 |\n',
      '- [x] done\n',
      '&a [*a]\n',
      '*a\n',
      '\r\n',
      '\uFEFF',
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));

function safeYaml(value: unknown): string {
  try {
    return stringify(value);
  } catch {
    return '{}\n';
  }
}

const TODAYS = ['2026-11-25', '1970-01-01', '9999-12-31', '2024-02-29'];

/** One fuzz input: a file name (form), its content and the run's today. */
export const fuzzInput: fc.Arbitrary<FuzzInput> = fc
  .tuple(
    fc.oneof(
      {
        weight: 4,
        arbitrary: register.map((r) => ({
          file: 'decisions/r.yml',
          content: safeYaml(r) as string | Uint8Array,
        })),
      },
      {
        weight: 1,
        arbitrary: register.map((r) => ({
          file: 'decisions/r.yaml',
          content: JSON.stringify(r) as string | Uint8Array,
        })),
      },
      {
        weight: 3,
        arbitrary: markdown.map((content) => ({
          file: 'decisions/r.md',
          content: content as string | Uint8Array,
        })),
      },
      {
        weight: 1,
        arbitrary: fragments.map((content) => ({
          file: 'decisions/f.yml',
          content: content as string | Uint8Array,
        })),
      },
      {
        weight: 1,
        arbitrary: fragments.map((content) => ({
          file: 'decisions/f.md',
          content: content as string | Uint8Array,
        })),
      },
      {
        weight: 1,
        arbitrary: fc
          .string()
          .map((content) => ({ file: 'decisions/s.md', content: content as string | Uint8Array })),
      },
      {
        weight: 1,
        arbitrary: fc
          .uint8Array({ maxLength: 200 })
          .map((content) => ({ file: 'decisions/b.yml', content: content as string | Uint8Array })),
      },
    ),
    fc.constantFrom(...TODAYS),
  )
  .map(([input, today]) => ({ ...input, today }));
