import { compareFindings, type Finding } from '../../model/finding.js';

/** Errors before warnings, then file, line, column, rule: the order in which rows survive truncation. */
export function byImportance(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
    return compareFindings(a, b);
  });
}

/** UTF-8 length, for limits GitHub counts in bytes (the 1 MiB job summary, 64 KB annotation messages). */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The result of fitFindings. */
export interface Fitted {
  text: string;
  /** How many of the findings (in byImportance order) the text shows. */
  kept: number;
}

/**
 * Renders as many findings as fit: the largest `kept` in [0, total] with
 * `measure(render(kept)) <= limit`, found by binary search (each extra row makes the text longer).
 * If even `render(0)` is too long, that text is cut to the limit, on a code point boundary, so
 * the result never exceeds it.
 */
export function fitFindings(
  total: number,
  render: (kept: number) => string,
  limit: number,
  measure: (text: string) => number = (text) => text.length,
): Fitted {
  const full = render(total);
  if (measure(full) <= limit) return { text: full, kept: total };
  let low = 0;
  let high = total - 1;
  let best: Fitted | null = null;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const text = render(mid);
    if (measure(text) <= limit) {
      best = { text, kept: mid };
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best ?? { text: cutToLimit(render(0), limit, measure), kept: 0 };
}

function cutToLimit(text: string, limit: number, measure: (text: string) => number): string {
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join('')) <= limit) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('');
}
