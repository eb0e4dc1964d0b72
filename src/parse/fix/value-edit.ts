import type { TextEdit } from '../../model/finding.js';
import type { Position } from '../../model/position.js';
import { lineOf, type SourceText } from './source-text.js';

/** How the replacement is written: a scalar (quoted as the old value was), or YAML/Markdown text as is. */
export interface ValueEditOptions {
  /** Insert `replacement` verbatim (a YAML flow list, say) instead of as a scalar. */
  raw?: boolean;
}

/**
 * The edit that replaces the value written at `pos` (its start, as the locators give it) by
 * `replacement`. The old value must be there exactly as `written` — plain, or YAML-quoted
 * on one line — else there is no edit: a fix never guesses where a value ends. YAML keeps the
 * value's quoting (and quotes a plain value that could not stay plain, such as `@login`); a
 * Markdown table cell keeps its width, so an aligned table stays aligned where it can.
 */
export function valueEdit(
  source: SourceText,
  pos: Position,
  written: string,
  replacement: string,
  options: ValueEditOptions = {},
): TextEdit | undefined {
  if (written === '' || /[\n\r]/.test(replacement)) return undefined;
  const line = lineOf(source, pos.line);
  const start = pos.column - 1;
  if (start < 0 || start >= line.length) return undefined;
  const yaml = source.format === 'yaml' || pos.line <= source.frontMatterEnd;
  const span = yaml ? yamlSpan(line, start, written) : textSpan(line, start, written);
  if (!span) return undefined;
  const edit = yaml
    ? { text: yamlText(span.style, replacement, options), end: span.end }
    : markdownEdit(line, start, span, replacement);
  if (!edit) return undefined;
  return { line: pos.line, column: start + 1, endLine: pos.line, endColumn: edit.end + 1, text: edit.text };
}

type Style = 'plain' | 'double' | 'single';

interface Span {
  end: number;
  style: Style;
}

/** Where a one-line YAML scalar starting at `start` ends, when it reads as `written`. */
function yamlSpan(line: string, start: number, written: string): Span | undefined {
  const open = line[start];
  if (open === '"') {
    const close = closingDouble(line, start + 1);
    if (close < 0) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(line.slice(start, close + 1));
    } catch {
      return undefined;
    }
    return typeof value === 'string' && value.trim() === written
      ? { end: close + 1, style: 'double' }
      : undefined;
  }
  if (open === "'") {
    const close = closingSingle(line, start + 1);
    if (close < 0) return undefined;
    const value = line.slice(start + 1, close).replace(/''/g, "'");
    return value.trim() === written ? { end: close + 1, style: 'single' } : undefined;
  }
  if (line.slice(start, start + written.length) !== written) return undefined;
  const after = line.slice(start + written.length);
  // The plain scalar must end here: at the line's end, a comment, or a flow separator.
  return /^(?:[ \t]*$|[ \t]+#|[ \t]*[,\]}])/.test(after)
    ? { end: start + written.length, style: 'plain' }
    : undefined;
}

/** Where a Markdown value (a table cell's text, a list item's field) ends. */
function textSpan(line: string, start: number, written: string): Span | undefined {
  return line.slice(start, start + written.length) === written
    ? { end: start + written.length, style: 'plain' }
    : undefined;
}

function closingDouble(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '"') return i;
  }
  return -1;
}

function closingSingle(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    if (line[i] !== "'") continue;
    if (line[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}

const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/;
const LOOKS_TYPED =
  /^(?:true|false|null|yes|no|on|off|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/i;

/** The replacement as YAML: quoted like the old value, or quoted because it could not stay plain. */
function yamlText(style: Style, replacement: string, options: ValueEditOptions): string {
  if (options.raw) return replacement;
  if (style === 'single') return `'${replacement.replace(/'/g, "''")}'`;
  if (style === 'plain' && PLAIN_SAFE.test(replacement) && !LOOKS_TYPED.test(replacement)) return replacement;
  return JSON.stringify(replacement);
}

/** Text Markdown shows as written: no inline syntax, no pipe, no HTML. */
const MARKDOWN_SAFE = /^[\p{L}\p{N}@ .,;:/()+-]+$/u;

/**
 * The replacement in Markdown, and where the edit ends. In a table cell padded with spaces
 * the edit takes the padding too and re-pads to the cell's old width (at least one space),
 * so an aligned row stays aligned whenever the new value fits.
 */
function markdownEdit(
  line: string,
  start: number,
  span: Span,
  replacement: string,
): { text: string; end: number } | undefined {
  if (!MARKDOWN_SAFE.test(replacement)) return undefined;
  let pad = 0;
  while (line[span.end + pad] === ' ') pad++;
  if (pad === 0 || line[span.end + pad] !== '|') return { text: replacement, end: span.end };
  const width = span.end - start + pad;
  const spaces = Math.max(1, width - replacement.length);
  return { text: replacement + ' '.repeat(spaces), end: span.end + pad };
}
