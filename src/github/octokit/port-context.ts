import type { RepoRef } from '../github-port.js';
import { GitHubError } from '../github-port.js';
import { messageOf, type OctokitLike, statusOf } from './octokit-like.js';

/** What every group of port methods shares: the client, the repository and the error mapping. */
export interface PortContext {
  octokit: OctokitLike;
  repo: RepoRef;
  /** `{ owner, repo }`, spread into every request. */
  base: { owner: string; repo: string };
  /** Runs a request; a failed answer becomes a `GitHubError` that names what was being done. */
  call<T>(what: string, run: () => Promise<T>): Promise<T>;
  /** Runs a request; a 404 becomes `null`. */
  orNull<T>(run: () => Promise<T>): Promise<T | null>;
}

export function portContext(octokit: OctokitLike, repo: RepoRef): PortContext {
  const base = { owner: repo.owner, repo: repo.repo };

  const call = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof GitHubError) {
        error.message = `${what}: ${error.message}`;
        throw error;
      }
      const status = statusOf(error);
      if (status === undefined) throw error;
      const message = messageOf(error);
      throw new GitHubError(
        status,
        `${what}: ${message}${message.includes(`HTTP ${status}`) ? '' : ` (HTTP ${status})`}`,
      );
    }
  };
  const orNull = async <T>(run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  };
  return { octokit, repo, base, call, orNull };
}
