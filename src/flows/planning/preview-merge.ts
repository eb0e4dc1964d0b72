import type { Config } from '../../config/config.js';
import type { GitHubPort } from '../../github/github-port.js';
import type { AuthorCheck } from '../../github/sticky-comment.js';
import type { Register } from '../../model/register.js';
import { type IssuesFor, planFollowUps } from '../../plan/follow-ups/plan-follow-ups.js';
import { planReconcile } from '../../plan/follow-ups/plan-reconcile.js';
import { planMergePreview } from '../../plan/planning/plan-merge-preview.js';
import { findOurIssues } from '../follow-ups/find-our-issues.js';
import type { Logger } from '../logger.js';
import { missingTrackingKeys } from './sync-planning.js';

export interface PreviewMergeInput {
  port: GitHubPort;
  repo: { owner: string; repo: string; serverUrl: string };
  pull: { number: number; headSha: string };
  config: Config;
  /** The changed registers at the head and at the base. */
  head: readonly Register[];
  base: readonly Register[];
  issuesFor: IssuesFor;
  isOurs: AuthorCheck;
  login?: string;
  log: Logger;
}

/**
 * The "when this is merged" section of the sticky comment: the reconcile the merge will run,
 * planned now from the pull request's registers and the tool's issues (one listing). A failure
 * to list costs the section, never the review.
 */
export async function previewMerge(input: PreviewMergeInput): Promise<string> {
  const draftsOf = (registers: readonly Register[]) =>
    planFollowUps({
      registers: [...registers],
      decisions: [...input.head, ...input.base].flatMap((r) => r.decisions),
      issuesFor: input.issuesFor,
      config: input.config,
      repo: input.repo,
      sha: input.pull.headSha,
      pull: input.pull.number,
      allStates: true,
    });
  const drafts = draftsOf(input.head);
  const before = draftsOf(input.base);
  if (drafts.length === 0 && before.length === 0) return '';
  try {
    const identity = { isOurs: input.isOurs, ...(input.login ? { login: input.login } : {}) };
    const issues = await findOurIssues(input.port, identity, input.log);
    const commit = { sha: input.pull.headSha, url: '' };
    const plan = planReconcile({ drafts, before, issues, commit });
    const newTracking = missingTrackingKeys(input.config, drafts, issues).map((key) =>
      key.replace(/^tracking:/, ''),
    );
    return planMergePreview(plan, {
      newTracking,
      trackingIssue: input.config.tracking_issue === true,
      ...(input.config.project ? { project: input.config.project } : {}),
    });
  } catch (error) {
    input.log.warning(
      `Could not preview the follow-up issues the merge will change: ${error instanceof Error ? error.message : String(error)}`,
    );
    return '';
  }
}
