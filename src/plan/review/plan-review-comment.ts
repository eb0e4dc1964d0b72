import type { Finding } from '../../model/finding.js';
import type { Summary } from '../../model/summary.js';
import { type BlobLink, renderFindingsTables } from '../../text/render-findings-markdown.js';
import { markerFor } from '../comment-marker.js';
import { byImportance, fitFindings } from './fit-findings.js';
import { type FilterMode, filterNote, moreFindingsLine, reproduceNote, scopeLine } from './report-lines.js';
import { verdictHeadline } from './verdict.js';

/** GitHub's limit on an issue or pull request comment body, in characters. */
export const COMMENT_MAX_CHARS = 65_536;

/** Everything the sticky pull request comment is built from. */
export interface ReviewCommentInput {
  findings: readonly Finding[];
  /** Counts of `findings` plus files and decisions checked. */
  summary: Summary;
  repo: { owner: string; repo: string; serverUrl: string };
  headSha: string;
  /** Add an `Owners:` line per register that mentions (and so notifies) the owners. */
  mentionOwners: boolean;
  /** Logins or teams to mention, keyed by item `file#id`; read only when `mentionOwners`. */
  owners?: ReadonlyMap<string, readonly string[]>;
  filterMode: FilterMode;
  /** Upper bound on the body's length; defaults to GitHub's 65,536. */
  maxChars?: number;
  /** Overrides the command named in the footer. */
  reproduceCommand?: string;
}

/**
 * The body of the sticky review comment: marker, verdict headline, one table per register file
 * (errors first; Line cells link to the line at the head commit), and a footer naming the filter
 * mode and how to reproduce locally. With no findings it is an all-clear body that replaces an
 * earlier comment. Longer bodies lose their least important rows (warnings before errors, then
 * from the last file up) and say how many more findings the job summary lists.
 */
export function planReviewComment(input: ReviewCommentInput): string {
  const ordered = byImportance(input.findings);
  const link: BlobLink = { ...input.repo, headSha: input.headSha };
  const mentions = input.mentionOwners ? (input.owners ?? new Map()) : undefined;
  const limit = input.maxChars ?? COMMENT_MAX_CHARS;
  const footer = `<sub>${filterNote(input.filterMode)} ${reproduceNote(input.reproduceCommand)}</sub>`;

  const render = (kept: number): string => {
    const parts = [markerFor('review'), verdictHeadline(input.summary), ''];
    if (ordered.length === 0) {
      parts.push(`${scopeLine(input.summary, input.headSha)}: no problems found.`, '');
    } else {
      parts.push(`${scopeLine(input.summary, input.headSha)}.`, '');
      const tables = renderFindingsTables(ordered.slice(0, kept), { link, mentions, allFindings: ordered });
      if (tables) parts.push(tables, '');
      if (kept < ordered.length) parts.push(moreFindingsLine(ordered.length - kept), '');
    }
    parts.push(footer);
    return `${parts.join('\n')}\n`;
  };
  return fitFindings(ordered.length, render, limit).text;
}
