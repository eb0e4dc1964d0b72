import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bullmqQueue } from '../../../src/app/queue/bullmq-queue.js';
import { packPayload, unpackPayload } from '../../../src/app/queue/packed-payload.js';
import type { WebhookJob } from '../../../src/app/queue/webhook-job.js';
import { pullRequestPayload } from '../../support/webhook-payloads.js';
import { hasRedis, type RedisProcess, startRedisServer } from '../redis-server.js';

// The BullMQ engine in-process against a real redis-server: what the web role stores per
// delivery and how it tells a redelivery, without spawning the app.
const policy = { attempts: 2, baseDelayMs: 10, maxDelayMs: 50, concurrency: 2 };
const payload = pullRequestPayload('synchronize', {
  owner: 'acme',
  repo: 'decisions',
  number: 7,
  headSha: 'a'.repeat(40),
  baseSha: 'b'.repeat(40),
});
const raw = Buffer.from(JSON.stringify(payload));

describe('bullmqQueue (real redis-server)', () => {
  let server: RedisProcess | undefined;
  let redis: Redis;

  beforeAll(async () => {
    if (!hasRedis) {
      console.warn('redis-server is not installed: the BullMQ queue tests below are reported as skipped.');
      return;
    }
    server = await startRedisServer();
    redis = new Redis(server.url);
  });
  afterAll(async () => {
    await redis?.quit();
    await server?.stop();
  });

  it('packs a payload to a fraction of its JSON and unpacks it unchanged', async () => {
    const packed = await packPayload(raw);
    expect(packed.length).toBeLessThan(raw.length / 4);
    expect(await unpackPayload(packed)).toEqual(payload);
  });

  it.skipIf(!hasRedis)(
    'tells a redelivery by its id; stores the payload packed; the worker gets it whole',
    async () => {
      const queue = bullmqQueue({ redisUrl: server!.url, policy, name: 'unit', report: () => undefined });
      // The web role answers 503 until its producer is connected; wait as /readyz does.
      for (let i = 0; i < 500 && !queue.isReady(); i++) await new Promise((r) => setTimeout(r, 10));
      const job: WebhookJob = { id: 'guid-1', name: 'pull_request', payload };
      expect(await queue.enqueue(job, raw)).toBe('queued');
      expect(await queue.enqueue(job, raw)).toBe('duplicate');
      // Control: another id is new, so `duplicate` above is not the answer to every add.
      expect(await queue.enqueue({ ...job, id: 'guid-2' }, raw)).toBe('queued');
      expect(await queue.counts()).toMatchObject({ waiting: 2 });

      const stored = JSON.parse((await redis.hget('bull:unit:delivery-guid-1', 'data')) ?? '{}');
      expect(stored).toMatchObject({ id: 'guid-1', name: 'pull_request' });
      expect(stored.payload).toBeUndefined();
      expect(stored.packed.length).toBeLessThan(raw.length / 4);

      const seen: WebhookJob[] = [];
      await queue.work(
        async (j) => {
          seen.push(j);
        },
        { settled: () => undefined, retrying: () => undefined },
      );
      for (let i = 0; i < 200 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
      expect(seen.map((j) => j.id).sort()).toEqual(['guid-1', 'guid-2']);
      expect(seen[0]!.payload).toEqual(payload);
      // A finished job's id is still a duplicate.
      expect(await queue.enqueue(job, raw)).toBe('duplicate');
      await queue.close();
    },
  );

  it.skipIf(!hasRedis)(
    'runs a job that failed for good again, with fresh attempts, when its delivery comes again',
    async () => {
      const queue = bullmqQueue({
        redisUrl: server!.url,
        policy: { ...policy, attempts: 2, baseDelayMs: 10 },
        name: 'retried',
        report: () => undefined,
      });
      for (let i = 0; i < 500 && !queue.isReady(); i++) await new Promise((r) => setTimeout(r, 10));
      const job: WebhookJob = { id: 'guid-f', name: 'pull_request', payload };
      let healthy = false;
      const attempts: number[] = [];
      const settled: string[] = [];
      await queue.work(
        async (_j, attempt) => {
          attempts.push(attempt);
          if (!healthy) throw new Error('GitHub down');
        },
        { settled: (_j, outcome) => settled.push(outcome), retrying: () => undefined },
      );
      expect(await queue.enqueue(job, raw)).toBe('queued');
      for (let i = 0; i < 300 && settled.length < 1; i++) await new Promise((r) => setTimeout(r, 10));
      expect(settled).toEqual(['failed']);
      // The hook runs inside the attempt: BullMQ moves the job to the failed set just after.
      const counted = async (state: 'failed' | 'completed') => {
        for (let i = 0; i < 300 && (await queue.counts())[state] < 1; i++)
          await new Promise((r) => setTimeout(r, 10));
        return queue.counts();
      };
      expect(await counted('failed')).toMatchObject({ failed: 1 });

      healthy = true;
      // Two redeliveries at once: one retries the job, the other is a duplicate.
      const answers = await Promise.all([queue.enqueue(job, raw), queue.enqueue(job, raw)]);
      expect(answers.sort()).toEqual(['duplicate', 'retried']);
      for (let i = 0; i < 300 && settled.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
      expect(settled).toEqual(['failed', 'completed']);
      expect(attempts).toEqual([1, 2, 1]);
      expect(await counted('completed')).toMatchObject({ failed: 0, completed: 1 });
      expect(await queue.enqueue(job, raw)).toBe('duplicate');
      await queue.close();
    },
  );
});
