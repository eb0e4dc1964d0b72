import { describe, expect, it } from 'vitest';
import { memoryQueue } from '../../../src/app/queue/memory-queue.js';
import { JobFailure, type WebhookJob } from '../../../src/app/queue/webhook-job.js';

const policy = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20, concurrency: 2 };
const job = (id: string): WebhookJob => ({ id, name: 'pull_request', payload: {} });

function recorder() {
  const events: string[] = [];
  return {
    events,
    hooks: {
      settled: (j: WebhookJob, outcome: string, _ms: number, reason?: string) =>
        events.push(`${j.id}:${outcome}${reason ? `:${reason}` : ''}`),
      retrying: (j: WebhookJob, attempt: number) => events.push(`${j.id}:retry${attempt}`),
    },
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('memoryQueue', () => {
  it('keys jobs by delivery id: a queued, running or finished id is a duplicate', async () => {
    const queue = memoryQueue(policy);
    const seen: string[] = [];
    const { hooks, events } = recorder();
    expect(await queue.enqueue(job('a'))).toBe('queued');
    expect(await queue.enqueue(job('a'))).toBe('duplicate');
    await queue.work(async (j) => {
      seen.push(j.id);
    }, hooks);
    await until(() => events.length === 1);
    expect(await queue.enqueue(job('a'))).toBe('duplicate');
    expect(seen).toEqual(['a']);
    expect(await queue.counts()).toMatchObject({ completed: 1, waiting: 0, failed: 0 });
    await queue.close();
  });

  it('retries a transient failure with backoff, and fails a permanent one at once', async () => {
    const queue = memoryQueue(policy);
    const { hooks, events } = recorder();
    let calls = 0;
    await queue.work(async (j, attempt) => {
      calls++;
      if (j.id === 'flaky' && attempt < 3) throw new JobFailure('502', false);
      if (j.id === 'broken') throw new JobFailure('404', true);
    }, hooks);
    await queue.enqueue(job('flaky'));
    await queue.enqueue(job('broken'));
    await until(() => events.filter((e) => /completed|failed/.test(e)).length === 2);
    expect(events.sort()).toEqual(['broken:failed:404', 'flaky:completed', 'flaky:retry1', 'flaky:retry2']);
    expect(calls).toBe(4);
    expect(await queue.counts()).toMatchObject({ completed: 1, failed: 1 });
    await queue.close();
  });

  it('gives up after the last attempt and counts the job failed', async () => {
    const queue = memoryQueue(policy);
    const { hooks, events } = recorder();
    await queue.work(async () => {
      throw new Error('network down');
    }, hooks);
    await queue.enqueue(job('down'));
    await until(() => events.some((e) => e.includes('failed')));
    expect(events).toEqual(['down:retry1', 'down:retry2', 'down:failed:network down']);
    expect((await queue.counts()).failed).toBe(1);
    await queue.close();
  });

  it('runs a failed job again, with fresh attempts, when its delivery comes again', async () => {
    const queue = memoryQueue(policy);
    const { hooks, events } = recorder();
    let healthy = false;
    const attempts: number[] = [];
    await queue.work(async (_j, attempt) => {
      attempts.push(attempt);
      if (!healthy) throw new JobFailure('404', true);
    }, hooks);
    await queue.enqueue(job('x'));
    await until(() => events.includes('x:failed:404'));
    healthy = true;
    expect(await queue.enqueue(job('x'))).toBe('retried');
    // While it runs again, a second redelivery is a duplicate.
    expect(await queue.enqueue(job('x'))).toBe('duplicate');
    await until(() => events.includes('x:completed'));
    expect(attempts).toEqual([1, 1]);
    expect(await queue.counts()).toMatchObject({ completed: 1, failed: 0 });
    expect(await queue.enqueue(job('x'))).toBe('duplicate');
    await queue.close();
  });

  it('runs at most `concurrency` jobs at once and drains running ones on close', async () => {
    const queue = memoryQueue(policy);
    const { hooks, events } = recorder();
    let running = 0;
    let peak = 0;
    await queue.work(async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
    }, hooks);
    for (const id of ['1', '2', '3', '4', '5']) await queue.enqueue(job(id));
    await new Promise((r) => setTimeout(r, 5));
    await queue.close();
    expect(peak).toBe(2);
    expect(running).toBe(0);
    expect(events.filter((e) => e.endsWith('completed')).length).toBeGreaterThanOrEqual(2);
  });
});
