import type { LineEditor } from './line-editor.js';

/** A Markdown table around a row: its lines (1-based), header names and pipe positions. */
export interface TableBlock {
  first: number;
  last: number;
  /** Header cell texts, trimmed and lower-cased. */
  names: string[];
}

const ROW = /^\s*\|/;
const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** The table `line` is a row of, when it is written with leading pipes and a separator line. */
export function tableAround(editor: LineEditor, line: number): TableBlock | undefined {
  if (!ROW.test(editor.get(line))) return undefined;
  let first = line;
  while (first > 1 && ROW.test(editor.get(first - 1))) first--;
  let last = line;
  while (last < editor.count && ROW.test(editor.get(last + 1))) last++;
  if (last - first < 1 || !SEPARATOR.test(editor.get(first + 1)) || line <= first + 1) return undefined;
  const names = cellsOf(editor.get(first)).map((c) => c.text.trim().toLowerCase());
  return { first, last, names };
}

/** Cells between unescaped pipes: content ranges (0-based, end exclusive) and text. */
export function cellsOf(line: string): { start: number; end: number; text: string }[] {
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes.push(i);
  }
  const cells: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i + 1 < pipes.length; i++) {
    const start = (pipes[i] as number) + 1;
    const end = pipes[i + 1] as number;
    cells.push({ start, end, text: line.slice(start, end) });
  }
  return cells;
}

/** The index of the cell holding `column` (1-based), or -1. */
export function cellAt(line: string, column: number): number {
  return cellsOf(line).findIndex((c) => c.start < column && column <= c.end + 1);
}

/**
 * Writes `value` into cell `index` of `line`, keeping the cell's width when it fits (an aligned
 * table stays aligned) and one space of padding either side otherwise. False when there is no such cell.
 */
export function setCell(editor: LineEditor, line: number, index: number, value: string): boolean {
  const text = editor.get(line);
  const cell = cellsOf(text)[index];
  if (!cell) return false;
  const width = cell.end - cell.start;
  const padded = ` ${value}${' '.repeat(Math.max(1, width - value.length - 1))}`;
  editor.set(line, text.slice(0, cell.start) + padded + text.slice(cell.end));
  return true;
}

/**
 * Adds a column `name` at the end of the table, with `values` (by line) in its rows and the
 * others left empty, padded to one width. False when a line does not end with a pipe.
 */
export function addColumn(
  editor: LineEditor,
  table: TableBlock,
  name: string,
  values: ReadonlyMap<number, string>,
): boolean {
  const width = Math.max(name.length, 3, ...[...values.values()].map((v) => v.length));
  const lines: [number, string][] = [];
  for (let line = table.first; line <= table.last; line++) {
    const text = editor.get(line).replace(/\s+$/, '');
    if (!text.endsWith('|') || text.endsWith('\\|')) return false;
    const cell =
      line === table.first ? name : line === table.first + 1 ? '-'.repeat(width) : (values.get(line) ?? '');
    lines.push([line, `${text} ${cell.padEnd(width)} |`]);
  }
  for (const [line, text] of lines) editor.set(line, text);
  table.names.push(name.toLowerCase());
  return true;
}
