import { messageOf, statusOf } from '../../github/octokit/octokit-like.js';
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

/** The error and everything underneath it: AggregateErrors (Probot's receive) and causes (guard, port). */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (chain.length < 8 && typeof current === 'object' && current !== null) {
    chain.push(current);
    const inner = (current as { errors?: unknown[] }).errors;
    current = Array.isArray(inner) && inner.length > 0 ? inner[0] : (current as { cause?: unknown }).cause;
  }
  return chain.length > 0 ? chain : [error];
}

/**
 * Classifies what a handler threw. A 4xx from GitHub other than a rate limit (429, or 403 with a
 * retry-after, an exhausted limit, or GitHub's "rate limit" message) is permanent: retrying the
 * same request changes nothing. 5xx, rate limits and network failures are retried.
 */
export function classifyFailure(error: unknown, now = Date.now()): JobFailure {
  if (error instanceof JobFailure) return error;
  const chain = chainOf(error);
  const root = chain.at(-1);
  // The deepest status is GitHub's answer; the delivery guard's own 500 sits on top of it.
  const status = [...chain]
    .reverse()
    .map(statusOf)
    .find((value) => value !== undefined);
  const retryAfterMs = chain.map((e) => retryAfterOf(e, now)).find((value) => value !== undefined);
  const text = chain.map((e) => messageOf(e)).join(' ');
  const rateLimited =
    status === 429 || (status === 403 && (retryAfterMs !== undefined || /rate limit/i.test(text)));
  const permanent = status !== undefined && status >= 400 && status < 500 && !rateLimited;
  const message = messageOf(chain[1] ?? root).split('\n')[0] ?? 'unknown error';
  const described =
    status !== undefined && !message.includes(String(status)) ? `${message} (HTTP ${status})` : message;
  return new JobFailure(described, permanent, retryAfterMs);
}
