import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../flows/logger.js';
import { githubAnswers } from '../github/octokit/octokit-answers.js';
import type { OctokitLike } from '../github/octokit/octokit-like.js';

/** Longest wait the Action accepts from a `retry-after`, in seconds; beyond it the run fails. */
const MAX_RETRY_AFTER_SECONDS = 120;
const MAX_LIMIT_RETRIES = 3;

/**
 * An Octokit for the Action: retries transient 5xx (plugin-retry) and waits out primary and
 * secondary rate limits with bounded `retry-after` (plugin-throttling), which also spaces out
 * content-creating requests the way GitHub asks. Network failures and answers that are not JSON
 * are put in words by githubAnswers, with its own few quick retries.
 *
 * Without a proxy it is @octokit/core on Node's own fetch: @actions/github would load undici
 * (≈770 KB, most of the cold start) only for its proxy agent. With HTTPS_PROXY / HTTP_PROXY set
 * for the API host (and the host not in NO_PROXY), @actions/github's client is loaded instead, so
 * requests go through the proxy exactly as before.
 */
export async function createOctokit(token: string, log: Logger): Promise<OctokitLike> {
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const retrying = retryCount < MAX_LIMIT_RETRIES && retryAfter <= MAX_RETRY_AFTER_SECONDS;
      log.warning(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}; ${retrying ? `retrying after ${retryAfter}s` : 'giving up'}.`,
      );
      return retrying;
    };
  // Read at call time: a host such as local-action may set it after our modules load.
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  const options = {
    baseUrl,
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    retry: { retries: 3 },
  };
  // githubAnswers first: it runs inside the retry plugin, so network failures get its bounded retries.
  const plugins = [githubAnswers, retry, throttling] as never[];
  if (await viaProxy(baseUrl)) {
    const { getOctokit } = await import('@actions/github');
    return getOctokit(token, options, ...plugins) as unknown as OctokitLike;
  }
  const userAgent = orchestrationAgent();
  const Client = Octokit.plugin(paginateRest, ...plugins);
  return new Client({
    ...options,
    auth: `token ${token}`,
    ...(userAgent ? { userAgent } : {}),
  }) as unknown as OctokitLike;
}

/** True when the runner's proxy variables apply to `baseUrl` (the rules of @actions/http-client). */
async function viaProxy(baseUrl: string): Promise<boolean> {
  const env = process.env;
  if (!(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY)) return false;
  const { getProxyUrl } = await import('@actions/http-client/lib/proxy');
  try {
    return getProxyUrl(new URL(baseUrl)) !== undefined;
  } catch {
    return false;
  }
}

/** The runner's orchestration id in the user agent, as @actions/github adds it. */
function orchestrationAgent(): string | undefined {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}
