import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import type { GitHubFake } from './fake.js';

const FakeOctokit = Octokit.plugin(restEndpointMethods, paginateRest);

/** An Octokit with REST methods and pagination. */
export type FakeOctokitClient = InstanceType<typeof FakeOctokit>;

/**
 * A real Octokit (REST methods + paginate) pointed at the fake, authenticated with its token.
 * `ghe: true` uses the /api/v3 prefix the way Probot does with GHE_HOST.
 */
export function createFakeOctokit(
  fake: GitHubFake,
  options: { token?: string; ghe?: boolean } = {},
): FakeOctokitClient {
  return new FakeOctokit({
    auth: options.token ?? fake.token,
    baseUrl: options.ghe ? `${fake.url}/api/v3` : fake.url,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}
