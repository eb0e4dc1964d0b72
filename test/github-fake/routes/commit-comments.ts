import { paginate } from '../pagination.js';
import type { CommitCommentRecord } from '../records.js';
import { type Json, nodeId, rebase, renderUser } from '../render-common.js';
import { authorAssociation } from '../render-issues.js';
import { githubTime } from '../state.js';
import { callerActor, intParam, notFound, type RepoContext, type RepoRouteHandler } from './types.js';

function render(ctx: RepoContext, comment: CommitCommentRecord): Json {
  const api = `${ctx.links.api}/repos/${ctx.repo.fullName}`;
  return {
    ...rebase(ctx.contract.template('commit-comment'), ctx.links, ctx.repo.fullName),
    id: comment.id,
    node_id: nodeId('CommitComment', comment.id),
    url: `${api}/comments/${comment.id}`,
    html_url: `${ctx.links.web}/${ctx.repo.fullName}/commit/${comment.commitId}#commitcomment-${comment.id}`,
    body: comment.body,
    path: null,
    position: null,
    line: null,
    commit_id: comment.commitId,
    user: renderUser(comment.user, ctx.links),
    author_association: authorAssociation(ctx.repo, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
  };
}

const find = (ctx: RepoContext) => {
  const id = intParam(ctx.params.comment_id, -1);
  return ctx.repo.commitComments.find((c) => c.id === id);
};

const list: RepoRouteHandler = (ctx) => {
  const sha = ctx.params.commit_sha ?? '';
  if (!ctx.repo.git.commits.has(sha)) return notFound();
  const comments = ctx.repo.commitComments.filter((c) => c.commitId === sha).sort((a, b) => a.id - b.id);
  const page = paginate(comments, ctx.query, ctx.links, ctx.path);
  return { status: 200, body: page.items.map((c) => render(ctx, c)), headers: page.headers };
};

const create: RepoRouteHandler = (ctx) => {
  const sha = ctx.params.commit_sha ?? '';
  if (!ctx.repo.git.commits.has(sha)) return notFound();
  const now = githubTime();
  const comment: CommitCommentRecord = {
    id: ctx.state.nextId('comment'),
    commitId: sha,
    body: String(ctx.body.body),
    user: callerActor(ctx),
    createdAt: now,
    updatedAt: now,
  };
  ctx.repo.commitComments.push(comment);
  return {
    status: 201,
    body: render(ctx, comment),
    headers: { location: `${ctx.links.api}/repos/${ctx.repo.fullName}/comments/${comment.id}` },
  };
};

const update: RepoRouteHandler = (ctx) => {
  const comment = find(ctx);
  if (!comment) return notFound();
  comment.body = String(ctx.body.body);
  comment.updatedAt = githubTime();
  return { status: 200, body: render(ctx, comment) };
};

const remove: RepoRouteHandler = (ctx) => {
  const comment = find(ctx);
  if (!comment) return notFound();
  ctx.repo.commitComments.splice(ctx.repo.commitComments.indexOf(comment), 1);
  return { status: 204 };
};

/** Commit comment routes by operationId (the follow-up flow's claims on a pushed commit). */
export const commitCommentRoutes: Record<string, RepoRouteHandler> = {
  'repos/list-comments-for-commit': list,
  'repos/create-commit-comment': create,
  'repos/update-commit-comment': update,
  'repos/delete-commit-comment': remove,
};
