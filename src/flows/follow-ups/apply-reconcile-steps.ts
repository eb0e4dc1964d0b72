import { GitHubError, type GitHubPort, type Issue } from '../../github/github-port.js';
import type { AuthorCheck } from '../../github/sticky-comment.js';
import { type FollowUpDraft, renderFollowUpBody } from '../../plan/follow-ups/plan-follow-ups.js';
import type { KnownIssue, ReconcileStep } from '../../plan/follow-ups/plan-reconcile.js';
import type { Logger } from '../logger.js';
import type { FollowUpIssue, FollowUpsOutcome } from './follow-ups-outcome.js';

interface StepContext {
  port: GitHubPort;
  isOurs: AuthorCheck;
  labels: string[];
  log: Logger;
  /** Our issue carrying the draft's marker now, for a create whose outcome is unknown. */
  relist: (draft: FollowUpDraft) => Promise<Issue | undefined>;
  outcome: FollowUpsOutcome;
  /** Shows the claim holder is alive; called after each step. */
  renew: () => Promise<void> | undefined;
}

/**
 * Carries out the plan's steps one by one. Each is idempotent or checked before it is repeated
 * (creates re-list, close comments are looked up by marker), so a re-run after a crash or a fault
 * finishes the work without doing anything twice. A failing step is recorded and the rest go on.
 */
export async function applySteps(steps: readonly ReconcileStep[], ctx: StepContext): Promise<void> {
  const assignable = new Map<string, boolean>();
  const assigneesOf = async (draft: FollowUpDraft) => {
    const accepted: string[] = [];
    for (const login of draft.assigneeCandidates) {
      if (!assignable.has(login)) assignable.set(login, await ctx.port.isAssignable(login));
      if (assignable.get(login)) accepted.push(login);
      else
        ctx.log.warning(
          `${draft.key}: owner @${login} can't be assigned in this repository; mentioning instead.`,
        );
    }
    return accepted;
  };
  const { outcome, port, log } = ctx;
  for (const step of steps) {
    try {
      if (step.kind === 'open') {
        const issue = await createOnce(ctx, step.draft, await assigneesOf(step.draft));
        outcome.created.push(toFollowUp(step.draft, issue));
        log.info(`Opened #${issue.number} for ${step.key}.`);
      } else if (step.kind === 'update') {
        const assignees = await assigneesOf(step.draft);
        const issue = await updateOnce(port, step.issue.number, {
          title: step.draft.title,
          body: renderFollowUpBody(step.draft, assignees),
          assignees,
        });
        outcome.updated.push(toFollowUp(step.draft, issue));
        log.info(`Updated #${issue.number} for ${step.key} (${step.changes.join(', ')}).`);
      } else if (step.kind === 'close') {
        await commentOnce(ctx, step.issue.number, step.comment, step.commentMarker);
        const issue = await port.updateIssue(step.issue.number, {
          state: 'closed',
          state_reason: step.reason,
        });
        outcome.closed.push({ ...listed(step.key, issue), why: step.why });
        log.info(`Closed #${issue.number} for ${step.key} as ${step.reason} (${step.why}).`);
      } else {
        const issue = await port.updateIssue(step.issue.number, { state: 'open', state_reason: 'reopened' });
        await commentOnce(ctx, step.issue.number, step.comment, step.commentMarker);
        outcome.reopened.push(toFollowUp(step.draft, issue));
        log.info(`Reopened #${issue.number} for ${step.key}.`);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const title = step.kind === 'open' || step.kind === 'update' ? step.draft.title : step.issue.title;
      outcome.failed.push({ key: step.key, title, reason });
      log.warning(`${step.key}: could not ${step.kind} its issue: ${reason}`);
    }
    await ctx.renew();
  }
}

/**
 * Creates the issue. A 422 (an assignee GitHub refuses after all) is retried unassigned, with
 * the owner mentioned. A 5xx or lost connection leaves the outcome unknown: re-list first and
 * only create again when the issue really is missing.
 */
async function createOnce(ctx: StepContext, draft: FollowUpDraft, assignees: string[]): Promise<Issue> {
  let people = assignees;
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.port.createIssue({
        title: draft.title,
        body: renderFollowUpBody(draft, people),
        labels: ctx.labels,
        assignees: people,
      });
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 0;
      if (status === 422 && people.length > 0) {
        ctx.log.warning(`${draft.key}: GitHub refused the assignees (422); opening it unassigned.`);
        people = [];
        continue;
      }
      if ((status !== 0 && status < 500) || attempt >= 3) throw error;
      const already = await ctx.relist(draft);
      if (already) return already;
    }
  }
}

/** An update whose assignees GitHub refuses (422) is repeated without them. */
async function updateOnce(
  port: GitHubPort,
  number: number,
  patch: { title: string; body: string; assignees: string[] },
): Promise<Issue> {
  try {
    return await port.updateIssue(number, patch);
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 422 && patch.assignees.length > 0)) throw error;
    const { assignees: _dropped, ...rest } = patch;
    return port.updateIssue(number, rest);
  }
}

/** Posts the comment unless one of ours with its marker is there already (a re-run). */
async function commentOnce(ctx: StepContext, issue: number, body: string, marker: string): Promise<void> {
  const existing = await ctx.port.listComments(issue);
  if (existing.some((c) => c.body.includes(marker) && ctx.isOurs(c))) return;
  await ctx.port.createComment(issue, body);
}

function listed(key: string, issue: KnownIssue): FollowUpIssue {
  return {
    key,
    number: issue.number,
    ...(issue.id !== undefined ? { id: issue.id } : {}),
    url: issue.url,
    title: issue.title,
    state: issue.state,
  };
}

export function toFollowUp(draft: FollowUpDraft, issue: KnownIssue): FollowUpIssue {
  return {
    ...listed(draft.key, issue),
    ...(draft.owner ? { owner: draft.owner } : {}),
    ...(draft.due ? { due: draft.due } : {}),
  };
}
