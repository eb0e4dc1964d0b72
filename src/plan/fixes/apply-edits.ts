import type { TextEdit } from '../../model/finding.js';

/** The text after applying edits, and how many were applied or skipped as overlapping. */
export interface AppliedEdits {
  text: string;
  applied: number;
  skipped: number;
}

/**
 * Applies text edits to a file's text as read (BOM, CRLF or CR endings, tabs and trailing
 * spaces included). Positions are those of the decoded text the parsers saw (BOM dropped,
 * line endings unified), so each is mapped back to the original: line starts are found with
 * the same line-ending rule, and line 1 is shifted past a BOM. A newline inside a
 * replacement is written with the ending of the line it lands on. Identical edits count
 * once; an edit overlapping one before it, or pointing past its line, is skipped, so
 * applying never corrupts a file. Pure and linear in the file's length.
 */
export function applyEdits(original: string, edits: readonly TextEdit[]): AppliedEdits {
  const lines = lineTable(original);
  const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  const located: Array<{ from: number; to: number; text: string }> = [];
  let skipped = 0;
  for (const edit of edits) {
    const from = offsetOf(lines, edit.line, edit.column, bom);
    const to = offsetOf(lines, edit.endLine, edit.endColumn, bom);
    if (from === undefined || to === undefined || to < from) {
      skipped++;
      continue;
    }
    const eol = lines.endings[edit.line - 1] || lines.endings[0] || '\n';
    located.push({ from, to, text: edit.text.replace(/\r\n?|\n/g, eol) });
  }
  located.sort((a, b) => a.from - b.from || a.to - b.to);
  const kept: typeof located = [];
  for (const edit of located) {
    const last = kept[kept.length - 1];
    if (last && last.from === edit.from && last.to === edit.to && last.text === edit.text) continue;
    if (last && edit.from < last.to) {
      skipped++;
      continue;
    }
    if (last && edit.from === last.to && edit.from === edit.to && last.from === last.to) {
      skipped++; // two insertions at one place: their order would be a guess
      continue;
    }
    kept.push(edit);
  }
  let text = '';
  let at = 0;
  for (const edit of kept) {
    text += original.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  text += original.slice(at);
  return { text, applied: kept.length, skipped };
}

interface LineTable {
  /** Offset where each line starts. */
  starts: number[];
  /** Length of each line without its ending. */
  lengths: number[];
  /** Each line's ending (`\r\n`, `\r`, `\n`, or '' for the last line). */
  endings: string[];
}

/** Lines split like decodeSource counts them: CRLF, lone CR and LF each end a line. */
function lineTable(text: string): LineTable {
  const starts = [0];
  const lengths: number[] = [];
  const endings: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    const crlf = code === 13 && text.charCodeAt(i + 1) === 10;
    lengths.push(i - start);
    endings.push(crlf ? '\r\n' : code === 13 ? '\r' : '\n');
    if (crlf) i++;
    start = i + 1;
    starts.push(start);
  }
  lengths.push(text.length - start);
  endings.push('');
  return { starts, lengths, endings };
}

function offsetOf(lines: LineTable, line: number, column: number, bom: number): number | undefined {
  const start = lines.starts[line - 1];
  const length = lines.lengths[line - 1];
  if (start === undefined || length === undefined || !Number.isInteger(column) || column < 1)
    return undefined;
  const shift = line === 1 ? bom : 0;
  if (column - 1 + shift > length) return undefined;
  return start + shift + column - 1;
}
