import type { CheckAnnotation, GitHubPort } from '../../github/github-port.js';
import { planCheckAnnotations } from '../../plan/review/plan-annotations.js';
import { planCheckRun } from '../../plan/review/plan-check-run.js';
import type { FailOn } from '../../plan/review/verdict.js';
import { quoteUserText } from '../../text/markdown-escape.js';
import { type ReviewOutcome, type ReviewPullRequestInput, reviewPullRequest } from './review-pull-request.js';

/** The check run's name: branch protection rules require it by this name. */
export const CHECK_RUN_NAME = 'Decision register';

/** A review as the Action does it, plus the check run's pass/fail rule. */
export interface CheckPullRequestInput extends Omit<ReviewPullRequestInput, 'dryRun'> {
  failOn: FailOn;
  /** One attempt of a queued job that may be retried: one check run serves every attempt. */
  attempt?: CheckRunAttempt;
}

/** How one check run spans the attempts of a job (the app's queue). */
export interface CheckRunAttempt {
  /** The job's own reference, stored on the run as `external_id`. */
  externalId: string;
  /** The job ran before (a retry, or a worker that died mid-job): look for its open run first. */
  ranBefore: boolean;
  /** Whether the queue will try again after this error: the run then stays in progress. */
  willRetry(error: unknown): boolean;
}

/** The review's outcome and what the check run concluded. */
export interface CheckPullRequestOutcome {
  review: ReviewOutcome;
  checkRunId: number;
  conclusion: 'success' | 'failure' | 'neutral';
  /** Annotations sent (every finding; the port batches them by 50). */
  annotations: number;
}

/**
 * The app's pull request check: the Action's review (same findings, filter mode and sticky
 * comment) reported as a check run named "Decision register" with one annotation per finding.
 * The run is created first so the pull request shows it in progress; when the review throws,
 * the run is closed as neutral (never left spinning) and the error goes on to the caller, unless
 * the queue will retry: then it stays in progress and the next attempt completes it.
 */
export async function checkPullRequest(input: CheckPullRequestInput): Promise<CheckPullRequestOutcome> {
  const { port, pull, repo, attempt } = input;
  const checkRunId = await openCheckRun(port, pull.headSha, attempt);
  let review: ReviewOutcome;
  try {
    review = await reviewPullRequest({ ...input, dryRun: false });
  } catch (error) {
    if (attempt?.willRetry(error)) await markRetrying(port, checkRunId, error);
    else await closeAsFailed(port, checkRunId, error);
    throw error;
  }
  const plan = planCheckRun(review.findings, review.summary, {
    failOn: input.failOn,
    link: { serverUrl: repo.serverUrl, owner: repo.owner, repo: repo.repo, headSha: pull.headSha },
    filterMode: input.filterMode,
  });
  const annotations: CheckAnnotation[] = planCheckAnnotations(review.findings);
  await port.completeCheckRun(checkRunId, {
    conclusion: plan.conclusion,
    title: plan.title,
    summary: plan.summary,
    text: plan.text,
    annotations,
  });
  if (review.commentError)
    input.log.warning(`Could not write the pull request comment: ${review.commentError}`);
  input.log.info(
    `Check run ${checkRunId}: ${plan.conclusion} (${plan.title}), ${annotations.length} annotation(s).`,
  );
  return { review, checkRunId, conclusion: plan.conclusion, annotations: annotations.length };
}

/** The earlier attempt's run when the job ran before and left one open, else a new run. */
async function openCheckRun(port: GitHubPort, headSha: string, attempt?: CheckRunAttempt): Promise<number> {
  if (attempt?.ranBefore) {
    const open = await port.findOpenCheckRun(headSha, CHECK_RUN_NAME, attempt.externalId);
    if (open !== undefined) return open;
  }
  return port.createCheckRun({
    name: CHECK_RUN_NAME,
    headSha,
    ...(attempt ? { externalId: attempt.externalId } : {}),
  });
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** An attempt failed and the queue tries again: the run says so and stays in progress. */
async function markRetrying(port: GitHubPort, id: number, error: unknown): Promise<void> {
  try {
    await port.updateCheckRunProgress(id, {
      title: 'Retrying after an error',
      summary: `An attempt stopped with: ${firstLine(error)}\n\nIt is tried again shortly; this check updates then.\n`,
    });
  } catch {
    // The original error is the one worth reporting.
  }
}

async function closeAsFailed(port: GitHubPort, id: number, error: unknown): Promise<void> {
  const reason = firstLine(error);
  try {
    await port.completeCheckRun(id, {
      conclusion: 'neutral',
      title: 'The review could not finish',
      summary: `decision-register stopped with: ${reason}\n\nRe-run this check to try again.\n`,
      annotations: [],
    });
  } catch {
    // The original error is the one worth reporting.
  }
}

/**
 * A config that does not validate: a check run concluding `action_required` whose summary names
 * the offending key, so the author sees what to fix instead of a silent pass.
 */
export async function reportConfigProblem(
  port: GitHubPort,
  headSha: string,
  configPath: string,
  problem: string,
): Promise<number> {
  const id = await port.createCheckRun({ name: CHECK_RUN_NAME, headSha });
  await port.completeCheckRun(id, {
    conclusion: 'action_required',
    title: 'Invalid decision-register config',
    summary: [
      `The config \`${configPath}\` is not valid, so nothing was reviewed:`,
      '',
      `> ${quoteUserText(problem)}`,
      '',
      'Fix it on the default branch (or in the organisation’s `.github` repository it extends), then re-run this check.',
      '',
    ].join('\n'),
    annotations: [],
  });
  return id;
}
