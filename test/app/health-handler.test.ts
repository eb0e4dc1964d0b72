import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { healthHandler } from '../../src/app/health-handler.js';

function probe(handler: ReturnType<typeof healthHandler>, method: string, url: string) {
  const answer: { handled: boolean; status?: number; headers?: Record<string, string>; body?: string } = {
    handled: false,
  };
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      answer.status = status;
      answer.headers = headers;
      return this;
    },
    end(body: string) {
      answer.body = body;
    },
  } as unknown as ServerResponse;
  answer.handled = handler({ method, url } as IncomingMessage, res);
  return answer;
}

describe('healthHandler', () => {
  it('answers GET /healthz with 200, the version and "not configured" without Redis', () => {
    const answer = probe(healthHandler('1.2.3'), 'GET', '/healthz?probe=1');
    expect(answer).toMatchObject({
      handled: true,
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    expect(JSON.parse(answer.body ?? '')).toEqual({
      status: 'ok',
      version: '1.2.3',
      redis: 'not configured',
    });
  });

  it("reports Redis's state, and 503 while it is not ready", () => {
    const redis = { status: 'ready' };
    const handler = healthHandler('1.2.3', redis);
    expect(JSON.parse(probe(handler, 'GET', '/healthz').body ?? '')).toMatchObject({
      status: 'ok',
      redis: 'ready',
    });
    redis.status = 'reconnecting';
    const down = probe(handler, 'GET', '/healthz');
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body ?? '')).toEqual({
      status: 'degraded',
      version: '1.2.3',
      redis: 'reconnecting',
    });
  });

  it('leaves other paths and methods to the next handler', () => {
    expect(probe(healthHandler('1'), 'GET', '/').handled).toBe(false);
    expect(probe(healthHandler('1'), 'POST', '/healthz').handled).toBe(false);
  });
});
