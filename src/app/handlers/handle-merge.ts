import type { Context } from 'probot';
import { openFollowUps } from '../../flows/follow-ups/open-follow-ups.js';
import { inTurn } from '../../github/key-turn.js';
import { planFollowUpsSummary } from '../../plan/follow-ups/plan-follow-ups-summary.js';
import { CHECK_OUTPUT_MAX_CHARS } from '../../plan/review/plan-check-run.js';
import { appLogger } from '../app-logger.js';
import { CONFIG_FILE, CONFIG_PATH, loadAppConfig } from '../load-app-config.js';
import { type EventDeps, eventPort, eventRepo, ourComments, ourLogin } from './event-deps.js';
import { writeBackForApp } from './handle-issue.js';

/** Names the check run that reports a follow-up run (held back, or what was done) on the commit. */
export const FOLLOW_UPS_CHECK_NAME = 'Decision register follow-ups';

/**
 * `pull_request.closed`: when merged, the follow-up issues reconciled with the merged registers,
 * exactly once. Concurrent deliveries (replicas, redeliveries that slipped past the dedupe) claim
 * each item key through the lock; keys another holder has are left to it.
 */
export async function handleMerge(context: Context<'pull_request.closed'>, deps: EventDeps): Promise<void> {
  const pr = context.payload.pull_request;
  if (!pr.merged || !pr.merge_commit_sha) {
    context.log.info(`Pull request #${pr.number} was closed without merging: no follow-ups.`);
    return;
  }
  await reconcileForApp(
    context,
    deps,
    { pull: pr.number, sha: pr.merge_commit_sha, before: pr.base.sha },
    `#${pr.number}`,
  );
}

/**
 * `push` to the default branch: the same reconcile over the registers the push changed (a merge
 * delivers both events; the item claims and the tool's own issue listing make that harmless).
 */
export async function handlePush(context: Context<'push'>, deps: EventDeps): Promise<void> {
  const { payload } = context;
  const defaultRef = `refs/heads/${payload.repository.default_branch}`;
  if (payload.ref !== defaultRef || payload.deleted || /^0+$/.test(payload.after)) {
    context.log.info(`Push to ${payload.ref}: not the default branch, no follow-ups.`);
    return;
  }
  const before = /^0+$/.test(payload.before) ? undefined : payload.before;
  await reconcileForApp(
    context,
    deps,
    { sha: payload.after, ...(before ? { before } : {}) },
    `push ${payload.after.slice(0, 7)}`,
  );
}

async function reconcileForApp(
  context: Context<'pull_request.closed'> | Context<'push'>,
  deps: EventDeps,
  merge: { pull?: number; sha: string; before?: string },
  what: string,
): Promise<void> {
  const log = appLogger(context.log);
  const repo = eventRepo(context.payload.repository as Parameters<typeof eventRepo>[0]);
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
    merge,
    config,
    issuesFor: settings.issuesFor,
    labels: settings.labels,
    maxIssues: settings.maxIssues,
    dryRun: false,
    isOurs: await ourComments(deps),
    ...(await ourLogin(deps)),
    log,
    claim: (keys) => deps.lock.claim(scope, keys),
    inTurn: (key, work) => inTurn(deps.lock, scope, key, work),
  });
  const summary = () =>
    // A very long list is cut rather than refused by the Checks API (422).
    planFollowUpsSummary(outcome, { maxIssues: settings.maxIssues }).slice(0, CHECK_OUTPUT_MAX_CHARS);
  if (outcome.overCap) {
    log.warning(
      `${what}: ${outcome.overCap.length} follow-up issues are missing, more than max-issues (${settings.maxIssues}); none were created.`,
    );
    // No job can fail here: an action_required check run on the commit lists the items.
    const id = await port.createCheckRun({ name: FOLLOW_UPS_CHECK_NAME, headSha: merge.sha });
    await port.completeCheckRun(id, {
      conclusion: 'action_required',
      title: `${outcome.overCap.length} follow-up issues held back (max-issues ${settings.maxIssues})`,
      summary: summary(),
      annotations: [],
    });
    return;
  }
  const done = [outcome.created, outcome.updated, outcome.closed, outcome.reopened].map((l) => l.length);
  log.info(
    `${what}: follow-up issues ${done[0]} opened, ${done[1]} updated, ${done[2]} closed, ${done[3]} reopened, ${outcome.existing.length} already as the register says` +
      (outcome.claimedElsewhere.length > 0 ? `, ${outcome.claimedElsewhere.length} handled elsewhere.` : '.'),
  );
  if (done.some((n) => n > 0) || outcome.failed.length > 0) {
    // The check run on the commit lists what was done, with links.
    const id = await port.createCheckRun({ name: FOLLOW_UPS_CHECK_NAME, headSha: merge.sha });
    await port.completeCheckRun(id, {
      conclusion: outcome.failed.length > 0 ? 'failure' : 'success',
      title: `Follow-up issues: ${done[0]} opened, ${done[1]} updated, ${done[2]} closed, ${done[3]} reopened`,
      summary: summary(),
      annotations: [],
    });
  }
  if (outcome.created.length > 0 && config.write_back !== 'off')
    await writeBackForApp(port, repo, config, settings.issuesFor, deps, log);
  if (outcome.failed.length > 0) {
    // The delivery fails, so a redelivery retries exactly the failed items.
    throw new Error(
      `${what}: ${outcome.failed.length} follow-up issue(s) could not be handled: ${outcome.failed.map((f) => `${f.key} (${f.reason})`).join('; ')}`,
    );
  }
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
