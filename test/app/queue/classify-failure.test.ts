import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/app/handlers/guard-delivery.js';
import { classifyFailure } from '../../../src/app/queue/classify-failure.js';
import { JobFailure, retryDelayMs } from '../../../src/app/queue/webhook-job.js';

const requestError = (status: number, headers: Record<string, string> = {}, message = 'Boom') =>
  Object.assign(new Error(message), { status, response: { headers, data: { message } } });
const wrapped = (inner: unknown) =>
  new AggregateError([
    new DeliveryError('d1', 'delivery d1 failed', new Error('create issue', { cause: inner })),
  ]);

describe('classifyFailure', () => {
  it.each([
    ['a 404 is permanent', requestError(404), true, undefined],
    ['a 422 is permanent', requestError(422), true, undefined],
    ['a 502 is retried', requestError(502), false, undefined],
    ['a 429 is retried after retry-after', requestError(429, { 'retry-after': '7' }), false, 7000],
    ['a 403 with retry-after is a rate limit', requestError(403, { 'retry-after': '2' }), false, 2000],
    [
      'a 403 saying secondary rate limit is retried',
      requestError(403, {}, 'You have exceeded a secondary rate limit.'),
      false,
      undefined,
    ],
    ['a 403 without a limit is permanent', requestError(403, {}, 'Resource not accessible'), true, undefined],
    ['a network failure is retried', new TypeError('fetch failed'), false, undefined],
  ])('%s, also inside the delivery guard and Probot’s AggregateError', (_name, error, permanent, after) => {
    for (const thrown of [error, wrapped(error)]) {
      const failure = classifyFailure(thrown);
      expect(failure).toBeInstanceOf(JobFailure);
      expect(failure.permanent).toBe(permanent);
      expect(failure.retryAfterMs).toBe(after);
    }
  });

  it('reads the reset time of an exhausted primary limit', () => {
    const now = 1_000_000;
    const error = requestError(403, {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(now / 1000 + 30),
    });
    expect(classifyFailure(error, now)).toMatchObject({ permanent: false, retryAfterMs: 30_000 });
  });
});

describe('retryDelayMs', () => {
  const policy = { baseDelayMs: 1000, maxDelayMs: 60_000 };
  it('doubles per attempt with ±25% jitter, capped', () => {
    expect(retryDelayMs(1, undefined, policy, () => 0)).toBe(750);
    expect(retryDelayMs(1, undefined, policy, () => 1)).toBe(1250);
    expect(retryDelayMs(3, undefined, policy, () => 0.5)).toBe(4000);
    expect(retryDelayMs(30, undefined, policy, () => 0.5)).toBe(60_000);
  });
  it('honours retry-after, within the cap', () => {
    expect(retryDelayMs(1, { retryAfterMs: 5000 }, policy)).toBe(5000);
    expect(retryDelayMs(1, { retryAfterMs: 10 ** 9 }, policy)).toBe(60_000);
  });
});
