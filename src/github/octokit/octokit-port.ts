import type { GitHubPort, RepoRef } from '../github-port.js';
import { checkMethods } from './octokit-checks.js';
import { commentMethods } from './octokit-comments.js';
import { contentMethods } from './octokit-contents.js';
import { issueMethods } from './octokit-issues.js';
import type { OctokitLike } from './octokit-like.js';
import { planningMethods } from './octokit-planning.js';
import { pullMethods } from './octokit-pulls.js';
import { syncBranchMethods } from './octokit-sync-branch.js';
import { portContext } from './port-context.js';

export { CHECK_ANNOTATION_BATCH } from './octokit-checks.js';

/**
 * The GitHub port over Octokit. Retries and throttling belong to the Octokit instance (the
 * shells build it with plugin-retry and plugin-throttling); this adapter only maps REST shapes to
 * the port's and turns the answers a flow must decide about into `GitHubError`. Its methods come
 * in groups, one module per part of the API.
 */
export function createOctokitPort(octokit: OctokitLike, repo: RepoRef): GitHubPort {
  const ctx = portContext(octokit, repo);
  const planning = planningMethods(ctx);
  return {
    ...(planning ? { planning } : {}),
    ...pullMethods(ctx),
    ...contentMethods(ctx),
    ...commentMethods(ctx),
    ...issueMethods(ctx),
    ...checkMethods(ctx),
    ...syncBranchMethods(ctx),
  };
}
