/** GitHub refuses (422) an issue title over 256 characters. */
export const ISSUE_TITLE_MAX = 256;
/** …and an issue or comment body over 65,536 characters. */
export const ISSUE_BODY_MAX = 65_536;

const TITLE_NOTE = '… (truncated)';
const BODY_NOTE =
  '\n\n_…truncated: the item is longer than GitHub allows in an issue; the register has it in full._\n\n';

/** The title cut to GitHub's limit, with a visible note when cut. */
export function capTitle(title: string): string {
  if (title.length <= ISSUE_TITLE_MAX) return title;
  return `${cutAt(title, ISSUE_TITLE_MAX - TITLE_NOTE.length)}${TITLE_NOTE}`;
}

/**
 * The body cut to GitHub's limit with a visible note, keeping `tail` (the hidden marker that
 * identifies the issue) whole at the end, so a cut issue is still found again.
 */
export function capBody(body: string, tail: string): string {
  const full = `${body}\n\n${tail}`;
  if (full.length <= ISSUE_BODY_MAX) return full;
  return `${cutAt(body, ISSUE_BODY_MAX - BODY_NOTE.length - tail.length)}${BODY_NOTE}${tail}`;
}

/** The first `length` UTF-16 units, never splitting a surrogate pair. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
