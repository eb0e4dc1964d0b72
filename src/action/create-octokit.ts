import { getOctokit } from '@actions/github';
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
 */
export function createOctokit(token: string, log: Logger): OctokitLike {
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
  return getOctokit(
    token,
    {
      // Read at call time: @actions/github reads GITHUB_API_URL once, when it is first imported,
      // which a host such as local-action may do before it sets the environment.
      ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      retry: { retries: 3 },
    },
    // githubAnswers first: it runs inside the retry plugin, so network failures get its bounded retries.
    githubAnswers as never,
    retry,
    throttling,
  ) as unknown as OctokitLike;
}
