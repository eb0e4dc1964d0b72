import type { AnnotationRecord, CheckRunRecord } from '../records.js';
import { type Json, nodeId, rebase } from '../render-common.js';
import type { RenderScope } from '../render-issues.js';
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

/** A check run object; `output.annotations_count` counts every annotation sent so far. */
export function renderCheckRun(scope: RenderScope, run: CheckRunRecord): Json {
  const { links, repo } = scope;
  const template = rebase(scope.contract.template('check-run'), links, repo.fullName);
  const url = `${links.api}/repos/${repo.fullName}/check-runs/${run.id}`;
  const app = template.app as Json;
  const slug = run.app.login.replace(/\[bot\]$/, '');
  return {
    ...template,
    id: run.id,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.headSha,
    external_id: run.externalId,
    url,
    html_url: `${links.web}/${repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      ...run.output,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id },
    app: { ...app, slug, name: slug, html_url: `${links.web}/apps/${slug}` },
    pull_requests: [],
  };
}

/** Applies create/update fields; 422 for a completed run without conclusion, as GitHub answers. */
function apply(run: CheckRunRecord, body: Json): RouteResult | undefined {
  if (typeof body.name === 'string') run.name = body.name;
  if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
  if (typeof body.external_id === 'string') run.externalId = body.external_id;
  if (typeof body.started_at === 'string') run.startedAt = body.started_at;
  if (typeof body.status === 'string') run.status = body.status as CheckRunRecord['status'];
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (typeof body.completed_at === 'string') run.completedAt = body.completed_at;
  if ((run.status === 'completed' || run.completedAt) && !run.conclusion) {
    return validationFailed([{ resource: 'CheckRun', field: 'conclusion', code: 'missing_field' }]);
  }
  if (run.status === 'completed') run.completedAt ??= githubTime();
  const output = body.output as (Json & { annotations?: AnnotationRecord[] }) | undefined;
  if (output) {
    for (const key of ['title', 'summary', 'text'] as const) {
      if (typeof output[key] === 'string') run.output[key] = output[key] as string;
    }
    // GitHub appends the annotations of every request to the run.
    run.annotations.push(...(output.annotations ?? []).map((annotation) => ({ ...annotation })));
  }
  return undefined;
}

function find(ctx: RepoContext): CheckRunRecord | undefined {
  const id = intParam(ctx.params.check_run_id, -1);
  return ctx.repo.checkRuns.find((run) => run.id === id);
}

const create: RepoRouteHandler = (ctx) => {
  const run: CheckRunRecord = {
    id: ctx.state.nextId('check'),
    name: String(ctx.body.name),
    headSha: String(ctx.body.head_sha),
    status: 'queued',
    conclusion: null,
    startedAt: githubTime(),
    completedAt: null,
    detailsUrl: null,
    externalId: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
    updates: 0,
    app: callerActor(ctx),
  };
  const refused = apply(run, ctx.body);
  if (refused) return refused;
  ctx.repo.checkRuns.push(run);
  return { status: 201, body: renderCheckRun(ctx, run) };
};

const update: RepoRouteHandler = (ctx) => {
  const run = find(ctx);
  if (!run) return notFound();
  // Validate on a copy so a refused update changes nothing.
  const draft: CheckRunRecord = structuredClone(run);
  const refused = apply(draft, ctx.body);
  if (refused) return refused;
  Object.assign(run, draft, { updates: run.updates + 1 });
  return { status: 200, body: renderCheckRun(ctx, run) };
};

const get: RepoRouteHandler = (ctx) => {
  const run = find(ctx);
  return run ? { status: 200, body: renderCheckRun(ctx, run) } : notFound();
};

const listForRef: RepoRouteHandler = (ctx) => {
  const sha = ctx.repo.git.resolve(ctx.params.ref ?? '') ?? ctx.params.ref;
  const name = stringParam(ctx.query.check_name);
  const status = stringParam(ctx.query.status);
  const runs = ctx.repo.checkRuns
    .filter((run) => run.headSha === sha)
    .filter((run) => !name || run.name === name)
    .filter((run) => !status || run.status === status)
    .sort((a, b) => b.id - a.id);
  const perPage = Math.min(100, Math.max(1, intParam(ctx.query.per_page, 30)));
  const page = Math.max(1, intParam(ctx.query.page, 1));
  const slice = runs.slice((page - 1) * perPage, page * perPage);
  return {
    status: 200,
    body: { total_count: runs.length, check_runs: slice.map((run) => renderCheckRun(ctx, run)) },
  };
};

/** Check run routes by operationId. */
export const checkRoutes: Record<string, RepoRouteHandler> = {
  'checks/create': create,
  'checks/update': update,
  'checks/get': get,
  'checks/list-for-ref': listForRef,
};
