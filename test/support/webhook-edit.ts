// Rewrites a published webhook example so every repository, pull request, user and installation
// field tells the same story. Used by webhook-payloads.ts, which validates the result.
import { createHash } from 'node:crypto';

/** What a built payload is about. Only owner and repo are required. */
export interface PayloadParams {
  owner: string;
  repo: string;
  /** Pull request or issue number; default 1. */
  number?: number;
  /** Defaults are stable fake shas derived from the repository name. */
  headSha?: string;
  baseSha?: string;
  /** Merge commit of a merged pull request (also GitHub's test merge for open ones). */
  mergeSha?: string;
  /** Previous head for `synchronize`; default baseSha. */
  beforeSha?: string;
  /** Default `feature`. */
  headRef?: string;
  /** Default: the default branch. */
  baseRef?: string;
  /** Default `main`. */
  defaultBranch?: string;
  /** Default 1. */
  installationId?: number;
  /** The pull request comes from `<user>/<repo>`, a fork. */
  fork?: boolean;
  /** Author of the pull request or issue and sender of the event; default `octocat`. */
  user?: string;
  /** Owner account type; default Organization. */
  ownerType?: 'User' | 'Organization';
  title?: string;
  body?: string;
  draft?: boolean;
  // Event-specific extras, read by the builder that needs them.
  merged?: boolean;
  branch?: string;
  inputs?: Record<string, string>;
  checkRunId?: number;
  checkName?: string;
  appId?: number;
  appSlug?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: published examples are untyped JSON, edited in place then schema-checked
type Payload = any;

function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function stableId(seed: string): number {
  return Number.parseInt(fakeSha(seed).slice(0, 7), 16);
}

function replaceStrings(value: Payload, from: string, to: string): Payload {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, replaceStrings(child, from, to)]),
    );
  }
  return value;
}

/** An example user object re-labelled as `login`. */
function user(template: Payload, login: string, type?: string): Payload {
  const edited = replaceStrings(template, String(template.login), login);
  return {
    ...edited,
    login,
    id: stableId(`user:${login}`),
    node_id: Buffer.from(`User${login}`).toString('base64'),
    type: type ?? edited.type,
  };
}

/** An example repository object re-labelled as `fullName`. */
function repository(
  template: Payload,
  fullName: string,
  ownerType: string,
  defaultBranch: string,
  fork: boolean,
): Payload {
  const [owner = '', name = ''] = fullName.split('/');
  const edited = replaceStrings(template, String(template.full_name), fullName);
  edited.owner = user(edited.owner, owner, ownerType);
  if ('name' in edited.owner) edited.owner.name = owner;
  if ('master_branch' in edited) edited.master_branch = defaultBranch;
  return {
    ...edited,
    id: stableId(`repo:${fullName}`),
    name,
    full_name: fullName,
    default_branch: defaultBranch,
    fork,
  };
}

/**
 * Some published examples carry zone-less timestamps ("2018-04-25 20:42:10") that the schema's
 * date-time format rejects; read them as UTC.
 */
export function normalizeTimestamps(value: Payload): Payload {
  if (typeof value === 'string') return value.replace(/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/, '$1T$2Z');
  if (Array.isArray(value)) return value.map(normalizeTimestamps);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, normalizeTimestamps(child)]));
  }
  return value;
}

function renumber(value: Payload, from: number, to: number): Payload {
  if (typeof value === 'string')
    return value.replace(new RegExp(`/(pulls|pull|issues)/${from}(?=$|[/#.?])`, 'g'), `/$1/${to}`);
  if (Array.isArray(value)) return value.map((item) => renumber(item, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, renumber(child, from, to)]));
  }
  return value;
}

/** Rewrites a published example (a deep copy) for the given repository, pull request and users. */
export function editPayload(
  source: Payload,
  params: PayloadParams,
  extra: { merged?: boolean } = {},
): Payload {
  const full = `${params.owner}/${params.repo}`;
  const defaultBranch = params.defaultBranch ?? 'main';
  const ownerType = params.ownerType ?? 'Organization';
  const login = params.user ?? 'octocat';
  const number = params.number ?? 1;
  const headSha = params.headSha ?? fakeSha(`${full}#head`);
  const baseSha = params.baseSha ?? fakeSha(`${full}#base`);
  const headRef = params.headRef ?? 'feature';
  const baseRef = params.baseRef ?? defaultBranch;
  const payload = replaceStrings(source, String(source.repository.full_name), full);
  const repo = (template: Payload, name = full, fork = false) =>
    repository(template, name, name === full ? ownerType : 'User', defaultBranch, fork);

  payload.repository = repo(payload.repository);
  payload.sender = user(payload.sender, login, login.endsWith('[bot]') ? 'Bot' : 'User');
  payload.installation = {
    id: params.installationId ?? 1,
    node_id: Buffer.from(`Installation${params.installationId ?? 1}`).toString('base64'),
  };
  delete payload.organization;

  if (payload.pull_request) {
    const pr = renumber(payload.pull_request, payload.pull_request.number, number);
    const headRepo = params.fork ? `${login}/${params.repo}` : full;
    const closed = payload.action === 'closed';
    Object.assign(pr, {
      number,
      state: closed ? 'closed' : 'open',
      user: user(pr.user, login),
      title: params.title ?? pr.title,
      body: params.body ?? pr.body,
      draft: payload.action === 'ready_for_review' ? false : (params.draft ?? false),
      merged: extra.merged ?? false,
      merged_at: extra.merged ? pr.closed_at : null,
      merged_by: extra.merged ? user(pr.user, login) : null,
      merge_commit_sha: params.mergeSha ?? pr.merge_commit_sha,
      closed_at: closed ? pr.closed_at : null,
    });
    pr.head = {
      ...pr.head,
      ref: headRef,
      sha: headSha,
      label: `${headRepo.split('/')[0]}:${headRef}`,
      user: user(pr.head.user, headRepo.split('/')[0] ?? login),
      repo: repo(pr.head.repo, headRepo, Boolean(params.fork)),
    };
    pr.base = {
      ...pr.base,
      ref: baseRef,
      sha: baseSha,
      label: `${params.owner}:${baseRef}`,
      user: user(pr.base.user, params.owner, ownerType),
      repo: repo(pr.base.repo),
    };
    payload.pull_request = pr;
    payload.number = number;
    if (payload.action === 'synchronize')
      Object.assign(payload, { before: params.beforeSha ?? baseSha, after: headSha });
  }
  if (payload.check_run) {
    const run = payload.check_run;
    const api = String(payload.repository.url);
    const side = (ref: string, sha: string) => ({
      ref,
      sha,
      repo: { id: payload.repository.id, url: api, name: params.repo },
    });
    Object.assign(run, {
      id: params.checkRunId ?? run.id,
      name: params.checkName ?? 'decision-register',
      head_sha: headSha,
    });
    run.pull_requests =
      params.number === undefined
        ? []
        : [
            {
              url: `${api}/pulls/${number}`,
              id: stableId(`pr:${full}#${number}`),
              number,
              head: side(headRef, headSha),
              base: side(baseRef, baseSha),
            },
          ];
    Object.assign(run.check_suite, {
      head_sha: headSha,
      head_branch: headRef,
      after: headSha,
      pull_requests: run.pull_requests,
    });
    for (const app of [run.app, run.check_suite.app]) {
      if (app && params.appId !== undefined) app.id = params.appId;
      if (app && params.appSlug !== undefined) app.slug = params.appSlug;
    }
  }
  if (payload.commits && payload.head_commit) {
    const ref = `refs/heads/${params.branch ?? defaultBranch}`;
    const commit = {
      ...payload.head_commit,
      id: headSha,
      url: `${payload.repository.html_url}/commit/${headSha}`,
    };
    Object.assign(payload, {
      ref,
      before: baseSha,
      after: headSha,
      created: false,
      deleted: false,
      forced: false,
      base_ref: null,
      head_commit: commit,
      commits: [commit],
    });
    payload.compare = `${payload.repository.html_url}/compare/${baseSha.slice(0, 12)}...${headSha.slice(0, 12)}`;
    payload.pusher = { name: login, email: `${login}@users.noreply.example.com` };
  }
  if (payload.workflow !== undefined && payload.inputs !== undefined) {
    Object.assign(payload, {
      ref: `refs/heads/${params.branch ?? defaultBranch}`,
      inputs: params.inputs ?? {},
    });
  }
  if (payload.issue) {
    const issue = renumber(payload.issue, payload.issue.number, number);
    Object.assign(issue, {
      number,
      user: user(issue.user, login),
      title: params.title ?? issue.title,
      body: params.body ?? issue.body,
      state: 'open',
    });
    payload.issue = issue;
  }
  return payload;
}
