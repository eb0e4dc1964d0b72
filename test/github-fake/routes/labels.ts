import { paginate } from '../pagination.js';
import { renderLabel } from '../render-issues.js';
import { notFound, type RepoRouteHandler, validationFailed } from './types.js';

const get: RepoRouteHandler = (ctx) => {
  const label = ctx.repo.labels.get((ctx.params.name ?? '').toLowerCase());
  return label ? { status: 200, body: renderLabel(ctx, label) } : notFound();
};

const create: RepoRouteHandler = (ctx) => {
  const name = String(ctx.body.name);
  if (ctx.repo.labels.has(name.toLowerCase())) {
    return validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
  }
  const color = String(ctx.body.color ?? 'ededed').replace(/^#/, '');
  const label = ctx.state.ensureLabel(ctx.repo, name, color, ctx.body.description ?? null);
  const location = `${ctx.links.api}/repos/${ctx.repo.fullName}/labels/${encodeURIComponent(name)}`;
  return { status: 201, body: renderLabel(ctx, label), headers: { location } };
};

const list: RepoRouteHandler = (ctx) => {
  const labels = [...ctx.repo.labels.values()].sort((a, b) => a.id - b.id);
  const page = paginate(labels, ctx.query, ctx.links, ctx.path);
  return { status: 200, body: page.items.map((label) => renderLabel(ctx, label)), headers: page.headers };
};

const checkAssignable: RepoRouteHandler = (ctx) =>
  ctx.repo.assignable.has((ctx.params.assignee ?? '').toLowerCase()) ? { status: 204 } : notFound();

/** Label and assignee routes by operationId. */
export const labelRoutes: Record<string, RepoRouteHandler> = {
  'issues/get-label': get,
  'issues/create-label': create,
  'issues/list-labels-for-repo': list,
  'issues/check-user-can-be-assigned': checkAssignable,
};
