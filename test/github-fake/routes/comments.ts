import { paginate } from '../pagination.js';
import { renderComment } from '../render-issues.js';
import { githubTime } from '../state.js';
import {
  callerActor,
  intParam,
  notFound,
  type RepoContext,
  type RepoRouteHandler,
  stringParam,
} from './types.js';

const DOCS = 'https://docs.github.com/rest/issues/comments';

function findComment(ctx: RepoContext) {
  const id = intParam(ctx.params.comment_id, -1);
  return ctx.repo.comments.find((comment) => comment.id === id);
}

const list: RepoRouteHandler = (ctx) => {
  const number = intParam(ctx.params.issue_number, -1);
  if (!ctx.repo.issues.has(number)) return notFound(`${DOCS}#list-issue-comments`);
  const since = stringParam(ctx.query.since);
  const comments = ctx.repo.comments
    .filter((comment) => comment.issueNumber === number)
    .filter((comment) => !since || comment.updatedAt >= since.replace(/\.\d+Z$/, 'Z'))
    .sort((a, b) => a.id - b.id);
  const page = paginate(comments, ctx.query, ctx.links, ctx.path);
  return {
    status: 200,
    body: page.items.map((comment) => renderComment(ctx, comment)),
    headers: page.headers,
  };
};

const create: RepoRouteHandler = (ctx) => {
  const number = intParam(ctx.params.issue_number, -1);
  if (!ctx.repo.issues.has(number)) return notFound(`${DOCS}#create-an-issue-comment`);
  const comment = ctx.state.addComment(ctx.repo, number, String(ctx.body.body), callerActor(ctx));
  const location = `${ctx.links.api}/repos/${ctx.repo.fullName}/issues/comments/${comment.id}`;
  return { status: 201, body: renderComment(ctx, comment), headers: { location } };
};

const get: RepoRouteHandler = (ctx) => {
  const comment = findComment(ctx);
  return comment
    ? { status: 200, body: renderComment(ctx, comment) }
    : notFound(`${DOCS}#get-an-issue-comment`);
};

const update: RepoRouteHandler = (ctx) => {
  const comment = findComment(ctx);
  if (!comment) return notFound(`${DOCS}#update-an-issue-comment`);
  comment.body = String(ctx.body.body);
  comment.updatedAt = githubTime();
  return { status: 200, body: renderComment(ctx, comment) };
};

const remove: RepoRouteHandler = (ctx) => {
  const comment = findComment(ctx);
  if (!comment) return notFound(`${DOCS}#delete-an-issue-comment`);
  ctx.repo.comments.splice(ctx.repo.comments.indexOf(comment), 1);
  return { status: 204 };
};

/** Issue comment routes by operationId. */
export const commentRoutes: Record<string, RepoRouteHandler> = {
  'issues/list-comments': list,
  'issues/create-comment': create,
  'issues/get-comment': get,
  'issues/update-comment': update,
  'issues/delete-comment': remove,
};
