import { paginate } from '../pagination.js';
import { planningOf } from '../planning-store.js';
import { renderIssue } from '../render-issues.js';
import { intParam, notFound, type RepoContext, type RepoRouteHandler, validationFailed } from './types.js';

/** The path's issue (404 when missing, as GitHub answers). */
function pathIssue(ctx: RepoContext) {
  return ctx.repo.issues.get(intParam(ctx.params.issue_number, -1));
}

/** Issues by id, rendered, one page. */
function listed(ctx: RepoContext, ids: number[]) {
  const store = planningOf(ctx.state);
  const issues = ids.map((id) => store.issueById(id)).filter((found) => found !== undefined);
  const page = paginate(issues, ctx.query, ctx.links, ctx.path);
  return {
    status: 200,
    body: page.items.map(({ repo, issue }) => renderIssue({ ...ctx, repo }, issue)),
    headers: page.headers,
  };
}

const listSubIssues: RepoRouteHandler = (ctx) => {
  const parent = pathIssue(ctx);
  if (!parent) return notFound();
  return listed(ctx, planningOf(ctx.state).subIssues.get(`${ctx.repo.fullName}#${parent.number}`) ?? []);
};

/** Like GitHub: the child must exist under the same owner, have no parent yet, and not be the parent. */
const addSubIssue: RepoRouteHandler = (ctx) => {
  const parent = pathIssue(ctx);
  if (!parent) return notFound();
  const store = planningOf(ctx.state);
  const child = store.issueById(Number(ctx.body.sub_issue_id));
  if (!child || child.repo.owner.toLowerCase() !== ctx.repo.owner.toLowerCase()) return notFound();
  if (child.issue.id === parent.id)
    return validationFailed([
      { resource: 'Issue', code: 'custom', message: 'An issue cannot be its own sub-issue' },
    ]);
  for (const [key, ids] of store.subIssues) {
    if (!ids.includes(child.issue.id)) continue;
    if (!ctx.body.replace_parent)
      return validationFailed([
        { resource: 'Issue', code: 'custom', message: 'Issue may not contain duplicate sub-issues' },
      ]);
    store.subIssues.set(
      key,
      ids.filter((id) => id !== child.issue.id),
    );
  }
  const key = `${ctx.repo.fullName}#${parent.number}`;
  store.subIssues.set(key, [...(store.subIssues.get(key) ?? []), child.issue.id]);
  return { status: 201, body: renderIssue(ctx, parent) };
};

const listBlockedBy: RepoRouteHandler = (ctx) => {
  const issue = pathIssue(ctx);
  if (!issue) return notFound();
  return listed(ctx, planningOf(ctx.state).blockedBy.get(`${ctx.repo.fullName}#${issue.number}`) ?? []);
};

const addBlockedBy: RepoRouteHandler = (ctx) => {
  const issue = pathIssue(ctx);
  if (!issue) return notFound();
  const store = planningOf(ctx.state);
  const blocker = store.issueById(Number(ctx.body.issue_id));
  if (!blocker) return notFound();
  const key = `${ctx.repo.fullName}#${issue.number}`;
  const ids = store.blockedBy.get(key) ?? [];
  if (blocker.issue.id === issue.id || ids.includes(blocker.issue.id))
    return validationFailed([
      { resource: 'IssueDependency', code: 'custom', message: 'Dependency already exists or is invalid' },
    ]);
  store.blockedBy.set(key, [...ids, blocker.issue.id]);
  return { status: 201, body: renderIssue(ctx, issue) };
};

/** Sub-issue and dependency routes by operationId. */
export const planningRoutes: Record<string, RepoRouteHandler> = {
  'issues/list-sub-issues': listSubIssues,
  'issues/add-sub-issue': addSubIssue,
  'issues/list-dependencies-blocked-by': listBlockedBy,
  'issues/add-blocked-by-dependency': addBlockedBy,
};
