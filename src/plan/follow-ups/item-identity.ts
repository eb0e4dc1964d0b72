import { editDistance } from '../../model/closest-match.js';

/** What the register says about a follow-up item, as far as its issue is concerned. */
export type FollowUpState = 'open' | 'done' | 'dropped';

// Statuses as people write them, beyond the schema's open/done/dropped. Unknown ones count as
// open: closing an issue on a misread status would be worse than leaving it open.
const DONE = new Set([
  'done',
  'complete',
  'completed',
  'closed',
  'finished',
  'resolved',
  'shipped',
  'delivered',
]);
const DROPPED = new Set([
  'dropped',
  'cancelled',
  'canceled',
  'abandoned',
  'superseded',
  'wontfix',
  "won't do",
  'not planned',
  'rejected',
]);

/** The issue state an item's status asks for. */
export function followUpState(status: string | undefined): FollowUpState {
  const word = (status ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (DONE.has(word)) return 'done';
  if (DROPPED.has(word)) return 'dropped';
  return 'open';
}

/**
 * A follow-up item's identity within its register: `file#id`, or for an item without an id (a
 * task-list line) `file#~` and its normalised text. The text key survives case, spacing,
 * punctuation and a written-back `(#123)`; small edits beyond that are matched by
 * {@link textSimilarity}. Undefined when there is nothing to key on.
 */
export function itemKey(
  file: string,
  item: { id?: string; title?: string; text?: string },
): string | undefined {
  if (item.id) return `${file}#${item.id}`;
  const text = normaliseText(item.title ?? item.text ?? '');
  return text ? `${file}#~${text}` : undefined;
}

/** Lower case, words only, no trailing issue reference, at most 120 characters. */
export function normaliseText(text: string): string {
  return text
    .replace(/\(#\d+\)\s*$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 120)
    .trim();
}

/**
 * How alike two normalised texts are, 0..1: 1 − edit distance / longer length (Damerau–Levenshtein,
 * the project's `editDistance`). Texts over 200 characters only match exactly (the distance is
 * bounded for cost). {@link FUZZY_MATCH_RATIO} is the bar for "the same item, edited".
 */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * 0.8: fixing a typo or two in a 20-character line (≤ 4 edits) keeps the item; rewording half of
 * it makes a new one. Chosen so that "Draft workload order" ↔ "Draft the workload order" (ratio
 * 0.83) match and "Draft workload order" ↔ "Book workload review" (0.55) do not.
 */
export const FUZZY_MATCH_RATIO = 0.8;

/** The text part of a text key (`file#~text`), or undefined for an id key. */
export function textOfKey(key: string): { file: string; text: string } | undefined {
  const at = key.lastIndexOf('#~');
  return at < 0 ? undefined : { file: key.slice(0, at), text: key.slice(at + 2) };
}

/** A short, stable hash (FNV-1a, 32 bits, hex) of the fields an issue shows. */
export function fingerprintOf(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
