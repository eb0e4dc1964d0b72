/*
 * Escaping of user text (ids, owners, messages, paths quoted from registers) for GitHub Markdown.
 * Hand-written rather than mdast-util-to-markdown's `safe`: that escapes for CommonMark, but the
 * dangers here are GitHub's own post-processing (@mentions, #123 references) and table cells.
 */

/** U+200B ZERO WIDTH SPACE as an entity: after `@` or `#` it stops GitHub linking, yet shows nothing. */
const ZWSP = '&#8203;';

const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;', // so user-written entities such as &#64; stay literal text
  '<': '&lt;',
  '>': '&gt;',
  '`': '&#96;', // an entity, not \`, so no backtick ever reaches the output
  '\\': '\\\\', // so a user's trailing backslash cannot un-escape our `\|`
  '|': '\\|',
  '@': `@${ZWSP}`,
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '~': '\\~',
  $: '\\$', // GitHub renders $…$ as math
};

const SPECIAL = /[&<>`\\|@*_[\]~$#]/g;

/**
 * Neutralises user text for inline use in GitHub Markdown, anywhere after the start of a line:
 * the result renders as the original text but cannot mention (`@name` shows as @name and links to
 * nobody; emails too), reference issues (`#123`), inject HTML, open code spans, links (bare URLs
 * included) or emphasis,
 * break a table row, or span lines (newlines, tabs and other controls become spaces; bidi
 * overrides are dropped).
 */
export function quoteUserText(text: string): string {
  return (
    text
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .replace(SPECIAL, (match, offset: number, whole: string) => {
        // `#` before a digit would become an issue link even when backslash-escaped.
        if (match === '#') return /\d/.test(whole.charAt(offset + 1)) ? `#${ZWSP}` : '\\#';
        return REPLACEMENTS[match] ?? match;
      })
      // GFM links bare URLs (`https://…`, `www.…`) by itself; an invisible space keeps them text.
      .replace(/(https?):(?=\/\/)/gi, `$1:${ZWSP}`)
      .replace(/(www)\./gi, `$1${ZWSP}.`)
  );
}

/**
 * User text for one GFM table cell: quoteUserText of the trimmed text, with runs of whitespace
 * collapsed to one space so a cell stays compact.
 */
export function escapeCell(text: string): string {
  return quoteUserText(text).replace(/\s+/g, ' ').trim();
}
