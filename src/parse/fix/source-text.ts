/**
 * A decoded register text (BOM dropped, line endings `\n`, as the parsers see it) with its
 * line starts, so fixes can read the exact characters a value was written with.
 */
export interface SourceText {
  text: string;
  format: 'yaml' | 'markdown';
  /** Offset of each line's first character (0-based line index). */
  starts: number[];
  /** 1-based last line of Markdown front matter (its closing `---`), 0 when there is none. */
  frontMatterEnd: number;
}

/** Indexes `text` once; every fix of the file then reads lines in constant time. */
export function sourceText(text: string, format: 'yaml' | 'markdown'): SourceText {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return { text, format, starts, frontMatterEnd: format === 'markdown' ? frontMatterEnd(text, starts) : 0 };
}

/** Line `line` (1-based) without its line ending; '' beyond the end. */
export function lineOf(source: SourceText, line: number): string {
  const start = source.starts[line - 1];
  if (start === undefined) return '';
  const next = source.starts[line];
  return source.text.slice(start, next === undefined ? source.text.length : next - 1);
}

function frontMatterEnd(text: string, starts: number[]): number {
  if (!/^---[ \t]*\n/.test(text)) return 0;
  for (let line = 2; line <= starts.length; line++) {
    const start = starts[line - 1]!;
    const next = starts[line];
    const body = text.slice(start, next === undefined ? text.length : next - 1);
    if (/^(?:---|\.\.\.)[ \t]*$/.test(body)) return line;
  }
  return 0;
}
