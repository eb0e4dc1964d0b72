import type { Context } from 'probot';
import { openFollowUps } from '../flows/open-follow-ups.js';
import { CHECK_OUTPUT_MAX_CHARS } from '../plan/plan-check-run.js';
import { planFollowUpsSummary } from '../plan/plan-follow-ups-summary.js';
import { appLogger } from './app-logger.js';
import { type EventDeps, eventPort, eventRepo, ourComments } from './event-deps.js';
import { CONFIG_FILE, CONFIG_PATH, loadAppConfig } from './load-app-config.js';

/** Names the check run that reports a refused follow-up batch on the merge commit. */
export const FOLLOW_UPS_CHECK_NAME = 'Decision register follow-ups';

/**
 * `pull_request.closed`: when merged, the Action's follow-up issues, exactly once. Concurrent
 * deliveries (replicas, redeliveries that slipped past the dedupe) claim each item key through
 * the lock; keys another holder has are left to it. Over `max-issues` nothing is created and an
 * `action_required` check run on the merge commit lists the items, since no job can fail here.
 */
export async function handleMerge(context: Context<'pull_request.closed'>, deps: EventDeps): Promise<void> {
  const pr = context.payload.pull_request;
  if (!pr.merged || !pr.merge_commit_sha) {
    context.log.info(`Pull request #${pr.number} was closed without merging: no follow-ups.`);
    return;
  }
  const log = appLogger(context.log);
  const repo = eventRepo(context.payload.repository);
  const loaded = await loadAppConfig(
    () => deps.config(`${repo.owner}/${repo.repo}`, () => context.config(CONFIG_FILE)),
    deps.settings,
  );
  if (!loaded.ok) {
    log.warning(`${repo.owner}/${repo.repo} ${CONFIG_PATH}: ${loaded.problem}; no follow-up issues opened.`);
    return;
  }
  const { config, settings } = loaded;
  const port = eventPort(context, repo);
  const scope = `${repo.owner}/${repo.repo}`;
  const outcome = await openFollowUps({
    port,
    repo,
    merge: { pull: pr.number, sha: pr.merge_commit_sha },
    config,
    issuesFor: settings.issuesFor,
    labels: settings.labels,
    maxIssues: settings.maxIssues,
    dryRun: false,
    isOurs: await ourComments(deps),
    log,
    claim: (keys) => deps.lock.claim(scope, keys),
  });
  if (outcome.overCap) {
    log.warning(
      `#${pr.number}: ${outcome.overCap.length} follow-up issues are missing, more than max-issues (${settings.maxIssues}); none were created.`,
    );
    const id = await port.createCheckRun({ name: FOLLOW_UPS_CHECK_NAME, headSha: pr.merge_commit_sha });
    await port.completeCheckRun(id, {
      conclusion: 'action_required',
      title: `${outcome.overCap.length} follow-up issues held back (max-issues ${settings.maxIssues})`,
      // A very long list is cut rather than refused by the Checks API (422).
      summary: planFollowUpsSummary(outcome, { maxIssues: settings.maxIssues }).slice(
        0,
        CHECK_OUTPUT_MAX_CHARS,
      ),
      annotations: [],
    });
    return;
  }
  log.info(
    `#${pr.number}: ${outcome.created.length} follow-up issue(s) opened, ${outcome.existing.length} already tracked` +
      (outcome.claimedElsewhere.length > 0
        ? `, ${outcome.claimedElsewhere.length} being opened elsewhere.`
        : '.'),
  );
  if (outcome.claimedElsewhere.length > 0 && deps.retryHeldItems) {
    // Another holder may finish them, or may have died holding their lease: either way the job
    // is tried again (queue backoff) until every item is seen tracked.
    throw new ItemsHeldElsewhere(outcome.claimedElsewhere.length);
  }
}

/** Some items were claimed by another run: a retryable failure, so none is left unopened. */
export class ItemsHeldElsewhere extends Error {
  override name = 'ItemsHeldElsewhere';
  constructor(readonly count: number) {
    super(`${count} follow-up item(s) are claimed by another run; checking again later`);
  }
}
