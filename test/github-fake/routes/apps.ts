import type { HookDelivery } from '../hook-deliveries.js';
import { errorBody, type Json, rebase, renderUser } from '../render-common.js';
import {
  intParam,
  notFound,
  type RepoRouteHandler,
  type RouteContext,
  type RouteHandler,
  stringParam,
} from './types.js';

const APP_PERMISSIONS = {
  checks: 'write',
  contents: 'write',
  issues: 'write',
  metadata: 'read',
  pull_requests: 'read',
};
const APP_EVENTS = ['check_run', 'pull_request', 'push'];

function renderApp(ctx: RouteContext): Json {
  const app = ctx.auth.app;
  const slug = app?.slug ?? 'app';
  return {
    ...rebase(ctx.contract.template('integration'), ctx.links, slug),
    id: app?.id ?? 1,
    slug,
    name: slug,
    html_url: `${ctx.links.web}/apps/${slug}`,
    permissions: APP_PERMISSIONS,
    events: APP_EVENTS,
  };
}

function renderInstallation(ctx: RouteContext, account: string, accountType: 'User' | 'Organization'): Json {
  const app = ctx.auth.app;
  const id = app?.installationId ?? 1;
  return {
    ...rebase(ctx.contract.template('installation'), ctx.links, account),
    id,
    account: renderUser({ login: account, type: accountType }, ctx.links),
    access_tokens_url: `${ctx.links.api}/app/installations/${id}/access_tokens`,
    html_url: `${ctx.links.web}/organizations/${account}/settings/installations/${id}`,
    app_id: app?.id ?? 1,
    app_slug: app?.slug ?? 'app',
    target_type: accountType,
    permissions: APP_PERMISSIONS,
    events: APP_EVENTS,
    suspended_at: null,
    suspended_by: null,
  };
}

const getAuthenticatedApp: RouteHandler = (ctx) => ({ status: 200, body: renderApp(ctx) });

const createInstallationToken: RouteHandler = (ctx) => {
  const id = intParam(ctx.params.installation_id, -1);
  if (id !== ctx.auth.app?.installationId && !ctx.auth.app?.otherInstallationIds?.includes(id)) {
    return notFound();
  }
  const { token, expiresAt } = ctx.auth.issueInstallationToken();
  return {
    status: 201,
    body: { token, expires_at: expiresAt, permissions: APP_PERMISSIONS, repository_selection: 'all' },
  };
};

const getRepoInstallation: RepoRouteHandler = (ctx) => ({
  status: 200,
  body: renderInstallation(ctx, ctx.repo.owner, ctx.repo.ownerType),
});

const getAuthenticatedUser: RouteHandler = (ctx) => {
  if (ctx.caller === 'app' || ctx.caller.kind === 'installation') {
    return {
      status: 403,
      body: errorBody(
        403,
        'Resource not accessible by integration',
        'https://docs.github.com/rest/users/users#get-the-authenticated-user',
      ),
    };
  }
  const { login } = ctx.caller.actor;
  const template = ctx.contract.template('private-user-response-with-public-and-private-profile-information');
  return {
    status: 200,
    body: { ...rebase(template, ctx.links, login), ...renderUser(ctx.caller.actor, ctx.links), name: login },
  };
};

const getRateLimit: RouteHandler = (ctx) => {
  const body = ctx.contract.template('rate-limit-overview') as {
    rate: Json;
    resources: Record<string, Json>;
  };
  const reset = Math.floor(Date.now() / 1000) + 3600;
  for (const bucket of [body.rate, ...Object.values(body.resources)]) bucket.reset = reset;
  return { status: 200, body };
};

function renderDelivery(entry: HookDelivery): Json {
  const ok = entry.statusCode >= 200 && entry.statusCode < 300;
  return {
    id: entry.id,
    guid: entry.guid,
    delivered_at: entry.deliveredAt,
    redelivery: entry.redelivery,
    duration: 0.05,
    status: ok ? 'OK' : entry.statusCode === 0 ? 'timed out' : `Invalid HTTP Response: ${entry.statusCode}`,
    status_code: entry.statusCode,
    event: entry.event,
    action: entry.action,
    installation_id: entry.installationId,
    repository_id: entry.repositoryId,
  };
}

/** GitHub pages this list by cursor (the last id seen), newest first. */
const listWebhookDeliveries: RouteHandler = (ctx) => {
  const perPage = Math.min(100, Math.max(1, intParam(ctx.query.per_page, 30)));
  const cursor = stringParam(ctx.query.cursor);
  const after = cursor ? Number.parseInt(cursor.replace(/^v1_/, ''), 10) : Number.POSITIVE_INFINITY;
  const wanted = stringParam(ctx.query.status);
  const all = ctx.state.hook.entries.filter((entry) => {
    if (entry.id >= after) return false;
    const ok = entry.statusCode >= 200 && entry.statusCode < 300;
    return wanted === undefined || (wanted === 'success') === ok;
  });
  const page = all.slice(0, perPage);
  const headers: Record<string, string> = {};
  if (all.length > perPage) {
    const next = new URLSearchParams({ per_page: String(perPage), cursor: `v1_${page.at(-1)!.id}` });
    if (wanted) next.set('status', wanted);
    headers.link = `<${ctx.links.api}${ctx.path}?${next}>; rel="next"`;
  }
  return { status: 200, body: page.map(renderDelivery), headers };
};

const redeliverWebhookDelivery: RouteHandler = (ctx) => {
  if (!ctx.state.hook.redeliver(intParam(ctx.params.delivery_id, -1))) return notFound();
  return { status: 202, body: {} };
};

/** App and account routes that are not under a repository, by operationId. */
export const appRoutes: Record<string, RouteHandler> = {
  'apps/list-webhook-deliveries': listWebhookDeliveries,
  'apps/redeliver-webhook-delivery': redeliverWebhookDelivery,
  'apps/get-authenticated': getAuthenticatedApp,
  'apps/create-installation-access-token': createInstallationToken,
  'users/get-authenticated': getAuthenticatedUser,
  'rate-limit/get': getRateLimit,
};

/** App routes under a repository, by operationId. */
export const appRepoRoutes: Record<string, RepoRouteHandler> = {
  'apps/get-repo-installation': getRepoInstallation,
};
