import { GitHubError, type GitHubPort } from '../../github/github-port.js';
import type { AuthorCheck } from '../../github/sticky-comment.js';
import type { Suggestion } from '../../plan/fixes/plan-suggestions.js';
import { reconcileSuggestions } from '../../plan/fixes/reconcile-suggestions.js';
import {
  renderSuggestionBody,
  SUGGESTION_MARKER_PREFIX,
  suggestionMarker,
} from '../../render/render-suggestion.js';
import type { Logger } from '../logger.js';

/** What posting suggestions did; `fallback` goes to the sticky comment instead. */
export interface SuggestionsOutcome {
  created: number;
  updated: number;
  deleted: number;
  kept: number;
  fallback: Suggestion[];
}

/**
 * Keeps the pull request's suggested changes in step with the fixes: new ones go out as ONE
 * review (event COMMENT, RIGHT-side lines), the tool's earlier ones are updated or deleted
 * (found by author and marker; people's reviews are never touched). GitHub refusing the
 * review (422, a line outside a hunk) or the token being read-only (403) never fails the
 * run: those suggestions come back as `fallback`, for the sticky comment.
 */
export async function postSuggestions(
  port: GitHubPort,
  pull: { number: number; headSha: string },
  suggestions: readonly Suggestion[],
  isOurs: AuthorCheck,
  log: Logger,
): Promise<SuggestionsOutcome> {
  const outcome: SuggestionsOutcome = { created: 0, updated: 0, deleted: 0, kept: 0, fallback: [] };
  const wanted = suggestions.map((s) => ({
    path: s.path,
    line: s.line,
    startLine: s.startLine,
    marker: suggestionMarker(s),
    body: renderSuggestionBody(s),
    suggestion: s,
  }));
  try {
    const ours = (await port.listReviewComments(pull.number)).filter(
      (c) => isOurs(c) && c.body.includes(SUGGESTION_MARKER_PREFIX),
    );
    const changes = reconcileSuggestions(wanted, ours);
    outcome.kept = changes.kept;
    for (const id of changes.delete) {
      await ignoreMissing(() => port.deleteReviewComment(id));
      outcome.deleted++;
    }
    for (const { id, body } of changes.update) {
      await ignoreMissing(() => port.updateReviewComment(id, body));
      outcome.updated++;
    }
    if (changes.create.length === 0) return outcome;
    const create = wanted.filter((w) => changes.create.includes(w));
    try {
      await port.createReview(pull.number, {
        commitId: pull.headSha,
        body: `decision-register suggests ${create.length} change(s) that fix findings in this pull request. Each can be committed from its comment.`,
        comments: create.map((w) => ({
          path: w.path,
          line: w.line,
          ...(w.startLine < w.line ? { startLine: w.startLine } : {}),
          body: w.body,
        })),
      });
      outcome.created = create.length;
    } catch (error) {
      if (!(error instanceof GitHubError) || (error.status !== 422 && error.status !== 403)) throw error;
      log.info(`GitHub did not take the suggestions (HTTP ${error.status}); they are listed in the comment.`);
      outcome.fallback.push(...create.map((w) => w.suggestion));
    }
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    log.info(`Could not post suggestions (${error.message}); they are listed in the comment.`);
    outcome.fallback = [...suggestions];
  }
  return outcome;
}

async function ignoreMissing(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 404)) throw error;
  }
}
