import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Register } from '../../src/model/register.js';
import { parseRegister } from '../../src/parse/parse-register.js';

const EXAMPLES = 'fixtures/examples/operationalization-review';
const BROKEN = 'fixtures/broken';
const read = (path: string) => parseRegister(path, readFileSync(path));

/**
 * A register without what may differ between its two forms: file, format, positions, prose. The
 * Markdown example prefixes its ids with `OR-` (ids are unique per repo, and both examples sit in
 * one folder that must check clean as a whole), so ids are compared without it.
 */
function content(register: Register): unknown {
  const json = JSON.stringify(
    { ...register, file: undefined, format: undefined, prose: undefined },
    (key, value) =>
      key === 'pos' || key === 'at' || key === 'source' || key === 'spans' || key === 'text'
        ? undefined
        : value,
  );
  return JSON.parse(json.replace(/"OR-([DAO]\d)"/g, '"$1"'));
}

describe('the Operationalization review example', () => {
  it('parses cleanly in both forms', () => {
    for (const path of [`${EXAMPLES}.yml`, `${EXAMPLES}.md`]) {
      const { register, findings } = read(path);
      expect(findings).toEqual([]);
      const prefix = path.endsWith('.md') ? 'OR-' : '';
      expect(register.decisions.map((d) => [d.id, d.status])).toEqual([
        [`${prefix}D1`, 'resolved'],
        [`${prefix}D2`, 'blocked'],
        [`${prefix}D3`, 'assigned'],
        [`${prefix}D4`, 'assigned'],
      ]);
      expect(register.review?.attendees).toHaveLength(7);
    }
  });

  it('gives equal registers in YAML and Markdown, apart from file, format, positions and prose', () => {
    const yaml = read(`${EXAMPLES}.yml`).register;
    const markdown = read(`${EXAMPLES}.md`).register;
    expect(content(markdown)).toEqual(content(yaml));
    expect(yaml.prose).toEqual([]);
    expect(markdown.prose.map((line) => line.pos.line)).toEqual([11, 12, 13]);
  });

  it('places the same field at its own spot in each form', () => {
    const yaml = read(`${EXAMPLES}.yml`).register.decisions[1]!;
    const markdown = read(`${EXAMPLES}.md`).register.decisions[1]!;
    expect(yaml.blocked_by[0]?.at.owner).toMatchObject({ line: 33, column: 51 });
    expect(markdown.blocked_by[0]?.at.owner).toMatchObject({ line: 32, column: 142 });
  });
});

describe('the broken registers', () => {
  const expected = JSON.parse(readFileSync(`${BROKEN}/expected.json`, 'utf8')) as Record<
    string,
    Array<{ rule: string; line: number }>
  >;

  it('are all listed in expected.json', () => {
    const files = readdirSync(BROKEN).filter((name) => name !== 'expected.json' && name !== 'README.md');
    expect(Object.keys(expected).sort()).toEqual(files.sort());
  });

  it('give exactly the parse-error and schema findings expected.json lists', () => {
    for (const [name, findings] of Object.entries(expected)) {
      const mine = read(`${BROKEN}/${name}`).findings.map((f) => ({ rule: f.rule, line: f.line }));
      const wanted = findings.filter((f) => f.rule === 'parse-error' || f.rule === 'schema');
      expect(mine, name).toEqual(wanted);
    }
  });
});
