import fc from 'fast-check';
import type { Nodes, Table } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { maskTables, scanMarkdown, TABLE_MASK } from '../../../src/parse/markdown/scan-markdown.js';
import { cellText } from '../../../src/parse/tables/cell-text.js';
import { readGfmTable, splitRow } from '../../../src/parse/tables/read-gfm-table.js';

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** Tables as remark-gfm alone reads them: start line and plain cell texts. */
function remarkTables(text: string): Array<{ line: number; cells: string[][] }> {
  const found: Array<{ line: number; cells: string[][] }> = [];
  const stack: Nodes[] = [remark.parse(text)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'table') {
      const table = node as Table;
      found.push({
        line: table.position!.start.line,
        cells: table.children.map((row) => row.children.map((cell) => mdastToString(cell))),
      });
    } else if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return found.sort((a, b) => a.line - b.line);
}

const LIMITS = { depth: 64, nestedLines: 1000 };
const scanTables = (text: string) => scanMarkdown(text.split('\n'), LIMITS).tables;

describe('splitRow', () => {
  it('splits on unescaped pipes, dropping outer pipes and trimming cells', () => {
    expect(splitRow('| a | b |')).toEqual([
      { text: 'a', start: 2 },
      { text: 'b', start: 6 },
    ]);
    expect(splitRow('a | b').map((c) => c.text)).toEqual(['a', 'b']);
    expect(splitRow('  | a |  ').map((c) => c.text)).toEqual(['a']);
    expect(splitRow('| a | |').map((c) => c.text)).toEqual(['a', '']);
    expect(splitRow('||').map((c) => c.text)).toEqual(['']);
    expect(splitRow('|')).toEqual([]);
  });

  it('keeps escaped pipes in the cell and splits code spans like GFM', () => {
    expect(splitRow('| a \\| b | c |').map((c) => c.text)).toEqual(['a \\| b', 'c']);
    expect(splitRow('| `x|y` |').map((c) => c.text)).toEqual(['`x', 'y`']);
    expect(splitRow('| a\\\\| b |').map((c) => c.text)).toEqual(['a\\\\', 'b']);
  });
});

describe('cellText', () => {
  it('gives the plain text of inline Markdown, pipes unescaped', () => {
    expect(cellText('plain @dkim 2026-12-01')).toBe('plain @dkim 2026-12-01');
    expect(cellText('**bold** `co\\|de` [link](https://example.com) &amp; \\*')).toBe('bold co|de link & *');
    expect(cellText('a \\| b')).toBe('a | b');
  });

  it('never reads a cell as a block (a list, a heading, a quote)', () => {
    expect(cellText('1. first')).toBe('1. first');
    expect(cellText('# not a heading')).toBe('# not a heading');
    expect(cellText('- dash *and* more')).toBe('- dash and more');
    expect(cellText('> quoted `x`')).toBe('> quoted x');
  });
});

describe('readGfmTable', () => {
  it('reads header and rows with cell positions; short rows are padded, long ones cut', () => {
    const lines = ['| ID | Title |', '|:---|---:|', '| D1 | One | extra |', 'D2'];
    const table = readGfmTable(lines, { start: 0, end: 4 }, 'f.md');
    expect(table.header.map((c) => [c.raw, c.pos.column])).toEqual([
      ['ID', 3],
      ['Title', 8],
    ]);
    expect(table.rows.map((r) => r.cells.map((c) => c.raw))).toEqual([
      ['D1', 'One'],
      ['D2', ''],
    ]);
    expect(table.rows[1]?.pos).toEqual({ file: 'f.md', line: 4, column: 1 });
  });
});

describe('scanMarkdown', () => {
  it('takes tables after blank lines, headings, front matter and paragraph lines', () => {
    const text =
      '---\na: |\n  | x |\n  |---|\n---\n| a |\n|---|\n# H\n| b |\n|---|\n\ntext\n| c |\n|---|\n| 1 |\n';
    expect(scanTables(text)).toEqual([
      { start: 5, end: 7 },
      { start: 8, end: 10 },
      { start: 12, end: 15 },
    ]);
  });

  it('leaves tables in code, HTML blocks, lists and quotes to remark-gfm', () => {
    expect(scanTables('```\n| a |\n|---|\n```\n')).toEqual([]);
    expect(scanTables('<!--\n\n| a |\n|---|\n-->\n')).toEqual([]);
    expect(scanTables('<div>\n| a |\n|---|\n')).toEqual([]);
    expect(scanTables('- item\n\n  | a |\n  |---|\n')).toEqual([]);
    expect(scanTables('> | a |\n> |---|\n')).toEqual([]);
    expect(scanTables('- item\n| a |\n|---|\n')).toEqual([]);
  });

  it('ends a table where GFM does, and defers one whose end it cannot be sure of', () => {
    expect(scanTables('| a |\n|---|\n| 1 |\nplain row\n# H\n')).toEqual([{ start: 0, end: 4 }]);
    expect(scanTables('| a |\n|---|\n| 1 |\n- list\n')).toEqual([{ start: 0, end: 3 }]);
    expect(scanTables('| a |\n|---|\n| 1 |\n    code\n')).toEqual([{ start: 0, end: 3 }]);
    expect(scanTables('| a |\n|---|\n| 1 |\n[x]: y\n')).toEqual([]);
  });

  it('masks tables line for line, keeping line numbers', () => {
    const lines = ['x', '', '| a |', '|---|', '| 1 |', 'y'];
    expect(maskTables(lines, [{ start: 2, end: 5 }]).split('\n')).toEqual(['x', '', TABLE_MASK, '', '', 'y']);
  });

  it('measures list and quote nesting outside code', () => {
    const lines = ['- a', '  - b', '    - c', '```', '- - - - - -', '```', '>> q', '- > - x'];
    expect(scanMarkdown(lines, LIMITS)).toMatchObject({ nestedLines: 4 });
    expect(scanMarkdown(lines, { depth: 2, nestedLines: 2 })).toMatchObject({
      tooDeep: { line: 2, depth: 3 },
      tooManyNested: 6,
    });
  });
});

/** Random documents rich in table-like lines and the constructs that end or hide tables. */
const piece = fc.constantFrom(
  'a',
  'b c',
  ' ',
  '|',
  '\\|',
  '\\',
  '`',
  '*',
  '-',
  ':',
  '#',
  '>',
  '1.',
  '**x**',
  '&amp;',
  '<b>',
  '_',
  '\t',
);
const cellArb = fc
  .array(
    fc.constantFrom(
      'a',
      'b',
      ' ',
      '\\|',
      '\\',
      '`',
      '*',
      '-',
      ':',
      '**x**',
      '`c|d`',
      '&amp;',
      '~',
      '<',
      '@dkim',
    ),
    {
      maxLength: 5,
    },
  )
  .map((parts) => parts.join(''));
const tableArb = fc
  .record({
    columns: fc.integer({ min: 1, max: 4 }),
    lead: fc.boolean(),
    trail: fc.boolean(),
    drift: fc.integer({ min: -1, max: 1 }),
    rows: fc.array(fc.array(cellArb, { maxLength: 5 }), { maxLength: 4 }),
    indent: fc.constantFrom('', '', ' ', '   ', '    ', '\t'),
  })
  .map(({ columns, lead, trail, drift, rows, indent }) => {
    const row = (cells: string[]) => `${lead ? '|' : ''}${cells.join('|')}${trail ? '|' : ''}`;
    const header = indent + row(Array.from({ length: columns }, (_, i) => ` h${i} `));
    const delimiter = row(Array.from({ length: Math.max(1, columns + drift) }, () => ' --- '));
    return [header, delimiter, ...rows.map(row)].join('\n');
  });
const special = fc.constantFrom(
  '',
  '',
  '---',
  '```',
  '~~~',
  '> q',
  '- item',
  '  - nested',
  '# H',
  '    code',
  '<!--',
  '-->',
  '<div>',
  '<',
  'text',
  '1. one',
  '***',
  '[x]: http://a',
);
const documentArb = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: special },
      { weight: 2, arbitrary: fc.array(piece, { maxLength: 8 }).map((p) => p.join('')) },
      { weight: 5, arbitrary: tableArb },
    ),
    { maxLength: 10 },
  )
  .map((blocks) => blocks.join('\n'));

describe('scanner and reader against remark-gfm', () => {
  it('take only tables remark-gfm sees, with the same cells, and masking keeps the others', () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        const lines = text.split('\n');
        const { tables } = scanMarkdown(lines, LIMITS);
        const expected = remarkTables(text);
        for (const block of tables) {
          const theirs = expected.find((table) => table.line === block.start + 1);
          expect(theirs, `table at line ${block.start + 1} of ${JSON.stringify(text)}`).toBeDefined();
          const table = readGfmTable(lines, block, 'f.md');
          const width = table.header.length;
          const mine = [table.header, ...table.rows.map((row) => row.cells)].map((row) =>
            row.map((cell) => cellText(cell.raw).trim()),
          );
          const padded = theirs!.cells.map((row) =>
            Array.from({ length: width }, (_, i) => (row[i] ?? '').trim()),
          );
          expect(mine, JSON.stringify(text)).toEqual(padded);
        }
        const taken = new Set(tables.map((block) => block.start + 1));
        const others = expected.filter((table) => !taken.has(table.line)).map((table) => table.line);
        expect(
          remarkTables(maskTables(lines, tables)).map((table) => table.line),
          JSON.stringify(text),
        ).toEqual(others);
      }),
      { numRuns: 1500 },
    );
  });
});
