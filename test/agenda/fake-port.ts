import type { Logger } from '../../src/flows/logger.js';
import type { GitHubPort } from '../../src/github/github-port.js';
import type { OctokitLike } from '../../src/github/octokit/octokit-like.js';
import { createOctokitPort } from '../../src/github/octokit/octokit-port.js';
import type { GitHubFake } from '../github-fake/index.js';
import { createFakeOctokit } from '../github-fake/octokit.js';

export const REPO = 'acme/plans';
export const repoContext = (fake: GitHubFake) => ({ owner: 'acme', repo: 'plans', serverUrl: fake.url });

/** The production port over a real Octokit (core + paginate) pointed at the fake. */
export function fakePort(fake: GitHubFake): GitHubPort {
  return createOctokitPort(createFakeOctokit(fake) as unknown as OctokitLike, {
    owner: 'acme',
    repo: 'plans',
  });
}

/** A logger that keeps what it was told, for assertions. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    notice: (m) => lines.push(`notice: ${m}`),
  };
}
