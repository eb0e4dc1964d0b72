import { paginate } from '../pagination.js';
import type { IssueRecord } from '../records.js';
import { renderIssue } from '../render-issues.js';
import { githubTime } from '../state.js';
import {
  callerActor,
  intParam,
  notFound,
  type RepoContext,
  type RepoRouteHandler,
  type RouteResult,
  stringParam,
  validationFailed,
} from './types.js';

/** Label names from a request: GitHub accepts strings or `{ name }` objects. */
function labelNames(labels: unknown[] | undefined): string[] | undefined {
  if (!labels) return undefined;
  return labels
    .map((label) => (typeof label === 'string' ? label : (label as { name?: string }).name))
    .filter((name): name is string => typeof name === 'string' && name.length > 0);
}

/** 422 when a login cannot be assigned in the repository, as GitHub answers. */
function checkAssignees(ctx: RepoContext, assignees: string[]): RouteResult | undefined {
  const invalid = assignees.filter((login) => !ctx.repo.assignable.has(login.toLowerCase()));
  if (invalid.length === 0) return undefined;
  return validationFailed(
    invalid.map((value) => ({ value, resource: 'Issue', field: 'assignees', code: 'invalid' })),
  );
}

function assigneesFrom(body: { assignees?: string[]; assignee?: string | null }): string[] | undefined {
  if (body.assignees) return body.assignees;
  if (body.assignee !== undefined) return body.assignee === null ? [] : [body.assignee];
  return undefined;
}

/** GitHub's limits on an issue: 256 characters of title, 65,536 of body (422 beyond). */
function checkLengths(body: { title?: unknown; body?: unknown }): RouteResult | undefined {
  if (typeof body.title === 'string' && body.title.length > 256)
    return validationFailed([
      {
        resource: 'Issue',
        field: 'title',
        code: 'custom',
        message: 'title is too long (maximum is 256 characters)',
      },
    ]);
  if (typeof body.body === 'string' && body.body.length > 65_536)
    return validationFailed([
      {
        resource: 'Issue',
        field: 'body',
        code: 'custom',
        message: 'body is too long (maximum is 65536 characters)',
      },
    ]);
  return undefined;
}

const listForRepo: RepoRouteHandler = (ctx) => {
  const state = stringParam(ctx.query.state) ?? 'open';
  const wanted = (stringParam(ctx.query.labels) ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const creator = stringParam(ctx.query.creator)?.toLowerCase();
  const sort = stringParam(ctx.query.sort) ?? 'created';
  const direction = stringParam(ctx.query.direction) ?? 'desc';
  const key = (issue: IssueRecord) => (sort === 'updated' ? issue.updatedAt : issue.createdAt);
  const issues = [...ctx.repo.issues.values()]
    .filter((issue) => state === 'all' || issue.state === state)
    .filter((issue) => creator === undefined || issue.user.login.toLowerCase() === creator)
    .filter((issue) => wanted.every((name) => issue.labels.some((label) => label.toLowerCase() === name)))
    .sort((a, b) => {
      const order = key(a) === key(b) ? a.number - b.number : key(a) < key(b) ? -1 : 1;
      return direction === 'asc' ? order : -order;
    });
  const page = paginate(issues, ctx.query, ctx.links, ctx.path);
  return { status: 200, body: page.items.map((issue) => renderIssue(ctx, issue)), headers: page.headers };
};

const create: RepoRouteHandler = (ctx) => {
  const tooLong = checkLengths(ctx.body);
  if (tooLong) return tooLong;
  const assignees = assigneesFrom(ctx.body) ?? [];
  const refused = checkAssignees(ctx, assignees);
  if (refused) return refused;
  const issue = ctx.state.addIssue(ctx.repo, {
    title: String(ctx.body.title),
    body: ctx.body.body ?? null,
    labels: labelNames(ctx.body.labels) ?? [],
    assignees,
    user: callerActor(ctx),
  });
  const location = `${ctx.links.api}/repos/${ctx.repo.fullName}/issues/${issue.number}`;
  return { status: 201, body: renderIssue(ctx, issue), headers: { location } };
};

const get: RepoRouteHandler = (ctx) => {
  const issue = ctx.repo.issues.get(intParam(ctx.params.issue_number, -1));
  return issue ? { status: 200, body: renderIssue(ctx, issue) } : notFound();
};

const update: RepoRouteHandler = (ctx) => {
  const issue = ctx.repo.issues.get(intParam(ctx.params.issue_number, -1));
  if (!issue) return notFound();
  const tooLong = checkLengths(ctx.body);
  if (tooLong) return tooLong;
  const assignees = assigneesFrom(ctx.body);
  if (assignees) {
    const refused = checkAssignees(ctx, assignees);
    if (refused) return refused;
    issue.assignees = assignees;
  }
  if (ctx.body.title !== undefined && ctx.body.title !== null) issue.title = String(ctx.body.title);
  if (ctx.body.body !== undefined) issue.body = ctx.body.body;
  const labels = labelNames(ctx.body.labels);
  if (labels) {
    for (const name of labels) ctx.state.ensureLabel(ctx.repo, name);
    issue.labels = labels;
  }
  const now = githubTime();
  if (ctx.body.state && ctx.body.state !== issue.state) {
    issue.state = ctx.body.state;
    issue.closedAt = issue.state === 'closed' ? now : null;
    issue.stateReason = issue.state === 'closed' ? (ctx.body.state_reason ?? 'completed') : 'reopened';
  } else if (ctx.body.state_reason !== undefined) {
    issue.stateReason = ctx.body.state_reason;
  }
  issue.updatedAt = now;
  return { status: 200, body: renderIssue(ctx, issue) };
};

/** Issue routes by operationId. */
export const issueRoutes: Record<string, RepoRouteHandler> = {
  'issues/list-for-repo': listForRepo,
  'issues/create': create,
  'issues/get': get,
  'issues/update': update,
};
