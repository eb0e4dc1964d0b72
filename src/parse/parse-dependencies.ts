import type { Position } from '../model/position.js';
import { BARE_ID } from './bare-id.js';
import { cellText } from './tables/cell-text.js';

export { BARE_ID };

/** A piece of a cell: its source text (trimmed) and where it starts. */
export interface CellPart {
  raw: string;
  pos: Position;
}

/** An external dependency read from a Markdown cell entry. */
export interface BlockerEntry {
  pos: Position;
  what?: CellPart;
  owner?: CellPart;
  due?: CellPart;
}

const HANDLE = /(?<![\w@/])@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?/;
const OWNER_LABEL = /\bowner\s*:\s*([^,;()]*[^,;()\s])/i;
const DATE = /(?:\b(?:due|by)\s*:?\s*)?(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)/i;

/**
 * Splits a Dependencies / Blocked by cell. Entries are separated by `;`, or by `,` when
 * every comma-separated entry is a bare id (`D1, D2`). A bare id ({@link BARE_ID}) is a
 * `depends_on` entry; anything else is an external dependency: an `@handle` (or
 * `owner: Name`) is its owner, an ISO date (optionally after "due"/"by") its due date, and
 * the rest, tidied of the punctuation left behind, is `what` —
 * `HRIS export of membership (@hris, due 2026-12-01)` gives what `HRIS export of
 * membership`, owner `@hris`, due `2026-12-01`. Empty entries and `—`/`-` are skipped.
 */
export function parseDependencies(cell: CellPart): { dependsOn: CellPart[]; blockers: BlockerEntry[] } {
  const dependsOn: CellPart[] = [];
  const blockers: BlockerEntry[] = [];
  for (const entry of entriesOf(cell)) {
    const text = cellText(entry.raw);
    if (isAbsent(text)) continue;
    if (BARE_ID.test(text)) dependsOn.push({ raw: text, pos: entry.pos });
    else blockers.push(readBlocker(entry));
  }
  return { dependsOn, blockers };
}

/** A comma-separated cell's entries (topics), each with its position. */
export function splitList(cell: CellPart, separator: string): CellPart[] {
  const parts: CellPart[] = [];
  let from = 0;
  while (from <= cell.raw.length) {
    let to = cell.raw.indexOf(separator, from);
    if (to < 0) to = cell.raw.length;
    const piece = cell.raw.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed !== '') parts.push({ raw: trimmed, pos: shift(cell.pos, from + lead) });
    from = to + separator.length;
  }
  return parts;
}

/** True for a cell that says "nothing here": empty, or a dash. */
export function isAbsent(text: string): boolean {
  return text === '' || text === '-' || text === '—' || text === '–';
}

function entriesOf(cell: CellPart): CellPart[] {
  if (cell.raw.includes(';')) return splitList(cell, ';');
  const byComma = splitList(cell, ',');
  if (byComma.every((part) => BARE_ID.test(cellText(part.raw)))) return byComma;
  return cell.raw.trim() === '' ? [] : [cell];
}

function readBlocker(entry: CellPart): BlockerEntry {
  const blocker: BlockerEntry = { pos: entry.pos };
  let rest = entry.raw;
  const cut = (start: number, length: number) => {
    rest = `${rest.slice(0, start)}${' '.repeat(length)}${rest.slice(start + length)}`;
  };
  const handle = HANDLE.exec(rest);
  const label = handle ? undefined : OWNER_LABEL.exec(rest);
  if (handle) {
    blocker.owner = { raw: handle[0], pos: shift(entry.pos, handle.index) };
    cut(handle.index, handle[0].length);
  } else if (label) {
    const name = label[1]!;
    const at = label.index + label[0].length - name.length;
    blocker.owner = { raw: name, pos: shift(entry.pos, at) };
    cut(label.index, label[0].length);
  }
  const date = DATE.exec(rest);
  if (date) {
    const value = date[1]!;
    const at = date.index + date[0].length - value.length;
    blocker.due = { raw: value, pos: shift(entry.pos, at) };
    cut(date.index, date[0].length);
  }
  const what = tidy(rest);
  if (what.text !== '') blocker.what = { raw: what.text, pos: shift(entry.pos, what.start) };
  return blocker;
}

/** The text left after taking out owner and date: empty brackets and stray separators gone. */
function tidy(rest: string): { text: string; start: number } {
  let text = rest;
  let previous: string;
  do {
    previous = text;
    text = text
      .replace(/\(\s*[,;:]?\s*\)|\[\s*[,;:]?\s*\]/g, (m) => ' '.repeat(m.length))
      .replace(/\(\s*[,;]\s*/g, (m) => `(${' '.repeat(m.length - 1)}`)
      .replace(/\s*[,;]\s*\)/g, (m) => `${' '.repeat(m.length - 1)})`);
  } while (text !== previous);
  const start = text.search(/[^\s,;:–—-]/);
  if (start < 0) return { text: '', start: 0 };
  const end = text.replace(/[\s,;:–—-]+$/, '').length;
  return { text: text.slice(start, end).replace(/\s{2,}/g, ' '), start };
}

function shift(pos: Position, by: number): Position {
  return { file: pos.file, line: pos.line, column: pos.column + by };
}
