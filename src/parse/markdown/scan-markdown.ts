import { firstNonBlank, splitRow, type TableBlock } from '../tables/read-gfm-table.js';

/** What one pass over a Markdown file's lines found. */
export interface MarkdownScan {
  /** Top-level GFM tables to read with readGfmTable (and blank out before remark). */
  tables: TableBlock[];
  /** Lines opening a list item or quote inside another (outside code and tables). */
  nestedLines: number;
  /** The first line nesting lists or quotes deeper than the limit (0-based), with its depth. */
  tooDeep?: { line: number; depth: number };
  /** The first nested line past the limit on their number (0-based). */
  tooManyNested?: number;
}

/** Limits on list/quote nesting, which micromark handles in time quadratic in it. */
export interface NestingLimits {
  /** Deepest nesting allowed on one line. */
  depth: number;
  /** Most lines allowed that open a list item or quote inside another. */
  nestedLines: number;
}

const FRONT_MATTER_FENCE = /^---[ \t]*$/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})/;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])[ \t]+\S/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Characters that may start a block construct (after up to three spaces of indent). */
const MAY_START_BLOCK = /^(?:[>#<[~`=_*+-]|\d{1,9}[.)](?:[ \t]|$))/;
const HTML_BLOCKS: Array<[RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/**
 * Finds the GFM tables the parser reads itself, and measures list/quote nesting, in one
 * linear pass. A table is taken only when its place is certain: header at column 1, after a
 * blank line, a heading, front matter, or inside a top-level paragraph; not in fenced code
 * or an HTML block; every body line either starts with `|`, or is plain text, until a blank
 * line or a line that surely ends a table (heading, quote, fence, list item, thematic break,
 * indented code). Anything less certain (a table in a list item or quote, a body line that
 * might start another block) is left in the text for remark-gfm, which reads it correctly
 * and, for such small tables, fast enough.
 */
export function scanMarkdown(lines: readonly string[], limits: NestingLimits): MarkdownScan {
  const scan: MarkdownScan = { tables: [], nestedLines: 0 };
  let i = 0;
  // With remark-frontmatter on, a first line `---` that no fence closes makes micromark let
  // quotes and list items continue a table instead of ending it; such tables are deferred.
  let containersInterrupt = true;
  if (lines.length > 1 && FRONT_MATTER_FENCE.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, index) => index > 0 && FRONT_MATTER_FENCE.test(line));
    if (close > 0) i = close + 1;
    else containersInterrupt = false;
  }
  let fence: { char: string; length: number } | undefined;
  /** An HTML block's end: a pattern (kinds 1-5), or `blank` (the rest, which end at a blank line). */
  let htmlEnd: RegExp | 'blank' | undefined;
  let boundary = true;
  let paragraph = false;
  let takeTables = true;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      i++;
      continue;
    }
    const start = firstNonBlank(line);
    if (htmlEnd === 'blank') {
      if (start === line.length) htmlEnd = undefined;
      else if (opensSkippedBlock(line, start)) {
        // Unsure whether that `<` line opened an HTML block, so unsure whether this opens
        // code or a comment: take no more tables from this file (remark-gfm reads them).
        takeTables = false;
      }
    }
    if (htmlEnd) {
      if (htmlEnd !== 'blank' && htmlEnd.test(line)) htmlEnd = undefined;
      i++;
      continue;
    }
    if (start === line.length) {
      boundary = true;
      paragraph = false;
      i++;
      continue;
    }
    const indent = width(line, start);
    const rest = line.slice(start);
    measureNesting(line, i, scan, limits);
    if (indent < 4) {
      const open = FENCE.exec(rest);
      if (open) {
        fence = { char: rest[0]!, length: open[1]!.length };
        boundary = paragraph = false;
        i++;
        continue;
      }
      if (rest.startsWith('<')) {
        // Any other tag may open an HTML block that runs to the next blank line.
        const html = HTML_BLOCKS.find(([opens]) => opens.test(rest));
        htmlEnd = html ? (html[1].test(rest.slice(2)) ? undefined : html[1]) : 'blank';
        boundary = paragraph = false;
        i++;
        continue;
      }
      if (ATX_HEADING.test(rest)) {
        boundary = true;
        paragraph = false;
        i++;
        continue;
      }
    }
    if (takeTables && (boundary || paragraph) && indent < 4) {
      const certain = indent === 0 && !MAY_START_BLOCK.test(rest);
      const end = tableEnd(lines, i, containersInterrupt, certain);
      if (typeof end === 'number') {
        scan.tables.push({ start: i, end });
        boundary = paragraph = false;
        i = end;
        continue;
      }
      if (end === 'defer') {
        // A table remark-gfm must read: no table may start inside it, so leave the paragraph state.
        boundary = paragraph = false;
        i++;
        continue;
      }
    }
    // A paragraph indented 1-3 spaces after a blank line may continue a list item: not certain.
    paragraph = boundary
      ? indent === 0 && !MAY_START_BLOCK.test(rest)
      : paragraph && !MAY_START_BLOCK.test(rest);
    boundary = false;
    i++;
  }
  return scan;
}

/**
 * When line `start` heads a table the scanner can read with certainty, the index after its
 * last body line; `none` when it heads no table, `defer` when remark-gfm should decide.
 */
function tableEnd(
  lines: readonly string[],
  start: number,
  containersInterrupt: boolean,
  certain: boolean,
): number | 'none' | 'defer' {
  const columns = splitRow(lines[start] ?? '').length;
  if (columns === 0 || !isDelimiterRow(lines[start + 1], columns)) return 'none';
  if (!certain) return 'defer';
  let end = start + 2;
  for (; end < lines.length; end++) {
    const line = lines[end] ?? '';
    const first = firstNonBlank(line);
    if (first === line.length || width(line, first) >= 4) break;
    const rest = line.slice(first);
    if (rest.startsWith('|')) continue;
    if (ATX_HEADING.test(rest) || FENCE.test(rest) || THEMATIC_BREAK.test(rest)) break;
    if (rest.startsWith('>') || LIST_ITEM.test(rest)) {
      if (!containersInterrupt) return 'defer';
      break;
    }
    if (MAY_START_BLOCK.test(rest)) return 'defer';
  }
  return end;
}

/** True when the line could open fenced code or an HTML block that blank lines do not end. */
function opensSkippedBlock(line: string, start: number): boolean {
  if (width(line, start) >= 4) return false;
  const rest = line.slice(start);
  return FENCE.test(rest) || HTML_BLOCKS.some(([opens]) => opens.test(rest));
}

/** A GFM delimiter row (`| --- | :-: |`) with `columns` cells; it must contain a pipe. */
function isDelimiterRow(line: string | undefined, columns: number): boolean {
  if (line === undefined || !line.includes('|')) return false;
  const first = firstNonBlank(line);
  if (width(line, first) >= 4) return false;
  const rest = line.slice(first).trimEnd();
  if (!/^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/.test(rest)) return false;
  if (/^-[ \t]/.test(rest)) return false;
  return splitRow(rest).length === columns;
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const start = firstNonBlank(line);
  if (width(line, start) >= 4) return false;
  const rest = line.slice(start).trimEnd();
  let count = 0;
  while (rest[count] === fence.char) count++;
  return count >= fence.length && count === rest.length;
}

/** Columns taken by the first `end` characters (tabs to the next multiple of four). */
function width(line: string, end: number): number {
  let columns = 0;
  for (let i = 0; i < end; i++)
    columns = line.charCodeAt(i) === 9 ? columns + 4 - (columns % 4) : columns + 1;
  return columns;
}

/**
 * Estimates the list/quote nesting a line opens: each `>` or list marker in its prefix is one
 * level and every two columns of indent before them may be another. micromark slows down
 * quadratically with nested containers, so parse-markdown refuses files far past real use.
 */
function measureNesting(line: string, index: number, scan: MarkdownScan, limits: NestingLimits): void {
  let i = 0;
  let columns = 0;
  let markers = 0;
  let indentColumns = -1;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 9) {
      columns = code === 9 ? columns + 4 - (columns % 4) : columns + 1;
      i++;
      continue;
    }
    if (indentColumns < 0) indentColumns = columns;
    const marker = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(line.slice(i, i + 11));
    if (!marker) break;
    markers++;
    i += marker[0].length;
    columns += marker[0].length;
  }
  if (markers === 0) return;
  const depth = markers + Math.floor(Math.max(indentColumns, 0) / 2);
  if (depth > limits.depth && !scan.tooDeep) scan.tooDeep = { line: index, depth };
  if (depth >= 2) {
    scan.nestedLines++;
    if (scan.nestedLines > limits.nestedLines && scan.tooManyNested === undefined) scan.tooManyNested = index;
  }
}

/**
 * The text remark parses: each table found by the scanner replaced by an empty HTML comment
 * line and blank lines. Line numbers and the columns of every other line stay exact, and the
 * comment ends open lists, quotes and paragraphs as the table did (blank lines alone would
 * let a list continue past the table).
 */
export function maskTables(lines: readonly string[], tables: readonly TableBlock[]): string {
  if (tables.length === 0) return lines.join('\n');
  const masked = lines.slice();
  for (const table of tables) {
    masked[table.start] = TABLE_MASK;
    for (let i = table.start + 1; i < table.end; i++) masked[i] = '';
  }
  return masked.join('\n');
}

/** Stands in for a table in the text remark parses; an `html` node, which nothing reads. */
export const TABLE_MASK = '<!-- -->';
