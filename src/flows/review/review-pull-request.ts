import { checkParsed, sourcesOf } from '../../check/check-files.js';
import { diffRegisters } from '../../check/diff-registers.js';
import { type FilterMode, filterFindings } from '../../check/filter-findings.js';
import { prepareCheck } from '../../check/prepare-check.js';
import { summarize } from '../../check/summarize.js';
import { withSeverities } from '../../check/with-severities.js';
import type { Config } from '../../config/config.js';
import { type Comment, GitHubError, type GitHubPort } from '../../github/github-port.js';
import { type AuthorCheck, updateStickyComment, upsertStickyComment } from '../../github/sticky-comment.js';
import type { Finding } from '../../model/finding.js';
import { compareFindings } from '../../model/finding.js';
import type { Register } from '../../model/register.js';
import type { Summary } from '../../model/summary.js';
import { markerFor } from '../../plan/comment-marker.js';
import { parseHunks } from '../../plan/fixes/diff-hunks.js';
import { planSuggestions, type SuggestionPlan } from '../../plan/fixes/plan-suggestions.js';
import type { IssuesFor } from '../../plan/follow-ups/plan-follow-ups.js';
import { COMMENT_MAX_CHARS, planReviewComment } from '../../plan/review/plan-review-comment.js';
import { renderFixesOutsideDiff } from '../../render/render-suggestion.js';
import type { Logger } from '../logger.js';
import { previewMerge } from '../planning/preview-merge.js';
import { loadPullRegisters } from './load-pull-registers.js';
import { ownerMentions } from './owner-mentions.js';
import { postSuggestions, type SuggestionsOutcome } from './post-suggestions.js';

export interface ReviewPullRequestInput {
  port: GitHubPort;
  repo: { owner: string; repo: string; serverUrl: string };
  pull: { number: number; headSha: string; baseSha: string };
  config: Config;
  filterMode: FilterMode;
  today: string;
  mentionOwners: boolean;
  /** Plan everything, post nothing. */
  dryRun: boolean;
  isOurs: AuthorCheck;
  log: Logger;
  /** Offer fixes as suggested changes on the diff (default true). */
  suggestions?: boolean;
  /** List in the comment what the merge will do to follow-up issues (absent: no preview). */
  followUps?: { issuesFor: IssuesFor; login?: string };
}

export interface ReviewOutcome {
  /** Findings for this pull request, after the filter mode. */
  findings: Finding[];
  summary: Summary;
  /** Registers reported on (the changed ones, or all with `nofilter`). */
  registers: Register[];
  commentBody: string;
  comment: { url: string; action: 'created' | 'updated' | 'unchanged' } | null;
  /** Fixes offered on the diff and listed in the comment (none when suggestions are off). */
  suggestions: SuggestionPlan;
  /** What posting the suggestions did; null when nothing was posted. */
  posted: SuggestionsOutcome | null;
  /** Why no comment was written, when none was. */
  commentSkipped?: 'dry-run' | 'forbidden' | 'no-registers' | 'failed';
  /** What went wrong writing the comment (GitHub's answer, a network failure), when it failed. */
  commentError?: string;
}

/** The recipe shown when a read-only token (a fork's pull request) cannot comment. */
export const READ_ONLY_NOTICE =
  'decision-register could not comment: the token is read-only ("Resource not accessible by integration"). ' +
  'This is normal for pull requests from forks. Findings are still in the annotations and the job summary. ' +
  'To comment on fork pull requests, run the workflow on `pull_request_target` (the registers are only read ' +
  'through the API, never checked out or executed) and grant `pull-requests: write`.';

/** Comments that carry our marker but were written by someone else: named, and left alone. */
export function foreignNote(comments: Comment[]): string {
  const who = comments.map((c) => `${c.id} by ${c.author ?? 'an unknown author'}`).join(', ');
  return `Ignored ${comments.length} foreign comment(s) carrying decision-register's marker (${who}): only comments decision-register wrote are edited.`;
}

/**
 * Reviews the registers a pull request changes and keeps its one sticky comment current:
 * 1. read the changed registers at head and base (and others only for cross-file ids);
 * 2. check the head, compare base → head;
 * 3. keep the findings the filter mode asks for;
 * 4. create or update the comment (an all-clear once everything is fixed). A comment GitHub refuses
 *    or never answers for is reported in `commentError`, never thrown: the findings still count.
 */
export async function reviewPullRequest(input: ReviewPullRequestInput): Promise<ReviewOutcome> {
  const { port, config, pull, log } = input;

  // 1. Registers.
  const loaded = await loadPullRegisters(port, pull, config, {
    allRegisters: input.filterMode === 'nofilter',
  });
  log.info(
    `${loaded.changedPaths.size} changed register(s); ${loaded.context.registers.length} other register(s) read for cross-file ids.`,
  );

  // 2. Check and compare.
  const all = {
    registers: [...loaded.head.registers, ...loaded.context.registers],
    parseFindings: [...loaded.head.parseFindings, ...loaded.context.parseFindings],
    contents: new Map([...(loaded.context.contents ?? []), ...(loaded.head.contents ?? [])]),
  };
  const targets = input.filterMode === 'nofilter' ? undefined : loaded.changedPaths;
  await prepareCheck(targets ? all.registers.filter((r) => targets.has(r.file)) : all.registers, config);
  const checked = checkParsed(all, config, input.today, targets);
  const diff = diffRegisters(loaded.base.registers, loaded.head.registers);

  // 3. Filter.
  const merged = [...checked.findings, ...withSeverities(diff.findings, config)].sort(compareFindings);
  const findings = filterFindings(merged, input.filterMode, {
    changedFiles: loaded.changedPaths,
    changedItems: diff.changedItems,
    changedReviews: diff.changedReviews,
    changedProse: diff.changedProse,
  });
  const summary = summarize(findings, checked.registers);

  // 4. Suggested changes: fixes on the diff's lines as one review, the rest for the comment.
  const touchesRegisters = loaded.changedPaths.size > 0 || loaded.base.registers.length > 0;
  const sources = sourcesOf(all, config);
  const texts = new Map<string, string>();
  for (const path of loaded.changedPaths) {
    const text = sources(path)?.text;
    if (text !== undefined) texts.set(path, text);
  }
  const suggestions: SuggestionPlan =
    input.suggestions === false
      ? { inDiff: [], outside: [] }
      : planSuggestions(
          findings,
          texts,
          new Map([...loaded.patches].map(([path, patch]) => [path, parseHunks(patch)])),
        );
  let posted: SuggestionsOutcome | null = null;
  // Also when the PR no longer touches registers: earlier suggestions must then go.
  if (!input.dryRun && input.suggestions !== false) {
    posted = await postSuggestions(port, pull, suggestions.inDiff, input.isOurs, log);
    if (posted.created + posted.updated + posted.deleted > 0)
      log.info(
        `Suggestions: ${posted.created} created, ${posted.updated} updated, ${posted.deleted} removed, ${posted.kept} unchanged.`,
      );
  }
  const fixesSection = renderFixesOutsideDiff([...suggestions.outside, ...(posted?.fallback ?? [])], texts);
  const preview =
    input.followUps && touchesRegisters
      ? await previewMerge({
          port,
          repo: input.repo,
          pull,
          config,
          head: loaded.head.registers,
          base: loaded.base.registers,
          issuesFor: input.followUps.issuesFor,
          isOurs: input.isOurs,
          ...(input.followUps.login ? { login: input.followUps.login } : {}),
          log,
        })
      : '';

  // 5. Comment.
  const commentBody =
    planReviewComment({
      findings,
      summary,
      repo: input.repo,
      headSha: pull.headSha,
      mentionOwners: input.mentionOwners,
      owners: input.mentionOwners ? ownerMentions(checked.registers, config) : undefined,
      filterMode: input.filterMode,
      maxChars: COMMENT_MAX_CHARS - fixesSection.length - preview.length,
    }) +
    preview +
    fixesSection;
  const outcome: ReviewOutcome = {
    findings,
    summary,
    registers: checked.registers,
    commentBody,
    comment: null,
    suggestions,
    posted,
  };
  if (input.dryRun) return { ...outcome, commentSkipped: 'dry-run' };
  // A PR that no longer touches registers gets no new comment, but an earlier one turns all-clear.
  const write = touchesRegisters ? upsertStickyComment : updateStickyComment;
  try {
    const sticky = await write(port, pull.number, markerFor('review'), commentBody, input.isOurs, {
      onForeign: (comments) => log.warning(foreignNote(comments)),
    });
    if (!sticky) return { ...outcome, commentSkipped: 'no-registers' };
    if (sticky.deduplicated > 0)
      log.info(`Removed ${sticky.deduplicated} duplicate comment(s) from a concurrent run.`);
    return { ...outcome, comment: { url: sticky.comment.url, action: sticky.action } };
  } catch (error) {
    if (error instanceof GitHubError && error.status === 403) {
      log.notice(READ_ONLY_NOTICE);
      return { ...outcome, commentSkipped: 'forbidden' };
    }
    // The findings must not be lost with the comment: the shells still annotate and summarise.
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
    return { ...outcome, commentSkipped: 'failed', commentError: reason };
  }
}
