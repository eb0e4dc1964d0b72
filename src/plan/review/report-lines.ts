import type { Summary } from '../../model/summary.js';
import { quoteUserText } from '../../text/markdown-escape.js';
import { plural } from '../../text/summary.js';

/** Which findings a pull request review shows: on added lines, in changed files, or all. */
export type FilterMode = 'added' | 'file' | 'nofilter';

/** The command people run to see the same findings locally. */
export const REPRODUCE_COMMAND = 'npx decision-register check';

const FILTER_NOTES: Record<FilterMode, string> = {
  added: 'Showing findings on lines this pull request adds or changes.',
  file: 'Showing findings in the register files this pull request changes.',
  nofilter: 'Showing every finding in the checked registers.',
};

/** One sentence naming the filter mode, for footers. */
export function filterNote(mode: FilterMode): string {
  return FILTER_NOTES[mode] ?? FILTER_NOTES.nofilter;
}

/** `Reproduce locally with the decision-register CLI, from the repository root: \`npx decision-register check\`.` */
export function reproduceNote(command: string = REPRODUCE_COMMAND): string {
  const shown = command.includes('`') ? quoteUserText(command) : `\`${command}\``;
  return `Reproduce locally with the decision-register CLI, from the repository root: ${shown}.`;
}

/** `Checked 2 register files (8 decisions) at \`abc1234\`` (no full stop, so callers can go on). */
export function scopeLine(summary: Summary, headSha?: string): string {
  const scope = `Checked ${plural(summary.files, 'register file')} (${plural(summary.decisions, 'decision')})`;
  if (!headSha) return scope;
  const sha = /^[0-9a-f]{7,64}$/i.test(headSha) ? `\`${headSha.slice(0, 7)}\`` : quoteUserText(headSha);
  return `${scope} at ${sha}`;
}

/** `… 12 more findings in the job summary.` (singular for one). */
export function moreFindingsLine(hidden: number, where = 'the job summary'): string {
  return `… ${plural(hidden, 'more finding')} in ${where}.`;
}
