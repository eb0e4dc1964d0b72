import type { ReportArtifact } from '../../check/report-artifact.js';
import { summarize } from '../../check/summarize.js';
import type { GitHubPort } from '../../github/github-port.js';
import { type AuthorCheck, upsertStickyComment } from '../../github/sticky-comment.js';
import type { Finding } from '../../model/finding.js';
import type { Summary } from '../../model/summary.js';
import { decodeSource } from '../../parse/decode-source.js';
import { markerFor } from '../../plan/comment-marker.js';
import { parseHunks } from '../../plan/fixes/diff-hunks.js';
import { planSuggestions } from '../../plan/fixes/plan-suggestions.js';
import { planCheckAnnotations } from '../../plan/review/plan-annotations.js';
import { planCheckRun } from '../../plan/review/plan-check-run.js';
import { COMMENT_MAX_CHARS, planReviewComment } from '../../plan/review/plan-review-comment.js';
import { renderFixesOutsideDiff } from '../../render/render-suggestion.js';
import type { Logger } from '../logger.js';
import { postSuggestions, type SuggestionsOutcome } from './post-suggestions.js';

/** The `workflow_run` that produced the artifact, as the trusted job's event tells it. */
export interface TriggeringRun {
  headSha: string;
  /** Filled for same-repository pull requests; EMPTY for pull requests from forks. */
  pullRequests: Array<{ number: number; headSha: string }>;
}

export interface ReportPullRequestInput {
  port: GitHubPort;
  repo: { owner: string; repo: string; serverUrl: string };
  report: ReportArtifact;
  run: TriggeringRun;
  isOurs: AuthorCheck;
  suggestions: boolean;
  failOn: 'error' | 'warning' | 'never';
  log: Logger;
}

export type ReportOutcome =
  | { ok: false; reason: string }
  | {
      ok: true;
      findings: Finding[];
      summary: Summary;
      comment: { url: string; action: 'created' | 'updated' | 'unchanged' };
      posted: SuggestionsOutcome | null;
      conclusion: 'success' | 'failure' | 'neutral';
    };

/**
 * The trusted half of the fork pattern: posts what the untrusted job found, once the pull
 * request is confirmed through the API. The artifact names a PR and a head; GitHub must agree:
 * the PR exists, is open, and its head is both the artifact's and the run's head (a run for
 * another commit, or a PR number pointed elsewhere, is refused). `pull_requests` of the run
 * is empty for forks, so the head SHA is what binds them; where it is filled it must agree
 * too. Nothing is written before all of that holds. PR files are only read as data (for the
 * lines of suggestions), never checked out or run.
 */
export async function reportPullRequest(input: ReportPullRequestInput): Promise<ReportOutcome> {
  const { port, report, run, log } = input;
  const number = report.pull.number;
  if (report.pull.headSha !== run.headSha)
    return refuse(
      `the artifact is for commit ${short(report.pull.headSha)}, the run for ${short(run.headSha)}`,
    );
  if (run.pullRequests.length > 0) {
    const listed = run.pullRequests.find((p) => p.number === number);
    if (!listed || listed.headSha !== run.headSha)
      return refuse(`pull request #${number} is not the one the run was for`);
  }
  const pull = await port.getPull(number);
  if (!pull) return refuse(`pull request #${number} does not exist`);
  if (pull.state !== 'open') return refuse(`pull request #${number} is closed`);
  if (pull.headSha !== run.headSha)
    return refuse(
      `pull request #${number} is at ${short(pull.headSha)}, not the run's ${short(run.headSha)}`,
    );

  const findings = report.findings;
  const files = [...new Set(findings.map((f) => f.file))];
  const summary = summarize(findings, []);
  summary.files = files.length;

  let posted: SuggestionsOutcome | null = null;
  let section = '';
  if (input.suggestions) {
    const changed = await port.listChangedFiles(number);
    const patches = new Map(
      changed.flatMap((f) => (f.patch === undefined ? [] : [[f.path, parseHunks(f.patch)] as const])),
    );
    const texts = new Map<string, string>();
    for (const path of files.filter((p) => findings.some((f) => f.file === p && f.fix))) {
      const bytes = await port.readFile(path, pull.headSha);
      const decoded = bytes ? decodeSource(path, bytes, 5 * 1024 * 1024) : undefined;
      if (decoded?.ok) texts.set(path, decoded.text);
    }
    const plan = planSuggestions(findings, texts, patches);
    posted = await postSuggestions(port, { number, headSha: pull.headSha }, plan.inDiff, input.isOurs, log);
    section = renderFixesOutsideDiff([...plan.outside, ...posted.fallback], texts);
  }
  const body =
    planReviewComment({
      findings,
      summary,
      repo: input.repo,
      headSha: pull.headSha,
      mentionOwners: false,
      filterMode: 'added',
      maxChars: COMMENT_MAX_CHARS - section.length,
    }) + section;
  const sticky = await upsertStickyComment(port, number, markerFor('review'), body, input.isOurs);
  // The check goes on the PR's head, where the untrusted run could not put one.
  const check = planCheckRun(findings, summary, {
    failOn: input.failOn,
    link: {
      serverUrl: input.repo.serverUrl,
      owner: input.repo.owner,
      repo: input.repo.repo,
      headSha: pull.headSha,
    },
  });
  const checkRunId = await port.createCheckRun({ name: 'Decision register', headSha: pull.headSha });
  await port.completeCheckRun(checkRunId, {
    conclusion: check.conclusion,
    title: check.title,
    summary: check.summary,
    text: check.text,
    annotations: planCheckAnnotations(findings),
  });
  return {
    ok: true,
    findings,
    summary,
    comment: { url: sticky.comment.url, action: sticky.action },
    posted,
    conclusion: check.conclusion,
  };
}

function refuse(why: string): { ok: false; reason: string } {
  return { ok: false, reason: `Refusing to report: ${why}. Nothing was posted.` };
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
