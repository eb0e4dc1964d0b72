import type { Config } from '../../config/config.js';
import { GitHubError, type GitHubPort, type Issue } from '../../github/github-port.js';
import { type AuthorCheck, upsertStickyComment } from '../../github/sticky-comment.js';
import { markerFor } from '../../plan/comment-marker.js';
import { type FollowUpDraft, type IssuesFor, planFollowUps } from '../../plan/follow-ups/plan-follow-ups.js';
import { planFollowUpsComment } from '../../plan/follow-ups/plan-follow-ups-comment.js';
import { planReconcile, type ReconcilePlan } from '../../plan/follow-ups/plan-reconcile.js';
import { type Logger, silentLogger } from '../logger.js';
import { missingTrackingKeys, syncPlanning, wantsPlanning } from '../planning/sync-planning.js';
import { applySteps, toFollowUp } from './apply-reconcile-steps.js';
import { byMarker, findOurIssues, type ToolIdentity } from './find-our-issues.js';
import type { Claim, FollowUpsOutcome } from './follow-ups-outcome.js';
import { readMergedRegisters } from './read-merged-registers.js';

export type { Claim, FailedFollowUp, FollowUpIssue, FollowUpsOutcome } from './follow-ups-outcome.js';

export interface OpenFollowUpsInput {
  port: GitHubPort;
  repo: { owner: string; repo: string; serverUrl: string };
  /** The merge: its pull request (for listing files and the link-back comment) or a push's range. */
  merge: { pull?: number; sha: string; before?: string };
  config: Config;
  issuesFor: IssuesFor;
  labels: string[];
  maxIssues: number;
  dryRun: boolean;
  isOurs: AuthorCheck;
  /** The tool's own login, when known: its issues are listed by `creator`. */
  login?: string;
  log: Logger;
  /**
   * Claims the right to create the issues for some keys: the keys not granted are being created
   * by another run or replica. Absent: no concurrent run is expected.
   */
  claim?: (keys: string[]) => Promise<Claim>;
  /**
   * Runs the link-back comment's list-then-write with no other run doing the same (the app's
   * shared lock): with throttled writes, two runs' list and create can be seconds apart.
   * Absent: at once, and the sticky comment's own dedupe settles a race.
   */
  inTurn?: <T>(key: string, work: () => Promise<T>) => Promise<T>;
}

/**
 * Reconciles the follow-up issues with the registers a merge or push changed, exactly once
 * however often it re-runs:
 * 1. read the changed registers after (and before) the change and draft every item;
 * 2. list the tool's own issues once (by author, all states, no Search API; never by label, which
 *    may be missing) and plan what to open, update, close or reopen (`planReconcile`, pure);
 * 3. claim the steps, re-plan from a fresh listing, and carry them out one by one — assigning
 *    only assignable owners, re-listing before retrying a create whose outcome is unknown; one
 *    item's failure never stops the others;
 * 4. keep one link-back comment on the merged pull request listing every follow-up issue.
 */
export async function openFollowUps(input: OpenFollowUpsInput): Promise<FollowUpsOutcome> {
  const { port, log, merge } = input;

  // 1. Drafts: every item of the changed registers, after and before the change.
  const read = await readMergedRegisters(port, merge, input.config);
  const draftsOf = (registers: typeof read.changed) =>
    planFollowUps({
      registers,
      decisions: read.decisions,
      issuesFor: input.issuesFor,
      config: input.config,
      repo: input.repo,
      sha: merge.sha,
      allStates: true,
      ...(merge.pull ? { pull: merge.pull } : {}),
    });
  const all = draftsOf(read.changed);
  const before = draftsOf(read.before);
  const drafts = all.filter((d) => d.state === 'open');
  const outcome: FollowUpsOutcome = { ...emptyOutcome(), drafts };
  if (all.length === 0 && before.length === 0) {
    log.info('The merged registers record no follow-up outputs or next actions.');
    return outcome;
  }

  // 2. What exists: the tool's own issues, listed once; the plan says what to change.
  const identity: ToolIdentity = { isOurs: input.isOurs, ...(input.login ? { login: input.login } : {}) };
  const markers = [...all, ...before].map((d) => d.marker);
  const commit = {
    sha: merge.sha,
    url: `${input.repo.serverUrl}/${input.repo.owner}/${input.repo.repo}/commit/${merge.sha}`,
  };
  let listing: Issue[] = [];
  const planNow = async (quiet: boolean) => {
    listing = await findOurIssues(port, identity, quiet ? silentLogger : log, markers);
    return planReconcile({ drafts: all, before, issues: listing, commit });
  };
  let plan = await planNow(false);
  for (const problem of plan.problems) log.warning(problem);
  report(outcome, plan);
  const opens = plan.steps.filter((s) => s.kind === 'open');
  if (opens.length > input.maxIssues) return { ...outcome, overCap: opens.map((s) => s.draft) };
  if (input.dryRun) return { ...outcome, wouldCreate: opens.map((s) => s.draft), planned: plan.steps };
  // Planning (tracking issues, sub-issues, dependencies, project): a missing tracking issue is
  // claimed like an item, so one run creates it.
  const planningOn = wantsPlanning(input.config);
  const trackingKeys = planningOn ? missingTrackingKeys(input.config, all, listing) : [];
  const labelsOnce = () => usableLabels(port, input.labels, log);
  const planFeatures = async (labels: string[], granted?: ReadonlySet<string>) => {
    if (!planningOn) return;
    outcome.planning = await syncPlanning({
      port,
      repo: input.repo,
      config: input.config,
      drafts: all,
      decisions: read.decisions,
      outcome,
      issues: listing,
      labels,
      isOurs: input.isOurs,
      log,
      ...(granted ? { granted } : {}),
      relist: () => findOurIssues(port, identity, silentLogger),
    });
  };
  if (plan.steps.length === 0 && trackingKeys.length === 0) {
    await planFeatures(input.labels);
    return linkBack(input, outcome);
  }

  // 3. Claim the steps, re-plan from a fresh listing (another run may have finished meanwhile),
  //    then carry out what was granted, each step on its own.
  const labels = await labelsOnce();
  const claim = input.claim
    ? await input.claim([...plan.steps.map((s) => s.key), ...trackingKeys])
    : undefined;
  try {
    if (claim) {
      plan = await planNow(true);
      Object.assign(outcome, emptyOutcome(), { drafts });
      report(outcome, plan);
    }
    const steps = plan.steps.filter((step) => {
      if (!claim || claim.granted.has(step.key)) return true;
      outcome.claimedElsewhere.push(step.key);
      return false;
    });
    const relist = async (draft: FollowUpDraft) =>
      byMarker(await findOurIssues(port, identity, silentLogger), new Map([[draft.key, draft.marker]])).get(
        draft.key,
      );
    await applySteps(steps, {
      port,
      isOurs: input.isOurs,
      labels,
      log,
      relist,
      outcome,
      renew: () => claim?.renew?.(),
    });
    await planFeatures(labels, claim?.granted);
  } finally {
    await claim?.release();
  }
  if (outcome.claimedElsewhere.length > 0) {
    log.info(
      `${outcome.claimedElsewhere.length} item(s) are being handled by a concurrent run, which also links them back.`,
    );
    return outcome;
  }
  return linkBack(input, outcome);
}

function emptyOutcome(): FollowUpsOutcome {
  return {
    drafts: [],
    created: [],
    existing: [],
    updated: [],
    closed: [],
    reopened: [],
    claimedElsewhere: [],
    failed: [],
  };
}

/** Items already as the register says count as tracked. */
function report(outcome: FollowUpsOutcome, plan: ReconcilePlan): void {
  for (const { draft, issue } of plan.inSync) outcome.existing.push(toFollowUp(draft, issue));
}

/** 4. Keep one comment on the merged pull request listing every follow-up issue. */
async function linkBack(input: OpenFollowUpsInput, outcome: FollowUpsOutcome): Promise<FollowUpsOutcome> {
  const { port, merge, log } = input;
  if (merge.pull !== undefined) {
    const listed = [
      ...outcome.created,
      ...outcome.existing,
      ...outcome.updated,
      ...outcome.reopened,
      ...outcome.closed,
    ];
    const body = planFollowUpsComment(listed, listed.length + outcome.failed.length);
    const pull = merge.pull;
    const write = () => upsertStickyComment(port, pull, markerFor('followups'), body, input.isOurs);
    try {
      const sticky = await (input.inTurn ? input.inTurn(`link-back:#${pull}`, write) : write());
      outcome.commentUrl = sticky.comment.url;
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 403)) throw error;
      log.warning('Could not comment on the merged pull request (403): grant pull-requests: write.');
    }
  }
  return outcome;
}

/** Labels that exist or could be created; a 403 on creating one drops it with a warning. */
async function usableLabels(port: GitHubPort, labels: string[], log: Logger): Promise<string[]> {
  const usable: string[] = [];
  for (const label of labels) {
    if (await port.ensureLabel(label)) usable.push(label);
    else
      log.warning(
        `Label "${label}" is missing and creating it is forbidden (403); issues are opened without it.`,
      );
  }
  return usable;
}
