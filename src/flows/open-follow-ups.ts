import type { Config } from '../config/config.js';
import { GitHubError, type GitHubPort, type Issue } from '../github/github-port.js';
import { type AuthorCheck, upsertStickyComment } from '../github/sticky-comment.js';
import { markerFor } from '../plan/comment-marker.js';
import {
  type FollowUpDraft,
  type IssuesFor,
  planFollowUps,
  renderFollowUpBody,
} from '../plan/plan-follow-ups.js';
import { planFollowUpsComment } from '../plan/plan-follow-ups-comment.js';
import { byMarker, findOurIssues, type ToolIdentity } from './find-our-issues.js';
import { type Logger, silentLogger } from './logger.js';
import { readMergedRegisters } from './read-merged-registers.js';

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
}

/** Keys this run may create, and how to let go of them when done. */
export interface Claim {
  granted: ReadonlySet<string>;
  /** Shows the claim's holder is still alive (a lease), when the claim has one. */
  renew?(): Promise<void>;
  release(): Promise<void>;
}

/** An item whose issue could not be opened; the others went on. */
export interface FailedFollowUp {
  key: string;
  title: string;
  reason: string;
}

/** A follow-up issue, created now or found from an earlier run. */
export interface FollowUpIssue {
  key: string;
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  owner?: string;
  due?: string;
}

export interface FollowUpsOutcome {
  drafts: FollowUpDraft[];
  created: FollowUpIssue[];
  existing: FollowUpIssue[];
  /** Missing items another run claimed. */
  claimedElsewhere: string[];
  /** Items GitHub refused or that failed; reported at the end, the run fails. */
  failed: FailedFollowUp[];
  /** Set when more issues were missing than `maxIssues`: nothing was created. */
  overCap?: FollowUpDraft[];
  /** With dry-run: what would be created. */
  wouldCreate?: FollowUpDraft[];
  commentUrl?: string;
}

/**
 * Opens one issue per open follow-up output and next action of the registers a merge changed,
 * exactly once however often it re-runs:
 * 1. read the changed registers at the merge commit and plan one draft per item;
 * 2. list the tool's own issues (by author, all states, no Search API; never by label, which may
 *    be missing) and match keys from their markers;
 * 3. create only what is missing — sequentially, assigning only assignable owners, and re-listing
 *    before retrying a create whose outcome is unknown; one item's failure never stops the others;
 * 4. keep one link-back comment on the merged pull request listing every follow-up issue.
 */
export async function openFollowUps(input: OpenFollowUpsInput): Promise<FollowUpsOutcome> {
  const { port, log, merge } = input;

  // 1. Drafts.
  const { changed, decisions } = await readMergedRegisters(port, merge, input.config);
  const drafts = planFollowUps({
    registers: changed,
    decisions,
    issuesFor: input.issuesFor,
    config: input.config,
    repo: input.repo,
    sha: merge.sha,
    ...(merge.pull ? { pull: merge.pull } : {}),
  });
  const outcome: FollowUpsOutcome = { drafts, created: [], existing: [], claimedElsewhere: [], failed: [] };
  if (drafts.length === 0) {
    log.info('The merged registers record no open follow-up outputs or next actions.');
    return outcome;
  }

  // 2. What exists.
  const identity: ToolIdentity = { isOurs: input.isOurs, ...(input.login ? { login: input.login } : {}) };
  const labels = input.dryRun ? input.labels : await usableLabels(port, input.labels, log);
  const issuesByKey = async (wanted: FollowUpDraft[], quiet = false) =>
    byMarker(
      await findOurIssues(
        port,
        identity,
        quiet ? silentLogger : log,
        wanted.map((d) => d.marker),
      ),
      new Map(wanted.map((d) => [d.key, d.marker])),
    );
  const known = await issuesByKey(drafts);
  const missing = drafts.filter((draft) => !known.has(draft.key));
  for (const draft of drafts) {
    const issue = known.get(draft.key);
    if (issue) outcome.existing.push(toFollowUp(draft, issue));
  }
  if (missing.length > input.maxIssues) return { ...outcome, overCap: missing };
  if (input.dryRun) return { ...outcome, wouldCreate: missing };

  // 3. Create what is missing: claim it, re-list (another run may have finished meanwhile), create.
  if (missing.length === 0) return linkBack(input, outcome);
  const claim = input.claim ? await input.claim(missing.map((d) => d.key)) : undefined;
  try {
    const fresh = claim ? await issuesByKey(missing, true) : new Map<string, Issue>();
    const assignable = new Map<string, boolean>();
    for (const draft of missing) {
      const found = fresh.get(draft.key);
      if (found) {
        outcome.existing.push(toFollowUp(draft, found));
        continue;
      }
      if (claim && !claim.granted.has(draft.key)) {
        outcome.claimedElsewhere.push(draft.key);
        continue;
      }
      const assignees: string[] = [];
      for (const login of draft.assigneeCandidates) {
        if (!assignable.has(login)) assignable.set(login, await port.isAssignable(login));
        if (assignable.get(login)) assignees.push(login);
        else
          log.warning(
            `${draft.key}: owner @${login} can't be assigned in this repository; mentioning instead.`,
          );
      }
      try {
        const issue = await createOnce(port, draft, labels, assignees, issuesByKey, log);
        outcome.created.push(toFollowUp(draft, issue));
        log.info(`Opened #${issue.number} for ${draft.key}.`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        outcome.failed.push({ key: draft.key, title: draft.title, reason });
        log.warning(`${draft.key}: could not open its issue: ${reason}`);
      }
      await claim?.renew?.();
    }
  } finally {
    await claim?.release();
  }
  if (outcome.claimedElsewhere.length > 0) {
    log.info(
      `${outcome.claimedElsewhere.length} item(s) are being opened by a concurrent run, which also links them back.`,
    );
    return outcome;
  }
  return linkBack(input, outcome);
}

/** 4. Keep one comment on the merged pull request listing every follow-up issue. */
async function linkBack(input: OpenFollowUpsInput, outcome: FollowUpsOutcome): Promise<FollowUpsOutcome> {
  const { port, merge, log } = input;
  if (merge.pull !== undefined) {
    const body = planFollowUpsComment([...outcome.created, ...outcome.existing], outcome.drafts.length);
    try {
      const sticky = await upsertStickyComment(port, merge.pull, markerFor('followups'), body, input.isOurs);
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

/**
 * Creates the issue. A 422 (an assignee GitHub refuses after all) is retried unassigned, with
 * the owner mentioned. A 5xx or lost connection leaves the outcome unknown: re-list first and
 * only create again when the issue really is missing.
 */
async function createOnce(
  port: GitHubPort,
  draft: FollowUpDraft,
  labels: string[],
  assignees: string[],
  issuesByKey: (drafts: FollowUpDraft[], quiet: boolean) => Promise<Map<string, Issue>>,
  log: Logger,
): Promise<Issue> {
  let people = assignees;
  for (let attempt = 1; ; attempt++) {
    try {
      return await port.createIssue({
        title: draft.title,
        body: renderFollowUpBody(draft, people),
        labels,
        assignees: people,
      });
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 0;
      if (status === 422 && people.length > 0) {
        log.warning(`${draft.key}: GitHub refused the assignees (422); opening it unassigned.`);
        people = [];
        continue;
      }
      if ((status !== 0 && status < 500) || attempt >= 3) throw error;
      const already = (await issuesByKey([draft], true)).get(draft.key);
      if (already) return already;
    }
  }
}

function toFollowUp(draft: FollowUpDraft, issue: Issue): FollowUpIssue {
  return {
    key: draft.key,
    number: issue.number,
    url: issue.url,
    title: issue.title,
    state: issue.state,
    ...(draft.owner ? { owner: draft.owner } : {}),
    ...(draft.due ? { due: draft.due } : {}),
  };
}
