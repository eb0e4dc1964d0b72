import type { Context } from 'probot';
import {
  CHECK_RUN_NAME,
  checkPullRequest,
  reportConfigProblem,
} from '../../flows/review/check-pull-request.js';
import { appLogger } from '../app-logger.js';
import { CONFIG_FILE, CONFIG_PATH, loadAppConfig } from '../load-app-config.js';
import { currentJobAttempt, willRetry } from '../queue/job-attempt.js';
import { type EventDeps, type EventRepo, eventPort, eventRepo, ourComments, ourLogin } from './event-deps.js';

/** The pull request to review: number and the two commits compared. */
export interface PullRef {
  number: number;
  headSha: string;
  baseSha: string;
}

type ReviewContext = Pick<Context, 'octokit' | 'log' | 'config'>;

/**
 * Reviews one pull request: the config (bad → an `action_required` check run naming the key),
 * then the Action's review plus the check run. Shared by pushes and re-requested checks.
 */
export async function reviewPull(context: ReviewContext, repo: EventRepo, pull: PullRef, deps: EventDeps) {
  const log = appLogger(context.log);
  const port = eventPort(context, repo);
  const loaded = await loadAppConfig(
    () => deps.config(`${repo.owner}/${repo.repo}`, () => context.config(CONFIG_FILE)),
    deps.settings,
  );
  if (!loaded.ok) {
    log.warning(`${repo.owner}/${repo.repo} ${CONFIG_PATH}: ${loaded.problem}`);
    await reportConfigProblem(port, pull.headSha, CONFIG_PATH, loaded.problem);
    return;
  }
  const { config, settings } = loaded;
  const job = currentJobAttempt();
  await checkPullRequest({
    port,
    repo,
    pull,
    config,
    filterMode: settings.filterMode,
    failOn: settings.failOn,
    mentionOwners: settings.mentionOwners,
    today: deps.today(),
    isOurs: await ourComments(deps),
    followUps: { issuesFor: settings.issuesFor, ...(await ourLogin(deps)) },
    log,
    // On the queue, one check run per pull request and delivery however many attempts it takes.
    ...(job
      ? {
          attempt: {
            externalId: `decision-register:${job.delivery}:${pull.number}`,
            ranBefore: job.ranBefore,
            willRetry: (error: unknown) => willRetry(job, error),
          },
        }
      : {}),
  });
}

/** `pull_request` opened, synchronize, reopened, ready_for_review. */
export async function handleReview(context: Context<'pull_request'>, deps: EventDeps): Promise<void> {
  const pr = context.payload.pull_request;
  const pull = { number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha };
  await reviewPull(context, eventRepo(context.payload.repository), pull, deps);
}

/**
 * `check_run.rerequested` ("Re-run" on our check): review each pull request of the run's commit
 * again, in a new check run as GitHub asks. Other apps' and other names' runs are ignored.
 */
export async function handleRerequest(
  context: Context<'check_run.rerequested'>,
  deps: EventDeps,
): Promise<void> {
  const run = context.payload.check_run;
  const ourId = (await deps.identity())?.id ?? deps.appId;
  if (run.name !== CHECK_RUN_NAME || (ourId !== undefined && run.app?.id !== ourId)) {
    context.log.debug(`Ignoring the re-run of check "${run.name}" from app ${run.app?.id}.`);
    return;
  }
  const pulls = run.pull_requests ?? [];
  if (pulls.length === 0) {
    // GitHub lists no pull requests for a fork's head commit; the next push reviews it again.
    context.log.info(
      `Check run ${run.id} on ${run.head_sha.slice(0, 7)} names no pull request of this repository.`,
    );
    return;
  }
  const repo = eventRepo(context.payload.repository);
  for (const pr of pulls) {
    await reviewPull(context, repo, { number: pr.number, headSha: run.head_sha, baseSha: pr.base.sha }, deps);
  }
}
