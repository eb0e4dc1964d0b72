/** An ATX or setext heading: level, text, 0-based line. */
export interface OutlineHeading {
  level: number;
  text: string;
  line: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The headings among the first `limit` lines, skipping fenced code. Setext headings count
 * (`Title` over `----`, as gRFCs write their title), except a `---` that closes front matter.
 */
export function outline(lines: readonly string[], from: number, limit: number): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  let fence: string | undefined;
  const end = Math.min(lines.length, from + limit);
  for (let index = from; index < end; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    const fenced = FENCE.exec(line);
    if (fence) {
      if (fenced && fenced[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenced) {
      fence = fenced[1]!.slice(0, 3);
      continue;
    }
    const atx = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) {
      headings.push({ level: atx[1]!.length, text: atx[2]!.trim(), line: index });
      continue;
    }
    const next = lines[index + 1]?.replace(/\r$/, '');
    const previousBlank = index === from || (lines[index - 1] ?? '').trim() === '';
    if (next && line.trim() !== '' && previousBlank && /^ {0,3}(?:=+|-+)[ \t]*$/.test(next)) {
      if (!/^ {0,3}[-*+>|#]/.test(line)) {
        headings.push({ level: next.trim().startsWith('=') ? 1 : 2, text: line.trim(), line: index });
        index++;
      }
    }
  }
  return headings;
}

/** The first non-blank line after heading `heading`, before the next heading; 0-based. */
export function firstLineUnder(
  lines: readonly string[],
  headings: readonly OutlineHeading[],
  heading: OutlineHeading,
): number | undefined {
  const next = headings.find((h) => h.line > heading.line)?.line ?? lines.length;
  for (let index = heading.line + 1; index < next; index++) {
    const text = lines[index]!.trim();
    if (text === '' || /^<!--.*-->$/.test(text) || /^ {0,3}(?:=+|-+)$/.test(text)) continue;
    return index;
  }
  return undefined;
}

/** A line's text without list marker, quote, bold or emphasis around it. */
export function plainLine(line: string): string {
  return line
    .replace(/\r$/, '')
    .trim()
    .replace(/^(?:>\s*)+/, '')
    .replace(/^(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/^(\*\*|__|\*|_)(.*)\1$/, '$2')
    .trim();
}

/** A heading's text for comparison: lower case, numbering, emoji and a trailing colon dropped. */
export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/^\s*\d+\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A title without the record number it repeats (`13. Use X`, `ADR-0013: Use X`, `TEP-0037: X`). */
export function cleanTitle(text: string): string {
  const stripped = text
    .replace(/^(?:[A-Za-z]{2,4}[- ]?)?\d+\s*[.:)\-–—]\s+/, '')
    .replace(/^(?:[A-Za-z]{1,4}[- ]?)?\d+\s*:\s*/, '')
    .trim();
  return stripped === '' ? text.trim() : stripped;
}
