import { appRepoRoutes, appRoutes } from './apps.js';
import { checkRoutes } from './checks.js';
import { commentRoutes } from './comments.js';
import { commitCommentRoutes } from './commit-comments.js';
import { gitRoutes } from './git.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { planningRoutes } from './planning.js';
import { pullRoutes } from './pulls.js';
import { repoRoutes } from './repos.js';
import { reviewRoutes } from './reviews.js';
import type { RepoRouteHandler, RouteHandler } from './types.js';

/** Routes of operations under /repos/{owner}/{repo}, by operationId. */
export const REPO_ROUTES: Readonly<Record<string, RepoRouteHandler>> = {
  ...issueRoutes,
  ...commentRoutes,
  ...commitCommentRoutes,
  ...labelRoutes,
  ...checkRoutes,
  ...gitRoutes,
  ...repoRoutes,
  ...reviewRoutes,
  ...pullRoutes,
  ...appRepoRoutes,
  ...planningRoutes,
};

/** Routes of operations outside a repository, by operationId. */
export const PLAIN_ROUTES: Readonly<Record<string, RouteHandler>> = appRoutes;
