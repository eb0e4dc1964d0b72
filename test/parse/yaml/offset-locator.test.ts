import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineIndex, positionAt } from '../../../src/parse/offset-locator.js';
import { loadYaml } from '../../../src/parse/yaml/load-yaml.js';
import { loadYamlDocument } from '../../../src/parse/yaml/load-yaml-document.js';
import { parseYaml } from '../../../src/parse/yaml/parse-yaml.js';
import { readYamlEvents } from '../../../src/parse/yaml/read-yaml-events.js';

const FILE = 'r.yml';

/** The position of `offset` counted character by character: what positionAt must answer. */
function naive(text: string, offset: number, lineOffset: number) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { file: FILE, line: line + lineOffset, column: offset - start + 1 };
}

describe('positionAt', () => {
  it('answers as counting would, whatever order the offsets are asked in', () => {
    // The index remembers its last answer to start the next one there: asking forwards,
    // backwards, far and near must all give the counted position.
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', '\n', '\n\n'), { maxLength: 300, size: 'max' })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(
        text,
        fc.nat({ max: 3 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40, size: 'max' }),
        (text, lineOffset, picks) => {
          const lines = lineIndex(FILE, text, lineOffset);
          for (const pick of picks) {
            const offset = Math.min(text.length, Math.floor(pick * (text.length + 1)));
            expect(positionAt(lines, offset)).toEqual(naive(text, offset, lineOffset));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds lines beyond the nearby ones and before the last answer (control: a far jump)', () => {
    const text = `${'x\n'.repeat(100)}end`;
    const lines = lineIndex(FILE, text, 0);
    expect(positionAt(lines, 0)).toEqual({ file: FILE, line: 1, column: 1 });
    expect(positionAt(lines, 2 * 50 + 1)).toEqual({ file: FILE, line: 51, column: 2 });
    expect(positionAt(lines, 2 * 53)).toEqual({ file: FILE, line: 54, column: 1 });
    expect(positionAt(lines, 2 * 10)).toEqual({ file: FILE, line: 11, column: 1 });
    expect(positionAt(lines, text.length)).toEqual({ file: FILE, line: 101, column: 4 });
  });
});

describe('the fast reader on a register larger than its first buffers', () => {
  it('places every field as the yaml document reader does', () => {
    // 400 decisions fill the offset store and the pending stack many times over their first
    // size, so each must grow without losing or shifting an entry.
    const items = Array.from(
      { length: 400 },
      (_, i) =>
        `  - id: D${i}\n    title: "T ${i}"\n    owner: '@o${i % 7}'\n    topics: [a, b]\n` +
        `    depends_on:\n      - D${i + 1}\n    blocked_by:\n      - { what: W${i}, due: 2026-12-01 }\n`,
    );
    const text = `review:\n  date: 2026-11-24\ndecisions:\n${items.join('')}`;
    expect(readYamlEvents(text)).toBeDefined();
    const fast = loadYaml(FILE, text);
    const reference = loadYamlDocument(FILE, text);
    if (!fast.ok || !reference.ok) throw new Error('both readers read it');
    for (const i of [0, 1, 199, 399])
      for (const path of [
        ['decisions', i],
        ['decisions', i, 'owner'],
        ['decisions', i, 'topics', 1],
        ['decisions', i, 'blocked_by', 0, 'due'],
        ['decisions', i, 'missing'],
      ])
        expect(fast.locator.at(path)).toEqual(reference.locator.at(path));
    expect(parseYaml(FILE, text)).toEqual(parseYaml(FILE, text, loadYamlDocument));
  });
});
