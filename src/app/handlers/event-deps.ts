import type { Context } from 'probot';
import type { GitHubPort } from '../../github/github-port.js';
import type { KeyLock } from '../../github/memory-lock.js';
import type { OctokitLike } from '../../github/octokit/octokit-like.js';
import { createOctokitPort } from '../../github/octokit/octokit-port.js';
import { type AuthorCheck, authoredBy } from '../../github/sticky-comment.js';
import type { AppIdentity } from '../app-identity.js';
import type { AppSettings } from '../app-settings.js';
import type { ConfigCache } from '../config-cache.js';

/** What every event handler needs besides the event. */
export interface EventDeps {
  settings: AppSettings;
  lock: KeyLock;
  identity: () => Promise<AppIdentity | undefined>;
  appId: number | undefined;
  /** Each repository's raw config, briefly cached. */
  config: ConfigCache;
  today: () => string;
  /**
   * Behind the job queue: a merge whose items another run holds fails retryably, so the queue
   * comes back until every item is tracked (the holder may have died). Without a queue it is left
   * to the holder.
   */
  retryHeldItems?: boolean;
}

/** The repository an event is about, with the server URL its links use (github.com or GHES). */
export interface EventRepo {
  owner: string;
  repo: string;
  serverUrl: string;
}

interface RepositoryPayload {
  name: string;
  owner: { login: string };
  html_url: string;
}

/** Repository coordinates from an event's `repository`. */
export function eventRepo(repository: RepositoryPayload): EventRepo {
  return {
    owner: repository.owner.login,
    repo: repository.name,
    serverUrl: new URL(repository.html_url).origin,
  };
}

/** The port over the event's installation-authenticated Octokit (Probot's `context.octokit`). */
export function eventPort(context: Pick<Context, 'octokit'>, repo: EventRepo): GitHubPort {
  return createOctokitPort(context.octokit as unknown as OctokitLike, { owner: repo.owner, repo: repo.repo });
}

/** Our comments: by our bot login once `GET /app` has answered, else by any bot. */
export async function ourComments(deps: EventDeps): Promise<AuthorCheck> {
  return authoredBy((await deps.identity())?.login);
}

/** Our login (`<slug>[bot]`) once `GET /app` has answered, as an input fragment. */
export async function ourLogin(deps: EventDeps): Promise<{ login?: string }> {
  const login = (await deps.identity())?.login;
  return login ? { login } : {};
}
