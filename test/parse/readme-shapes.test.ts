import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/parse/parse-register.js';

/** The fenced Markdown examples of the README's "Shapes the reader understands" section, in order. */
function shapeExamples(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('## Shapes the reader understands');
  const end = readme.indexOf('\n## Rules', start);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```markdown\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

// The file's name dates it: relative dates count from Monday 2026-11-30.
const FILE = 'decisions/notes-2026-11-30.md';
const read = (text: string) => parseRegister(FILE, text);
const items = (text: string) => {
  const { register } = read(text);
  return [...register.decisions, ...register.actions, ...register.outputs]
    .sort((a, b) => a.pos.line - b.pos.line)
    .map((item) => ({
      kind: item.kind,
      source: item.source,
      owners: item.owners ?? [],
      due: item.due ?? null,
      status: item.status ?? null,
    }));
};

const EXPECTED: Array<(text: string) => void> = [
  (text) =>
    expect(items(text)).toEqual([
      { kind: 'action', source: 'task-list', owners: ['@alice'], due: '2026-12-05', status: 'open' },
      { kind: 'action', source: 'task-list', owners: [], due: null, status: 'done' },
    ]),
  (text) =>
    expect(items(text)).toEqual([
      { kind: 'action', source: 'bullet', owners: ['Sam'], due: '2026-12-10', status: null },
      { kind: 'action', source: 'bullet', owners: ['Dana'], due: null, status: null },
      { kind: 'action', source: 'bullet', owners: ['Lee'], due: null, status: null },
      { kind: 'action', source: 'prose', owners: ['@ops'], due: '2026-12-08', status: null },
      { kind: 'decision', source: 'prose', owners: [], due: null, status: null },
    ]),
  (text) =>
    expect(items(text)).toEqual([
      { kind: 'action', source: 'bullet', owners: ['Jenn Bonner'], due: null, status: null },
      { kind: 'action', source: 'bullet', owners: ['John M'], due: null, status: null },
      { kind: 'action', source: 'bullet', owners: ['Arno'], due: null, status: 'done' },
    ]),
  (text) =>
    expect(items(text)).toEqual([
      { kind: 'action', source: 'bullet', owners: ['@ana'], due: '2026-12-01', status: null },
      { kind: 'action', source: 'bullet', owners: ['Dana Kim'], due: null, status: null },
    ]),
  (text) => {
    expect(items(text)).toEqual([
      { kind: 'action', source: 'table', owners: ['@pm', '@qa'], due: '2026-12-02', status: null },
    ]);
    expect(read(text).register.actions[0]).toMatchObject({
      title: 'Publish the minutes',
      owner: '@pm',
      extra: { Priority: 'high' },
    });
  },
  (text) =>
    expect(read(text).register.review?.attendees.map((a) => [a.name, a.github ?? null])).toEqual([
      ['Dana Kim', null],
      ['Lee Park', null],
      ['Ana Lima', '@ana-l'],
    ]),
  (text) => expect(read(text).register.review).toMatchObject({ title: 'TAC meeting', date: '2026-11-24' }),
  (text) => {
    expect(items(text)).toEqual([
      { kind: 'action', source: 'bullet', owners: ['@nzakas'], due: '2026-12-04', status: null },
      { kind: 'action', source: 'bullet', owners: ['@fasttime'], due: '2026-12-14', status: null },
    ]);
    expect(read(text).register.actions[1]!.title).toBe('Release duty: Dec 14: @fasttime');
  },
  (text) =>
    expect(items(text)).toEqual([
      { kind: 'action', source: 'bullet', owners: ['@ana'], due: '2026-12-05', status: null },
      { kind: 'action', source: 'bullet', owners: ['@bo'], due: '2026-12-03', status: null },
    ]),
  (text) => {
    expect(items(text)).toEqual([
      { kind: 'action', source: 'bullet', owners: ['Wave'], due: '2026-12-14', status: null },
    ]);
    expect(read(text).register.actions[0]!.written?.due).toBe('next meeting');
  },
  (text) =>
    expect(items(text)).toEqual([
      { kind: 'decision', source: 'prose', owners: ['TAC'], due: null, status: 'resolved' },
      { kind: 'decision', source: 'prose', owners: [], due: null, status: 'resolved' },
      { kind: 'action', source: 'prose', owners: ['John M'], due: null, status: null },
      { kind: 'action', source: 'prose', owners: ['Ingo'], due: null, status: null },
    ]),
];

describe('the README shapes', () => {
  const examples = shapeExamples();

  it('are all checked here', () => {
    expect(examples).toHaveLength(EXPECTED.length);
  });

  it.each(EXPECTED.map((check, index) => [index + 1, check] as const))(
    'example %i reads as the README says, without schema or parse findings',
    (index, check) => {
      const text = examples[index - 1]!;
      expect(read(text).findings).toEqual([]);
      check(text);
    },
  );
});
