import type { Config } from '../../config/config.js';
import { GitHubError, type GitHubPort, type PullSummary } from '../../github/github-port.js';
import { type FollowUpDraft, type IssuesFor, planFollowUps } from '../../plan/follow-ups/plan-follow-ups.js';
import {
  planSyncPull,
  SYNC_BRANCH,
  SYNC_COMMIT_MARKER,
  SYNC_PULL_TITLE,
} from '../../plan/write-back/plan-sync-pull.js';
import { planWriteBack, type WriteBackPlan } from '../../plan/write-back/plan-write-back.js';
import { findOurIssues, type ToolIdentity } from '../follow-ups/find-our-issues.js';
import { type Logger, silentLogger } from '../logger.js';
import { readDefaultRegisters } from './read-default-registers.js';

export interface SyncRegisterInput {
  port: GitHubPort;
  repo: { owner: string; repo: string; serverUrl: string };
  config: Config;
  issuesFor: IssuesFor;
  identity: ToolIdentity;
  log: Logger;
}

export interface SyncOutcome {
  /** The sync pull request after the run, when there is one of ours open. */
  pull?: { number: number; url: string; created: boolean };
  plan?: WriteBackPlan;
  /** Why nothing was written, when nothing was. */
  skipped?: string;
}

/** Rounds of "write, then look again" before a run leaves the rest to the next event. */
const MAX_ROUNDS = 3;

/**
 * Issues → register: one pull request from the tool's own branch `decision-register/sync` that
 * sets the status of items whose issue was closed or reopened and writes back issue numbers.
 * 1. read every register at the default branch's head and list the tool's issues once;
 * 2. plan the files (`planWriteBack`, pure: the same inputs give the same files);
 * 3. rebuild the branch as one commit on the default branch (never pushed to it; a person's
 *    commit on the branch is never overwritten) and keep one open pull request of ours from it;
 * 4. list the issues again: when a concurrent run wrote an older picture, write again.
 * At most one sync pull request however runs interleave: GitHub refuses a second open one from
 * the same head (422), which is answered by updating the one there.
 */
export async function syncRegisterPull(input: SyncRegisterInput): Promise<SyncOutcome> {
  const { port, log, identity } = input;
  if (input.config.write_back === 'off') return { skipped: 'write_back is off' };
  const head = await port.getDefaultBranch();
  const read = await readDefaultRegisters(port, head.sha, input.config);
  const drafts: FollowUpDraft[] = planFollowUps({
    registers: read.registers,
    decisions: read.registers.flatMap((r) => r.decisions),
    issuesFor: input.issuesFor,
    config: input.config,
    repo: input.repo,
    sha: head.sha,
    allStates: true,
  });
  if (drafts.length === 0) return { skipped: 'the registers record no follow-up items' };
  const markers = drafts.map((d) => d.marker);
  const planNow = async (quiet: boolean) =>
    planWriteBack({
      files: read.files,
      registers: read.registers,
      drafts,
      issues: await findOurIssues(port, identity, quiet ? silentLogger : log, markers),
    });

  let plan = await planNow(false);
  for (const p of plan.problems) log.warning(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  let outcome: SyncOutcome = { plan };
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    outcome = await writePull(input, head, plan);
    if (outcome.skipped) return outcome;
    const again = await planNow(true);
    if (sameFiles(again, plan)) break;
    plan = again;
  }
  return outcome;
}

async function writePull(
  input: SyncRegisterInput,
  head: { name: string; sha: string },
  plan: WriteBackPlan,
): Promise<SyncOutcome> {
  const { port, log, identity } = input;
  const open = (await port.listPullsFrom(SYNC_BRANCH)).filter((p) => p.baseRef === head.name);
  let ours = open.find((p) => identity.isOurs(p));
  if (plan.files.length === 0 && !ours)
    return { plan, skipped: 'the register already says what the issues say' };

  const { body, message } = planSyncPull(plan);
  // With nothing left to change, the branch is reset to the default branch and our pull closed.
  const files = plan.files.map((f) => ({ path: f.path, content: f.text }));
  const branch = await port.rebuildBranch(SYNC_BRANCH, head.sha, message, files, SYNC_COMMIT_MARKER);
  if (branch.outcome === 'foreign') {
    log.warning(
      `${SYNC_BRANCH} has a commit this tool did not make; it is left as it is (nothing typed there is overwritten). Merge or delete that branch to resume the write-back.`,
    );
    return { plan, skipped: 'the sync branch has someone else’s commit' };
  }
  if (plan.files.length === 0 && ours) {
    await port.updatePull(ours.number, { body, state: 'closed' });
    log.info(`Closed #${ours.number}: the register already says what the issues say.`);
    return { plan };
  }
  if (ours) return { plan, pull: await keepCurrent(port, ours, body, false) };
  try {
    const created = await port.createPull({
      title: SYNC_PULL_TITLE,
      body,
      head: SYNC_BRANCH,
      base: head.name,
    });
    log.info(`Opened ${created.url} writing back ${plan.changes.length} item(s).`);
    return { plan, pull: { number: created.number, url: created.url, created: true } };
  } catch (error) {
    // 422: one is open already (a concurrent run, or a lost answer retried); 5xx: maybe made.
    if (!(error instanceof GitHubError) || (error.status !== 422 && error.status < 500)) throw error;
    const listed = await port.listPullsFrom(SYNC_BRANCH);
    ours = listed.find((p) => p.baseRef === head.name && identity.isOurs(p));
    if (ours) return { plan, pull: await keepCurrent(port, ours, body, false) };
    if (listed.length > 0) {
      log.warning(
        `#${listed[0]?.number} from ${SYNC_BRANCH} was opened by someone else; it is left alone and carries the write-back.`,
      );
      return { plan, skipped: 'a pull request from the sync branch is someone else’s' };
    }
    throw error;
  }
}

/** Updates the body of our open sync pull request when it says something else. */
async function keepCurrent(
  port: GitHubPort,
  pull: PullSummary,
  body: string,
  created: boolean,
): Promise<NonNullable<SyncOutcome['pull']>> {
  if (pull.body !== body || pull.title !== SYNC_PULL_TITLE)
    await port.updatePull(pull.number, { title: SYNC_PULL_TITLE, body });
  return { number: pull.number, url: pull.url, created };
}

function sameFiles(a: WriteBackPlan, b: WriteBackPlan): boolean {
  const text = (plan: WriteBackPlan) => JSON.stringify(plan.files.map((f) => [f.path, f.text]));
  return text(a) === text(b);
}
