import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../../src/parse/decode-source.js';
import { parseRegister } from '../../src/parse/parse-register.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const only = (result: ReturnType<typeof parseRegister>) => {
  expect(result.findings).toHaveLength(1);
  return result.findings[0]!;
};
const isEmpty = (result: ReturnType<typeof parseRegister>) =>
  result.register.decisions.length === 0 &&
  result.register.actions.length === 0 &&
  result.register.outputs.length === 0;

describe('bad input never throws and says what is wrong', () => {
  it('refuses a YAML alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    const result = parseRegister('r.yml', bomb);
    expect(only(result)).toMatchObject({ rule: 'parse-error', line: 2, column: 8 });
    expect(only(result).message).toMatch(/alias/);
    expect(isEmpty(result)).toBe(true);
  });

  it('refuses duplicate keys at the duplicate', () => {
    const result = parseRegister('r.yml', 'decisions:\n  - id: D1\n    id: D2\n    title: T\n');
    expect(only(result)).toEqual({
      file: 'r.yml',
      line: 3,
      column: 5,
      rule: 'parse-error',
      message: 'invalid YAML: Map keys must be unique',
      item: null,
    });
  });

  it('reports __proto__ and constructor keys as unknown without touching Object.prototype', () => {
    const text =
      '__proto__: { polluted: yes }\ndecisions:\n  - id: D1\n    title: T\n    constructor: x\n    __proto__: { polluted: yes }\n';
    const result = parseRegister('r.yml', text);
    expect(result.findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([
      ['schema', 1, 1, 'unknown key "__proto__" in the register'],
      ['schema', 5, 5, 'unknown key "constructor" in decision D1'],
      ['schema', 6, 5, 'unknown key "__proto__" in decision D1'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.register.decisions[0]).toMatchObject({ id: 'D1', title: 'T' });
    // Front-matter keys that are not the review's are ignored, unless strict.
    const md = parseRegister('r.md', '---\n__proto__: { polluted: yes }\n---\n');
    expect(md.findings).toEqual([]);
    const strict = parseRegister('r.md', '---\n__proto__: { polluted: yes }\n---\n', { strict: true });
    expect(strict.findings.map((f) => [f.rule, f.line])).toEqual([['schema', 2]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses files over the size cap, saying how big they are', () => {
    const big = new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x61);
    expect(only(parseRegister('r.yml', big))).toMatchObject({
      rule: 'parse-error',
      line: 1,
      column: 1,
      message: `the file is 5.0 MB (${DEFAULT_MAX_BYTES + 1} bytes), over the 5.0 MB limit (${DEFAULT_MAX_BYTES} bytes); not parsed`,
    });
    expect(only(parseRegister('r.md', 'x'.repeat(2000), { maxBytes: 1024 })).message).toBe(
      'the file is 2 KB (2000 bytes), over the 1 KB limit (1024 bytes); not parsed',
    );
  });

  it('refuses binary files at the NUL byte, and text that is not UTF-8', () => {
    expect(only(parseRegister('r.yml', bytes('review:\n  ti\0tle: x\n')))).toMatchObject({
      rule: 'parse-error',
      line: 2,
      column: 5,
      message: 'the file is binary (it contains a NUL byte); not parsed',
    });
    expect(only(parseRegister('r.md', 'a\nb\0'))).toMatchObject({ line: 2, column: 2 });
    const latin1 = new Uint8Array([...bytes('decisions:\n  - title: caf'), 0xe9, 0x0a]);
    expect(only(parseRegister('r.yml', latin1))).toMatchObject({
      rule: 'parse-error',
      line: 2,
      column: 15,
      message: 'the file is not valid UTF-8 text; not parsed',
    });
  });

  it('refuses nesting too deep to parse, in both forms', () => {
    const deepYaml = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}- `).join('\n');
    const yaml = parseRegister('r.yml', deepYaml);
    expect(yaml.findings.length).toBeGreaterThan(0);
    expect(yaml.findings.every((f) => f.rule === 'parse-error')).toBe(true);
    expect(isEmpty(yaml)).toBe(true);
    const flow = parseRegister('r.yml', `decisions: ${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(flow.findings[0]?.rule).toBe('parse-error');
    const deepList = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n');
    const md = parseRegister('r.md', deepList);
    expect(only(md)).toMatchObject({ rule: 'parse-error', line: 65, column: 1 });
    expect(only(md).message).toMatch(/nested about 65 levels deep here \(the limit is 64\)/);
    const quotes = parseRegister('r.md', `${'>'.repeat(10_000)} deep`);
    expect(only(quotes).rule).toBe('parse-error');
  });

  it('refuses Markdown with too many nested list items outside tables', () => {
    const text = '- a\n  - b\n'.repeat(1001);
    expect(only(parseRegister('r.md', text))).toMatchObject({ rule: 'parse-error', line: 2002 });
  });

  it('reads empty files as empty registers without findings', () => {
    for (const [file, content] of [
      ['r.yml', ''],
      ['r.yml', '# only a comment\n'],
      ['r.md', ''],
      ['r.md', new Uint8Array()],
      ['-', ''],
    ] as const) {
      const result = parseRegister(file, content);
      expect(result.findings).toEqual([]);
      expect(isEmpty(result)).toBe(true);
    }
  });

  it('reads a BOM and CRLF line endings with the same positions', () => {
    const lf = 'decisions:\n  - id: D1\n    title: T\n    owner: "@a"\n';
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    for (const content of [crlf, bytes(crlf)]) {
      const result = parseRegister('r.yml', content);
      expect(result.findings).toEqual([]);
      expect(result.register.decisions[0]).toMatchObject({
        owner: '@a',
        pos: { line: 2, column: 5 },
        at: { owner: { file: 'r.yml', line: 4, column: 12 } },
      });
    }
    const md =
      '\uFEFF---\r\ndate: 2026-11-24\r\n---\r\n\r\n## Decisions\r\n\r\n| ID | Title |\r\n|---|---|\r\n| D1 | T |\r\n\r\nProse.\r\n';
    const result = parseRegister('r.md', md);
    expect(result.findings).toEqual([]);
    expect(result.register.review?.at.date).toEqual({ file: 'r.md', line: 2, column: 7 });
    expect(result.register.decisions[0]?.at.title).toEqual({ file: 'r.md', line: 9, column: 8 });
    expect(result.register.prose).toEqual([{ text: 'Prose.', pos: { file: 'r.md', line: 11, column: 1 } }]);
  });

  it('wants a mapping at the top of a YAML register', () => {
    expect(only(parseRegister('r.yml', '[1, 2]\n'))).toMatchObject({ rule: 'schema', line: 1, column: 1 });
    expect(only(parseRegister('r.yml', 'hello\n'))).toMatchObject({ rule: 'schema', line: 1, column: 1 });
  });

  it('sniffs the form when the name does not tell', () => {
    expect(parseRegister('-', 'decisions:\n  - { id: D1, title: T }\n').register).toMatchObject({
      format: 'yaml',
      decisions: [{ id: 'D1' }],
    });
    const md = parseRegister(
      'notes.txt',
      '---\ndate: 2026-11-24\n---\n# Decisions\n\n| ID | Title |\n|-|-|\n| D1 | T |\n',
    );
    expect(md.register).toMatchObject({ format: 'markdown', decisions: [{ id: 'D1' }] });
  });
});
