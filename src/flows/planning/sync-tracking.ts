import { GitHubError, type GitHubPort, type Issue } from '../../github/github-port.js';
import type { PlanningPort } from '../../github/planning-port.js';
import {
  plannedHash,
  readPlanned,
  renderTrackingBody,
  type TrackedMeeting,
  type TrackingMode,
  trackingTitle,
} from '../../plan/planning/plan-tracking-issue.js';
import type { PlanningOutcome } from '../../plan/planning/planning-outcome.js';
import type { Logger } from '../logger.js';
import { type PlanningCapabilities, reasonOf } from './planning-capabilities.js';

interface TrackingContext {
  port: GitHubPort;
  planning: PlanningPort | undefined;
  caps: PlanningCapabilities;
  log: Logger;
  labels: string[];
  outcome: PlanningOutcome;
  /** Issue id by number, for blockers in other meetings. */
  idOf: (number: number) => number | undefined;
  /** Our tracking issue for the file now (after a create whose outcome is unknown). */
  relist: (file: string) => Promise<Issue | undefined>;
}

/**
 * Keeps one meeting's tracking issue: creates it once (when `mayCreate`: this run holds its claim),
 * links each item as a sub-issue and each blocker as a blocked-by dependency, and rewrites the body
 * only when it changed. Links are listed before they are added, and an item's planned hash is
 * recorded only after its links are in place, so re-runs add nothing twice and only changed items
 * cost requests. Every failure is one line; the run never fails for it.
 */
export async function syncTracking(
  meeting: TrackedMeeting,
  existing: Issue | undefined,
  mayCreate: boolean,
  ctx: TrackingContext,
): Promise<void> {
  const { port, caps, outcome } = ctx;
  const problem = (line: string) => {
    outcome.problems.push(line);
    ctx.log.warning(line);
  };
  const mode = (): TrackingMode => ({
    subIssues: Boolean(ctx.planning) && caps.has('sub-issues'),
    dependencies: Boolean(ctx.planning) && caps.has('dependencies'),
  });
  const before = readPlanned(existing?.body ?? '');
  const title = trackingTitle(meeting);
  let tracking = existing;
  let created = false;
  if (!tracking) {
    if (!mayCreate) {
      ctx.log.info(`The tracking issue of ${meeting.file} is being created by a concurrent run.`);
      return;
    }
    try {
      tracking = await createOnce(ctx, meeting, title, renderTrackingBody(meeting, mode(), new Map()));
      created = true;
    } catch (error) {
      return problem(
        `${meeting.file}: could not open its tracking issue (${reasonOf(error)}); retried next run.`,
      );
    }
  }

  const parent = tracking.number;
  const planned = new Map<string, string>();
  const due = meeting.items.filter((item) => before.get(item.key) !== plannedHash(item, mode()));
  for (const item of meeting.items)
    if (!due.includes(item)) planned.set(item.key, before.get(item.key) as string);

  let children: Set<number> | undefined;
  for (const item of due) {
    let done = true;
    if (ctx.planning && caps.has('sub-issues') && item.id !== undefined) {
      try {
        children ??= new Set(await ctx.planning.listSubIssues(parent));
        if (!children.has(item.id)) {
          await addOrKnown(() => (ctx.planning as PlanningPort).addSubIssue(parent, item.id as number));
          children.add(item.id);
          outcome.subIssuesAdded += 1;
        }
      } catch (error) {
        if (!caps.missingAfter('sub-issues', error)) {
          done = false;
          problem(
            `${item.key}: #${item.number} could not be made a sub-issue of #${tracking.number} (${reasonOf(error)}).`,
          );
        }
      }
    }
    if (ctx.planning && caps.has('dependencies') && item.blockers.length > 0) {
      try {
        const known = new Set(await ctx.planning.listBlockedBy(item.number));
        for (const blocker of item.blockers) {
          const id = ctx.idOf(blocker);
          if (id === undefined || known.has(id)) continue;
          await addOrKnown(() => (ctx.planning as PlanningPort).addBlockedBy(item.number, id));
          known.add(id);
          outcome.blockersAdded += 1;
        }
      } catch (error) {
        if (!caps.missingAfter('dependencies', error)) {
          done = false;
          problem(`${item.key}: the blockers of #${item.number} could not be recorded (${reasonOf(error)}).`);
        }
      }
    }
    if (done) planned.set(item.key, plannedHash(item, mode()));
  }

  const body = renderTrackingBody(meeting, mode(), planned);
  if (body !== tracking.body || title !== tracking.title) {
    try {
      tracking = await port.updateIssue(tracking.number, { title, body });
    } catch (error) {
      problem(`${meeting.file}: could not update tracking issue #${tracking.number} (${reasonOf(error)}).`);
    }
  }
  outcome.tracking.push({ file: meeting.file, number: tracking.number, url: tracking.url, created });
}

/** 422 on adding a link: GitHub already has it (a concurrent run, or an item with another parent). */
async function addOrKnown(add: () => Promise<void>): Promise<void> {
  try {
    await add();
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 422)) throw error;
  }
}

/** Creates the tracking issue; after a 5xx or a lost answer, re-lists before trying again. */
async function createOnce(
  ctx: TrackingContext,
  meeting: TrackedMeeting,
  title: string,
  body: string,
): Promise<Issue> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.port.createIssue({ title, body, labels: ctx.labels, assignees: [] });
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 0;
      if ((status !== 0 && status < 500) || attempt >= 3) throw error;
      const already = await ctx.relist(meeting.file);
      if (already) return already;
    }
  }
}
