import type { Position } from '../../model/position.js';

/** One cell as written: its source text (trimmed, escapes kept) and where that text starts. */
export interface RawCell {
  text: string;
  /** 0-based index in the line where `text` starts. */
  start: number;
}

/** A cell of a table read from the source, with its position. */
export interface TableCell {
  /** Source text, trimmed; `\|` still escaped. */
  raw: string;
  pos: Position;
}

/** A row: where it starts and its cells, as many as the header has (missing ones empty). */
export interface TableRow {
  pos: Position;
  cells: TableCell[];
}

/** A GFM table read from the source lines. */
export interface GfmTable {
  pos: Position;
  header: TableCell[];
  rows: TableRow[];
}

/** Lines `start` (header) to `end` (exclusive) of a table found by the scanner. */
export interface TableBlock {
  start: number;
  end: number;
}

/**
 * Reads a GFM table (header line, delimiter line, body lines) in one pass over its lines.
 * This linear reader exists because micromark's table construct (remark-gfm) takes time and
 * memory super-linear in the row count (upstream remark-gfm#45, markdown-rs#218); see
 * parse-markdown.ts. Cells split like GFM: on pipes not escaped by a backslash, code spans
 * included (`a|b` in backticks splits, as on GitHub); body rows get as many cells as the
 * header, extra cells dropped.
 */
export function readGfmTable(lines: readonly string[], block: TableBlock, file: string): GfmTable {
  const toCell = (cell: RawCell, line: number): TableCell => ({
    raw: cell.text,
    pos: { file, line: line + 1, column: cell.start + 1 },
  });
  const header = splitRow(lines[block.start] ?? '').map((cell) => toCell(cell, block.start));
  const rows: TableRow[] = [];
  for (let index = block.start + 2; index < block.end; index++) {
    const line = lines[index] ?? '';
    const cells = splitRow(line);
    const row: TableCell[] = new Array(header.length);
    for (let c = 0; c < header.length; c++) {
      const cell = cells[c];
      row[c] = cell
        ? toCell(cell, index)
        : { raw: '', pos: { file, line: index + 1, column: line.trimEnd().length + 1 } };
    }
    rows.push({ pos: { file, line: index + 1, column: firstNonBlank(line) + 1 }, cells: row });
  }
  return { pos: { file, line: block.start + 1, column: 1 }, header, rows };
}

/**
 * Splits one table line into cells: an optional leading and trailing pipe are dropped, a
 * backslash escapes a following pipe or backslash (the pair stays in the text), and each
 * cell's text is trimmed of spaces and tabs. A line that is only `|` has no cells.
 */
export function splitRow(line: string): RawCell[] {
  let end = line.length;
  while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
  let i = firstNonBlank(line);
  if (line.charCodeAt(i) === PIPE) i++;
  const cells: RawCell[] = [];
  if (i >= end) return cells;
  let cellStart = i;
  let endsWithPipe = false;
  for (; i < end; i++) {
    const code = line.charCodeAt(i);
    endsWithPipe = false;
    if (code === BACKSLASH && i + 1 < end) {
      const next = line.charCodeAt(i + 1);
      if (next === PIPE || next === BACKSLASH) i++;
    } else if (code === PIPE) {
      cells.push(trimmed(line, cellStart, i));
      cellStart = i + 1;
      endsWithPipe = true;
    }
  }
  if (!endsWithPipe) cells.push(trimmed(line, cellStart, end));
  return cells;
}

/** Index of the first character that is not a space or tab (the length when there is none). */
export function firstNonBlank(line: string): number {
  let i = 0;
  while (i < line.length && isBlank(line.charCodeAt(i))) i++;
  return i;
}

const PIPE = 124;
const BACKSLASH = 92;

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

function trimmed(line: string, from: number, to: number): RawCell {
  let start = from;
  let end = to;
  while (start < end && isBlank(line.charCodeAt(start))) start++;
  while (end > start && isBlank(line.charCodeAt(end - 1))) end--;
  return { text: line.slice(start, end), start };
}
