import { paginate } from '../pagination.js';
import { renderPull } from '../render-repo.js';
import { seedPull } from '../seed.js';
import { githubTime } from '../state.js';
import {
  callerActor,
  intParam,
  notFound,
  type RepoContext,
  type RepoRouteHandler,
  stringParam,
  validationFailed,
} from './types.js';

/** A branch name from `head`, which may be `branch` or `owner:branch` (this repository only). */
function headBranch(ctx: RepoContext, head: string): string | undefined {
  const at = head.indexOf(':');
  if (at < 0) return head;
  return head.slice(0, at).toLowerCase() === ctx.repo.owner.toLowerCase() ? head.slice(at + 1) : undefined;
}

/** `GET /pulls`: filtered by state, head (`owner:branch`) and base, newest first as GitHub sorts by default. */
const listPulls: RepoRouteHandler = (ctx) => {
  const state = stringParam(ctx.query.state) ?? 'open';
  const head = stringParam(ctx.query.head);
  const branch = head === undefined ? undefined : headBranch(ctx, head);
  const base = stringParam(ctx.query.base);
  const pulls = [...ctx.repo.pulls.values()]
    .filter((p) => state === 'all' || p.state === state)
    .filter(
      (p) =>
        head === undefined ||
        (branch !== undefined && p.headRef === branch && p.headRepo === ctx.repo.fullName),
    )
    .filter((p) => base === undefined || p.baseRef === base)
    .sort((a, b) => b.number - a.number);
  const page = paginate(pulls, ctx.query, ctx.links, ctx.path);
  return { status: 200, body: page.items.map((p) => renderPull(ctx, p)), headers: page.headers };
};

/**
 * `POST /pulls` from a branch of this repository. Like GitHub: 422 when the head or base branch
 * is missing, when they are the same commit, or when an open pull request from that head to that
 * base exists already.
 */
const createPull: RepoRouteHandler = (ctx) => {
  const { repo } = ctx;
  const branch = headBranch(ctx, String(ctx.body.head));
  const baseRef = String(ctx.body.base);
  const headSha = branch ? repo.git.refs.get(`refs/heads/${branch}`) : undefined;
  const baseSha = repo.git.refs.get(`refs/heads/${baseRef}`);
  if (!branch || !headSha)
    return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
  if (!baseSha) return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
  const open = [...repo.pulls.values()].find(
    (p) =>
      p.state === 'open' && p.headRef === branch && p.baseRef === baseRef && p.headRepo === repo.fullName,
  );
  if (open)
    return validationFailed([
      {
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${repo.owner}:${branch}.`,
      },
    ]);
  if (headSha === baseSha)
    return validationFailed([
      { resource: 'PullRequest', code: 'custom', message: `No commits between ${baseRef} and ${branch}` },
    ]);
  const actor = callerActor(ctx);
  const number = seedPull(ctx.state, repo, {
    headSha,
    baseSha,
    headRef: branch,
    baseRef,
    title: String(ctx.body.title ?? branch),
    body: typeof ctx.body.body === 'string' ? ctx.body.body : '',
    user: actor.login,
    draft: ctx.body.draft === true,
  });
  const issue = repo.issues.get(number);
  if (issue) issue.user = actor;
  const pull = repo.pulls.get(number);
  if (!pull) return notFound();
  return {
    status: 201,
    body: renderPull(ctx, pull),
    headers: { location: `${ctx.links.api}/repos/${repo.fullName}/pulls/${number}` },
  };
};

/** `PATCH /pulls/{n}`: title, body, state. */
const updatePull: RepoRouteHandler = (ctx) => {
  const pull = ctx.repo.pulls.get(intParam(ctx.params.pull_number, -1));
  const issue = pull ? ctx.repo.issues.get(pull.number) : undefined;
  if (!pull || !issue) return notFound();
  if (typeof ctx.body.title === 'string') issue.title = ctx.body.title;
  if (typeof ctx.body.body === 'string') issue.body = ctx.body.body;
  if (ctx.body.state === 'closed' || ctx.body.state === 'open') {
    pull.state = ctx.body.state;
    issue.state = ctx.body.state;
    issue.closedAt = ctx.body.state === 'closed' ? githubTime() : null;
  }
  issue.updatedAt = githubTime();
  return { status: 200, body: renderPull(ctx, pull) };
};

/** Pull request routes (list, create, update) by operationId. */
export const pullRoutes: Record<string, RepoRouteHandler> = {
  'pulls/list': listPulls,
  'pulls/create': createPull,
  'pulls/update': updatePull,
};
