import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryQueue } from '../../../src/app/queue/memory-queue.js';
import type { JobQueue } from '../../../src/app/queue/webhook-job.js';
import { type ReceiveOutcome, webhookReceiver } from '../../../src/app/queue/webhook-receiver.js';
import { webhookHeaders } from '../../support/webhook-payloads.js';
import { SECRET } from '../scenario.js';

// The web role's door, in-process on the memory queue (no worker: whatever is enqueued stays
// waiting, so the counts show exactly what got in). A small cap keeps the oversized case cheap.
describe('the webhook receiver refuses bad deliveries at the door', () => {
  const MAX = 64 * 1024;
  let queue: JobQueue;
  let server: Server;
  let url: string;
  const outcomes: ReceiveOutcome[] = [];

  beforeAll(async () => {
    queue = memoryQueue();
    server = createServer(
      webhookReceiver({ secret: SECRET, queue, maxBytes: MAX, onOutcome: (o) => void outcomes.push(o) }),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    await queue.close();
    await new Promise((done) => server.close(done));
  });

  const post = async (body: string, id: string, override: Record<string, string | undefined> = {}) => {
    const headers: Record<string, string> = await webhookHeaders('pull_request', body, SECRET, id);
    for (const [name, value] of Object.entries(override)) {
      if (value === undefined) delete headers[name];
      else headers[name] = value;
    }
    const response = await fetch(url, { method: 'POST', headers, body });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it.each([
    ['no delivery id', '{}', { 'x-github-delivery': undefined }, 400, 'bad-request'],
    ['a malformed delivery id', '{}', { 'x-github-delivery': 'a b/c' }, 400, 'bad-request'],
    ['no event name', '{}', { 'x-github-event': undefined }, 400, 'bad-request'],
    ['no signature', '{}', { 'x-hub-signature-256': undefined }, 400, 'bad-request'],
    ['a wrong signature', '{}', { 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` }, 401, 'bad-signature'],
    ['a body over the cap', `{"pad":"${'x'.repeat(MAX)}"}`, {}, 413, 'too-large'],
    ['a body that is not JSON', 'not json', {}, 400, 'bad-request'],
    ['a JSON array', '[{"action":"opened"}]', {}, 400, 'bad-request'],
    ['a JSON string', '"opened"', {}, 400, 'bad-request'],
    ['JSON null', 'null', {}, 400, 'bad-request'],
  ] as const)('%s → %i, nothing enqueued', async (_what, body, override, status, outcome) => {
    const before = outcomes.length;
    const answer = await post(body, `door-${outcomes.length}`, override);
    expect(answer.status).toBe(status);
    expect(answer.body.error).toEqual(expect.any(String));
    expect(outcomes.slice(before)).toEqual([outcome]);
    expect(await queue.counts()).toEqual({ waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 });
  });

  it('the same door takes a signed JSON object: 202, one job waiting, a repeat is a duplicate', async () => {
    const body = JSON.stringify({ action: 'opened', pad: 'x'.repeat(MAX - 100) });
    expect(await post(body, 'door-good')).toEqual({
      status: 202,
      body: { delivery: 'door-good', queued: true },
    });
    expect(await post(body, 'door-good')).toEqual({
      status: 202,
      body: { delivery: 'door-good', duplicate: true },
    });
    expect(await queue.counts()).toMatchObject({ waiting: 1 });
  });
});
