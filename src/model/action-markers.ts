/**
 * The words people put in front of a line to mark it as an action or a decision, shared by
 * the Markdown readers (which make such lines items) and the `followup-implied` rule (which
 * leaves them to the readers). Regular-expression sources, case-insensitive, so each reader
 * can add its own owner and separator shapes around them.
 */

/** `Action item`, `Action_Item`, `Action point`, `Actions`, `Next step`, `Follow-up`, `TODO`. */
export const ACTION_WORDS = String.raw`action[\s_-]*items?|action[\s_-]*points?|actions?|next[\s_-]*steps?|follow[\s_-]*ups?|to-?dos?`;

/** `Decision`, `Decided`, `Resolution`, `Agreed`, `Outcome`. */
export const DECISION_WORDS = 'decisions?|decided|resolutions?|resolved|agreed|agreements?|outcomes?';

/** Short markers that count only in capitals (`AI` is also a word): `AI`, `TODO`, `ACTION`. */
export const SHOUTED_ACTION_WORDS = 'AI|TODO|ACTION';

/**
 * The head of a line that an action marker opens: `ACTION:`, `Action item 3 -`, `AI (Sam):`,
 * `ACTION BW:`, `Action item to Sam:`, `[Sam][ACTION]`, `TODO by [Sam]:`, `[ ]` (a task box).
 * The marker is followed by a colon, a dash or the end of the line, so "Actions speak
 * louder" is prose.
 */
const SPELLED = new RegExp(String.raw`^(?:\[[^\]]{1,60}\]\s*)?\[?(?:${ACTION_WORDS})\]?(.*)$`, 'iu');
const SHOUTED = new RegExp(String.raw`^(?:\[[^\]]{1,60}\]\s*)?\[?(?:${SHOUTED_ACTION_WORDS})\]?(.*)$`, 'u');
/** What may follow the marker word: a number, an owner, then the separator (case-sensitive). */
const AFTER_MARKER = new RegExp(
  String.raw`^(?:\s+#?\d+(?:\.\d+)*)?(?:\s*\([^()]{1,60}\))?` +
    String.raw`(?:\s+by\s+\[?[^\]:]{1,60}\]?|\s+(?:for|to)\s+[^:]{1,40}|\s+(?:all|ALL|[\p{Lu}@][\p{L}@.&\s]{0,20}))?` +
    String.raw`\s*(?::|\s[-–—]|[-–—]\s|$)`,
  'u',
);
const TASK_BOX = /^\[[ xX]\]\s/;
/** `[Sam][ACTION] …`: the bracketed marker needs no separator. */
const BRACKETED = new RegExp(
  String.raw`^\[[^\]]{1,60}\]\s*\[(?:${SHOUTED_ACTION_WORDS}|${ACTION_WORDS})\]`,
  'i',
);

/** True when `text` (plain text, list marker removed) starts with an explicit action marker. */
export function startsWithActionMarker(text: string): boolean {
  if (TASK_BOX.test(text) || BRACKETED.test(text)) return true;
  for (const head of [SPELLED, SHOUTED]) {
    const rest = head.exec(text)?.[1];
    if (rest !== undefined && AFTER_MARKER.test(rest)) return true;
  }
  return false;
}
