import { messageOf, statusOf } from '../../github/octokit-like.js';
import { JobFailure } from './webhook-job.js';

/** GitHub's `retry-after` (seconds) or the reset time of an exhausted rate limit, in ms from now. */
function retryAfterOf(error: unknown, now: number): number | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } })?.response?.headers;
  if (!headers) return undefined;
  const after = Number(headers['retry-after']);
  if (Number.isFinite(after) && after >= 0) return after * 1000;
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}

/** The error underneath: inside AggregateErrors (Probot's receive) and causes (the delivery guard's). */
function rootOf(error: unknown, depth = 0): unknown {
  if (depth > 5 || typeof error !== 'object' || error === null) return error;
  const inner = (error as { errors?: unknown[] }).errors;
  if (Array.isArray(inner) && inner.length > 0) return rootOf(inner[0], depth + 1);
  const cause = (error as { cause?: unknown }).cause;
  return cause === undefined ? error : rootOf(cause, depth + 1);
}

/**
 * Classifies what a handler threw. A 4xx from GitHub other than a rate limit (403 with a
 * retry-after or an exhausted limit, 429) is permanent: retrying the same request changes nothing.
 * 5xx, rate limits and network failures are retried.
 */
export function classifyFailure(error: unknown, now = Date.now()): JobFailure {
  if (error instanceof JobFailure) return error;
  const root = rootOf(error);
  const status = statusOf(root);
  const retryAfterMs = retryAfterOf(root, now);
  const rateLimited = status === 429 || (status === 403 && retryAfterMs !== undefined);
  const permanent = status !== undefined && status >= 400 && status < 500 && !rateLimited;
  const message = messageOf(root).split('\n')[0] ?? 'unknown error';
  const described =
    status !== undefined && !message.includes(String(status)) ? `${message} (HTTP ${status})` : message;
  return new JobFailure(described, permanent, retryAfterMs);
}
