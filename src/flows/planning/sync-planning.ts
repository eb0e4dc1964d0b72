import type { Config } from '../../config/config.js';
import type { GitHubPort, Issue } from '../../github/github-port.js';
import type { AuthorCheck } from '../../github/sticky-comment.js';
import type { Decision } from '../../model/register.js';
import type { FollowUpDraft } from '../../plan/follow-ups/plan-follow-ups.js';
import { planBlockers } from '../../plan/planning/plan-blockers.js';
import {
  type TrackedItem,
  type TrackedMeeting,
  trackingKey,
  trackingMarker,
} from '../../plan/planning/plan-tracking-issue.js';
import { emptyPlanningOutcome, type PlanningOutcome } from '../../plan/planning/planning-outcome.js';
import type { FollowUpsOutcome } from '../follow-ups/follow-ups-outcome.js';
import type { Logger } from '../logger.js';
import { PlanningCapabilities } from './planning-capabilities.js';
import { type ProjectItem, syncProject } from './sync-project.js';
import { syncTracking } from './sync-tracking.js';

export interface PlanningInput {
  port: GitHubPort;
  repo: { owner: string; repo: string };
  config: Pick<Config, 'tracking_issue' | 'project' | 'fields'>;
  /** Every item of the changed registers, all states. */
  drafts: readonly FollowUpDraft[];
  decisions: readonly Decision[];
  /** What the reconcile did: each item's issue (number, id, state). */
  outcome: FollowUpsOutcome;
  /** The tool's own issues, as last listed (tracking issues are found among them). */
  issues: readonly Issue[];
  labels: string[];
  isOurs: AuthorCheck;
  log: Logger;
  /** Tracking keys this run may create; absent: all. */
  granted?: ReadonlySet<string>;
  relist: () => Promise<Issue[]>;
}

/** True when the config asks for any planning feature. */
export function wantsPlanning(config: Pick<Config, 'tracking_issue' | 'project'>): boolean {
  return config.tracking_issue === true || Boolean(config.project);
}

/** The tracking issues this run would create (their keys go into the run's claim). */
export function missingTrackingKeys(
  config: Pick<Config, 'tracking_issue'>,
  drafts: readonly FollowUpDraft[],
  issues: readonly Issue[],
): string[] {
  if (config.tracking_issue !== true) return [];
  const files = [...new Set(drafts.map((d) => d.file))];
  return files.filter((file) => !findTracking(issues, file)).map(trackingKey);
}

/** The oldest of our issues carrying the meeting's tracking marker. */
function findTracking(issues: readonly Issue[], file: string): Issue | undefined {
  const marker = trackingMarker(file);
  return [...issues].sort((a, b) => a.number - b.number).find((issue) => issue.body.includes(marker));
}

/**
 * GitHub's planning features for the items a reconcile just handled (#11 point 4): per meeting a
 * tracking issue with every item as a sub-issue, blocked-by dependencies between items whose
 * decisions depend on each other, and the project's date and status fields. Where this GitHub
 * lacks a feature, the tracking issue lists the links instead. Never throws for GitHub's answers.
 */
export async function syncPlanning(input: PlanningInput): Promise<PlanningOutcome> {
  const outcome = emptyPlanningOutcome();
  const { log } = input;
  const caps = new PlanningCapabilities(log, outcome);
  const planning = input.port.planning;
  if (!planning) {
    if (input.config.project)
      outcome.problems.push('This GitHub client has no GraphQL; the project is left alone.');
  }

  // Each item's issue, from what the reconcile did or found.
  const done = input.outcome;
  const issueOf = new Map<string, { number: number; id?: number; state: 'open' | 'closed' }>();
  for (const list of [done.existing, done.updated, done.reopened, done.created, done.closed])
    for (const issue of list) issueOf.set(issue.key, issue);
  const idOf = new Map<number, number>();
  for (const issue of input.issues) if (issue.id !== undefined) idOf.set(issue.number, issue.id);
  for (const issue of issueOf.values()) if (issue.id !== undefined) idOf.set(issue.number, issue.id);
  const blockers = planBlockers(input.drafts, input.decisions);
  const tracked = (draft: FollowUpDraft): TrackedItem | undefined => {
    const issue = issueOf.get(draft.key);
    if (!issue) return undefined;
    const numbers = (blockers.get(draft.key) ?? [])
      .map((key) => issueOf.get(key)?.number)
      .filter((n): n is number => n !== undefined);
    return {
      key: draft.key,
      number: issue.number,
      ...(issue.id !== undefined ? { id: issue.id } : {}),
      state: issue.state,
      blockers: numbers,
    };
  };

  if (input.config.tracking_issue) {
    const byFile = new Map<string, FollowUpDraft[]>();
    for (const draft of input.drafts) byFile.set(draft.file, [...(byFile.get(draft.file) ?? []), draft]);
    for (const [file, drafts] of byFile) {
      const items = drafts.map(tracked).filter((item): item is TrackedItem => item !== undefined);
      if (items.length === 0) continue;
      const first = drafts[0] as FollowUpDraft;
      const meeting: TrackedMeeting = {
        file,
        ...(first.context.reviewTitle ? { reviewTitle: first.context.reviewTitle } : {}),
        ...(first.context.reviewDate ? { reviewDate: first.context.reviewDate } : {}),
        // The file on the default branch, not at this commit: the body then changes only with the items.
        registerUrl: first.context.registerUrl
          .replace(/#L\d+$/, '')
          .replace(/\/blob\/[0-9a-f]{40}\//, '/blob/HEAD/'),
        items,
      };
      const mayCreate = !input.granted || input.granted.has(trackingKey(file));
      await syncTracking(meeting, findTracking(input.issues, file), mayCreate, {
        port: input.port,
        planning,
        caps,
        log,
        labels: input.labels,
        outcome,
        idOf: (n) => idOf.get(n),
        relist: async (f) => findTracking((await input.relist()).filter(input.isOurs), f),
      });
    }
  }

  if (input.config.project && planning) {
    const items: ProjectItem[] = [];
    for (const draft of input.drafts) {
      const issue = issueOf.get(draft.key);
      if (issue)
        items.push({
          key: draft.key,
          number: issue.number,
          state: draft.state,
          ...(draft.due ? { due: draft.due } : {}),
        });
    }
    await syncProject(
      items,
      { url: input.config.project, fields: input.config.fields ?? {} },
      { planning, repo: input.repo, caps, log, outcome },
    );
  }
  return outcome;
}
