import { classifyFailure } from './classify-failure.js';
import {
  DEFAULT_POLICY,
  type JobCounts,
  type JobHandler,
  type JobQueue,
  type QueuePolicy,
  retryDelayMs,
  type WebhookJob,
  type WorkerHooks,
} from './webhook-job.js';

type State = 'waiting' | 'active' | 'delayed' | 'completed' | 'failed';

/** How many settled delivery ids are remembered (oldest forgotten first), so redeliveries stay no-ops. */
const REMEMBERED = 10_000;

/**
 * The queue without REDIS_URL: one process, jobs in memory. Same interface and semantics as the
 * BullMQ queue (dedupe by delivery id, retries with backoff, a failed set, draining on close), but
 * a crash loses what was queued — the log says so at start, and the redelivery job recovers what
 * GitHub recorded as failed.
 */
export function memoryQueue(policy: QueuePolicy = DEFAULT_POLICY): JobQueue {
  const states = new Map<string, State>();
  const waiting: { job: WebhookJob; attempt: number }[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let worker: { handler: JobHandler; hooks: WorkerHooks } | undefined;
  let closed = false;

  const settle = (id: string, state: 'completed' | 'failed') => {
    states.delete(id);
    states.set(id, state);
    if (states.size > REMEMBERED) {
      for (const [key, value] of states) {
        if (value === 'completed' || value === 'failed') {
          states.delete(key);
          break;
        }
      }
    }
  };

  const runOne = async (job: WebhookJob, attempt: number) => {
    const w = worker!;
    states.set(job.id, 'active');
    const started = performance.now();
    try {
      await w.handler(job, attempt, attempt > 1);
      settle(job.id, 'completed');
      w.hooks.settled(job, 'completed', performance.now() - started);
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.permanent || attempt >= policy.attempts || closed) {
        settle(job.id, 'failed');
        w.hooks.settled(job, 'failed', performance.now() - started, failure.message);
        return;
      }
      const delay = retryDelayMs(attempt, failure, policy);
      states.set(job.id, 'delayed');
      w.hooks.retrying(job, attempt, delay, failure.message);
      const timer = setTimeout(() => {
        timers.delete(timer);
        waiting.push({ job, attempt: attempt + 1 });
        states.set(job.id, 'waiting');
        pump();
      }, delay);
      timers.add(timer);
    }
  };

  const pump = () => {
    while (worker && !closed && running.size < policy.concurrency && waiting.length > 0) {
      const next = waiting.shift()!;
      const task: Promise<void> = runOne(next.job, next.attempt).finally(() => {
        running.delete(task);
        pump();
      });
      running.add(task);
    }
  };

  return {
    engine: 'memory',
    async enqueue(job) {
      const known = states.get(job.id);
      if (known !== undefined && known !== 'failed') return 'duplicate';
      states.set(job.id, 'waiting');
      waiting.push({ job, attempt: 1 });
      pump();
      return known === 'failed' ? 'retried' : 'queued';
    },
    isReady: () => !closed,
    async counts() {
      const counts: JobCounts = { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 };
      for (const state of states.values()) counts[state] += 1;
      return counts;
    },
    async work(handler, hooks) {
      worker = { handler, hooks };
      pump();
    },
    async schedule(_name, everyMs, task) {
      const timer = setInterval(() => {
        if (!closed) task().catch(() => undefined);
      }, everyMs);
      timer.unref();
      timers.add(timer);
    },
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
