import type { RecordPair } from './fields-from-pairs.js';

/**
 * `Key: value` lines (`* Status: Draft`, `**Deciders:** a, b`, `Date: 10/04/18`), as written
 * at the top of gRFCs, MADR 2 and Nygard ADRs. Bold and list markers around the key are
 * dropped; the value keeps its text. Keys are 1-4 words, so sentences with a colon are not keys.
 */
const KEY_LINE =
  /^( {0,3}(?:[-*+]\s+)?(?:\*\*|__)?)([A-Za-z][A-Za-z0-9()/.-]*(?: [A-Za-z0-9()/.-]+){0,3}?)(?:\s*:\s*(?:\*\*|__)|(?:\*\*|__)?\s*:)[ \t]*(.*?)\s*$/;

/** The key lines among `lines[from, to)` (0-based), positions 1-based. */
export function headerLines(file: string, lines: readonly string[], from: number, to: number): RecordPair[] {
  const pairs: RecordPair[] = [];
  for (let index = from; index < Math.min(to, lines.length); index++) {
    const line = lines[index]!.replace(/\r$/, '');
    const match = KEY_LINE.exec(line);
    if (!match) continue;
    const raw = match[3]!;
    const value = raw
      .replace(/^(?:\*\*|__)\s*/, '')
      .replace(/\s*(?:\*\*|__)$/, '')
      .replace(/\\$/, '')
      .trim();
    const column = line.length - line.slice(match[1]!.length + match[2]!.length).trimStart().length;
    const valueColumn = value === '' ? column : line.indexOf(value, column) + 1 || column + 1;
    pairs.push({ key: match[2]!, value, pos: { file, line: index + 1, column: valueColumn } });
  }
  return pairs;
}
