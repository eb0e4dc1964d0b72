import type { Actor } from './records.js';
import { actorId } from './state.js';

/** Base URLs for the request being answered: `api` carries the /api/v3 prefix when the client used it. */
export interface Links {
  /** e.g. http://127.0.0.1:PORT or http://127.0.0.1:PORT/api/v3 */
  api: string;
  /** e.g. http://127.0.0.1:PORT (html_url values start here) */
  web: string;
}

/** A JSON object as the fake builds it. */
export type Json = Record<string, unknown>;

/** GitHub-style opaque node id. */
export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}${id}`).toString('base64');
}

/** A simple-user object for an actor. */
export function renderUser(actor: Actor, links: Links): Json {
  const { login } = actor;
  const api = `${links.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id: actorId(login),
    node_id: nodeId(actor.type, actorId(login)),
    avatar_url: `${links.web}/avatars/${encodeURIComponent(login)}`,
    gravatar_id: '',
    url: api,
    html_url: `${links.web}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: actor.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

const EXAMPLE_REPOS = /\b(octocat\/Hello-World|github\/hello-world)\b/g;

/**
 * Rewrites every string of a spec example so its URLs point at the fake and name the right
 * repository; the example's remaining fields then satisfy the response schema's required list.
 */
export function rebase<T>(example: T, links: Links, fullName: string): T {
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value
        .replace(/^https:\/\/api\.github\.com/, links.api)
        .replace(/^https:\/\/github\.com/, links.web)
        .replace(/^https:\/\/uploads\.github\.com/, links.web)
        .replace(EXAMPLE_REPOS, fullName);
    }
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, visit(child)]));
    }
    return value;
  };
  return visit(example) as T;
}

/** A GitHub-style error body; `status` is a string on GitHub. */
export function errorBody(status: number, message: string, docs = 'https://docs.github.com/rest'): Json {
  return { message, documentation_url: docs, status: String(status) };
}
