import { Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { classifyFailure } from './classify-failure.js';
import { packPayload, unpackPayload } from './packed-payload.js';
import {
  type JobCounts,
  JobFailure,
  type JobHandler,
  type JobQueue,
  type QueuePolicy,
  retryDelayMs,
  type WebhookJob,
} from './webhook-job.js';

/** Options of {@link bullmqQueue}. */
export interface BullmqOptions {
  redisUrl: string;
  policy: QueuePolicy;
  /** Queue name (and so Redis key prefix part); one per deployment. */
  name?: string;
  /** A running job's lock; a worker that dies is noticed once it lapses. Default 30 s. */
  lockDurationMs?: number;
  /** How often workers look for stalled jobs. Default 30 s. */
  stalledIntervalMs?: number;
  /** Called once per distinct Redis error message (never the URL: it may hold a password). */
  report: (message: string) => void;
}

const WEBHOOK = 'webhook';
/** Finished jobs are kept this long, so a redelivery of a finished delivery is a no-op. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 50_000 };
const KEEP_FAILED = { age: 7 * 24 * 3600, count: 50_000 };

/** What a job holds in Redis: the payload packed (see packPayload), or as JSON (older web roles). */
interface StoredJob {
  id: string;
  name: string;
  packed?: string;
  payload?: unknown;
}

/** The job a worker runs; a payload that does not unpack fails for good (a retry reads the same bytes). */
async function unpack(data: StoredJob): Promise<WebhookJob> {
  if (data.packed === undefined) return { id: data.id, name: data.name, payload: data.payload };
  try {
    return { id: data.id, name: data.name, payload: await unpackPayload(data.packed) };
  } catch (error) {
    throw new JobFailure(
      `stored payload unreadable: ${error instanceof Error ? error.message : error}`,
      true,
    );
  }
}

/**
 * Moves a job that failed for good back to waiting, with its attempts reset; false for a job in
 * any other state. Of two redeliveries at once, BullMQ lets one retry: the other is a duplicate.
 */
async function retryFailed(queue: Queue<StoredJob>, jobId: string): Promise<boolean> {
  const job = await Job.fromId<StoredJob>(queue, jobId);
  if (!job || !(await job.isFailed())) return false;
  try {
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return true;
  } catch {
    return false; // retried meanwhile by the other redelivery, or no longer failed
  }
}

/** BullMQ job ids may not contain ':' and may not be integers; delivery ids are GUIDs. */
function jobIdOf(deliveryId: string): string {
  return `delivery-${deliveryId.replaceAll(':', '_')}`;
}

/**
 * The durable queue on Redis (BullMQ). Jobs are keyed by delivery id; a job whose worker dies
 * (SIGKILL) is moved back to waiting by BullMQ's stalled-job check once its lock lapses; retries
 * use GitHub's retry-after or exponential backoff with jitter; scheduled tasks are BullMQ job
 * schedulers, which exist once per queue however many replicas upsert them.
 */
export function bullmqQueue(options: BullmqOptions): JobQueue {
  const { policy } = options;
  const name = options.name ?? 'decision-register';
  let lastError = '';
  const watch = (redis: Redis) =>
    redis
      .on('error', (error: Error) => {
        if (error.message === lastError) return;
        lastError = error.message;
        options.report(`Redis: ${error.message}`);
      })
      .on('ready', () => {
        lastError = '';
      });
  // The producer fails fast while Redis is away (no offline queue), so the web role answers 503
  // instead of 202 for a delivery it could not store. Workers must wait and reconnect instead.
  const producer = watch(
    new Redis(options.redisUrl, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 5_000,
    }),
  );
  const queue = new Queue<StoredJob>(name, { connection: producer });
  queue.on('error', () => undefined); // reported once through the connection above
  const tasks = new Map<string, () => Promise<void>>();
  let worker: Worker | undefined;
  let workerConnection: Redis | undefined;

  return {
    engine: 'redis',
    async enqueue(job, raw) {
      const jobId = jobIdOf(job.id);
      const packed = await packPayload(raw ?? Buffer.from(JSON.stringify(job.payload)));
      // BullMQ's add is a no-op for a job id it holds, but does not say so. EXISTS on the same
      // connection, sent just before it, is answered first: one round trip tells a redelivery
      // (BullMQ wraps `producer` itself, so both go down one socket in this order). Two
      // replicas adding one id at the same instant may both say `queued`; one job exists.
      const [existed] = await Promise.all([
        producer.exists(queue.toKey(jobId)),
        queue.add(
          WEBHOOK,
          { id: job.id, name: job.name, packed },
          {
            jobId,
            attempts: policy.attempts,
            backoff: { type: 'github' },
            removeOnComplete: KEEP_COMPLETED,
            removeOnFail: KEEP_FAILED,
          },
        ),
      ]);
      if (!existed) return 'queued';
      return (await retryFailed(queue, jobId)) ? 'retried' : 'duplicate';
    },
    isReady: () => producer.status === 'ready',
    async counts() {
      const raw = await queue.getJobCounts(
        'waiting',
        'active',
        'delayed',
        'completed',
        'failed',
        'prioritized',
      );
      const counts: JobCounts = {
        waiting: (raw.waiting ?? 0) + (raw.prioritized ?? 0),
        active: raw.active ?? 0,
        delayed: raw.delayed ?? 0,
        completed: raw.completed ?? 0,
        failed: raw.failed ?? 0,
      };
      return counts;
    },
    async work(handler: JobHandler, hooks) {
      const connection = watch(new Redis(options.redisUrl, { maxRetriesPerRequest: null }));
      workerConnection = connection;
      const processor = async (job: Job<StoredJob>) => {
        if (job.name !== WEBHOOK) {
          await tasks.get(job.name)?.();
          return;
        }
        const attempt = job.attemptsMade + 1;
        const started = performance.now();
        let data: WebhookJob = { id: job.data.id, name: job.data.name, payload: undefined };
        try {
          data = await unpack(job.data);
          // attemptsStarted counts this start, and also starts whose worker died (stalled jobs).
          await handler(data, attempt, job.attemptsStarted > 1);
          hooks.settled(data, 'completed', performance.now() - started);
        } catch (error) {
          const failure = classifyFailure(error);
          if (failure.permanent || attempt >= policy.attempts) {
            hooks.settled(data, 'failed', performance.now() - started, failure.message);
            throw failure.permanent ? new UnrecoverableError(failure.message) : failure;
          }
          const delayMs = retryDelayMs(attempt, failure, policy);
          hooks.retrying(data, attempt, delayMs, failure.message);
          throw Object.assign(failure, { delayMs });
        }
      };
      worker = new Worker(name, processor, {
        connection,
        concurrency: policy.concurrency,
        lockDuration: options.lockDurationMs ?? 30_000,
        stalledInterval: options.stalledIntervalMs ?? 30_000,
        maxStalledCount: 2,
        settings: {
          backoffStrategy: (_attempts: number, _type?: string, error?: Error) =>
            (error as { delayMs?: number } | undefined)?.delayMs ?? policy.baseDelayMs,
        },
      });
      worker.on('error', () => undefined); // connection errors are reported once, above
      await worker.waitUntilReady();
    },
    async schedule(taskName, everyMs, task) {
      tasks.set(taskName, task);
      await queue.upsertJobScheduler(
        taskName,
        { every: everyMs },
        { name: taskName, opts: { removeOnComplete: true, removeOnFail: 100 } },
      );
    },
    async close() {
      await worker?.close();
      await workerConnection?.quit().catch(() => workerConnection?.disconnect());
      await queue.close();
      await producer.quit().catch(() => producer.disconnect());
    },
  };
}
