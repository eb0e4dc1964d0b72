import { createHash } from 'node:crypto';
import { markerFor } from '../plan/comment-marker.js';
import type { Suggestion } from '../plan/fixes/plan-suggestions.js';
import { quoteUserText } from '../text/markdown-escape.js';

/** The hidden marker of a suggestion comment: this tool's, and which suggestion it is. */
export function suggestionMarker(suggestion: Pick<Suggestion, 'key'>): string {
  return markerFor('suggestion', createHash('sha256').update(suggestion.key).digest('hex').slice(0, 16));
}

/** Every marker of a suggestion starts so. */
export const SUGGESTION_MARKER_PREFIX = '<!-- decision-register:suggestion:';

/** A fence longer than any run of backticks in `lines`, so file text cannot close it. */
function fenceFor(lines: readonly string[]): string {
  const longest = Math.max(
    0,
    ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((m) => m.length))),
  );
  return '`'.repeat(Math.max(3, longest + 1));
}

/** What a suggestion fixes, one line per finding: rule id, message, and the fix. */
function reasons(suggestion: Suggestion): string[] {
  return suggestion.findings.map(
    (f) => `- \`${f.rule}\`: ${quoteUserText(f.message)}. ${quoteUserText(f.fix?.description ?? '')}.`,
  );
}

/** The body of a review comment carrying a GitHub suggested change. */
export function renderSuggestionBody(suggestion: Suggestion): string {
  const fence = fenceFor(suggestion.lines);
  return [
    suggestionMarker(suggestion),
    '**decision-register** can fix this:',
    '',
    ...reasons(suggestion),
    '',
    `${fence}suggestion`,
    ...suggestion.lines,
    fence,
  ].join('\n');
}

/**
 * The sticky comment's section for fixes GitHub cannot take as suggestions (outside the
 * diff, or refused): each as a diff block against the head's lines. Empty when there are none.
 * At most `max` are shown; the rest are counted, and `decision-register fix` applies them all.
 */
export function renderFixesOutsideDiff(
  suggestions: readonly Suggestion[],
  texts: ReadonlyMap<string, string>,
  max = 20,
): string {
  if (suggestions.length === 0) return '';
  const parts = [
    '',
    '### Fixes outside this diff',
    '',
    'These lines are not part of the diff, so they cannot be suggested changes; `decision-register fix` applies them.',
    '',
  ];
  for (const suggestion of suggestions.slice(0, max)) {
    const old = (texts.get(suggestion.path) ?? '')
      .split('\n')
      .slice(suggestion.startLine - 1, suggestion.line);
    const diff = [...old.map((l) => `-${l}`), ...suggestion.lines.map((l) => `+${l}`)];
    const fence = fenceFor(diff);
    const where = `${quoteUserText(suggestion.path)} line ${suggestion.startLine}`;
    parts.push(`**${where}**`, ...reasons(suggestion), '', `${fence}diff`, ...diff, fence, '');
  }
  if (suggestions.length > max) parts.push(`…and ${suggestions.length - max} more.`, '');
  return parts.join('\n');
}
