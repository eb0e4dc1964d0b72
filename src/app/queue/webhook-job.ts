/** One verified webhook delivery, as the web role enqueues it and a worker runs it. */
export interface WebhookJob {
  /** The `X-GitHub-Delivery` id: the job's key, so a redelivery of the same id is a no-op. */
  id: string;
  /** The `X-GitHub-Event` name. */
  name: string;
  payload: unknown;
}

/** Counts of jobs by state, for `/healthz` and `/metrics`. */
export interface JobCounts {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
}

/**
 * What a worker does with one job. `ranBefore`: the job started before (an earlier attempt failed,
 * or its worker died mid-job and the job was taken over). Throwing a {@link JobFailure} decides whether it is retried. */
export type JobHandler = (job: WebhookJob, attempt: number, ranBefore: boolean) => Promise<void>;

/** How jobs are retried and how many run at once. */
export interface QueuePolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** First retry delay; each later one doubles, with ±25% jitter, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  concurrency: number;
}

export const DEFAULT_POLICY: QueuePolicy = {
  attempts: 5,
  baseDelayMs: 5_000,
  maxDelayMs: 10 * 60_000,
  concurrency: 4,
};

export type EnqueueOutcome = 'queued' | 'duplicate' | 'retried';

/** The queue both engines (BullMQ on Redis, in-memory) offer the shells. */
export interface JobQueue {
  readonly engine: 'redis' | 'memory';
  /**
   * `queued` when new, `duplicate` when a job with this delivery id is queued, running or done,
   * `retried` when it had failed for good: a redelivery (someone's "Redeliver", or the redelivery
   * task) is how an operator asks for another try, so it runs again with fresh attempts.
   * `raw` is the body GitHub signed (the payload's JSON), stored as is instead of re-serialised.
   */
  enqueue(job: WebhookJob, raw?: Buffer): Promise<EnqueueOutcome>;
  /** False while the queue cannot take jobs (Redis down): the web role then answers 503. */
  isReady(): boolean;
  counts(): Promise<JobCounts>;
  /** Starts working jobs with `handler`; resolves once the worker is listening. */
  work(handler: JobHandler, hooks: WorkerHooks): Promise<void>;
  /** Runs `task` every `everyMs`, once per deployment (not once per replica). */
  schedule(name: string, everyMs: number, task: () => Promise<void>): Promise<void>;
  /** Stops taking jobs, lets running ones finish (or hands them back), then closes. */
  close(): Promise<void>;
}

/** What the shell wants to hear from a worker. */
export interface WorkerHooks {
  /** A job finished (`completed`) or gave up (`failed`, after its last attempt or a permanent error). */
  settled(job: WebhookJob, outcome: 'completed' | 'failed', durationMs: number, reason?: string): void;
  /** A job failed and will be tried again after `delayMs`. */
  retrying(job: WebhookJob, attempt: number, delayMs: number, reason: string): void;
}

/**
 * A job's failure, classified. `permanent` failures (a 4xx that a retry cannot change) go straight
 * to the failed set; others are retried, after GitHub's `retry-after` when it gave one.
 */
export class JobFailure extends Error {
  override name = 'JobFailure';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * The delay before retry number `attempt` (1 for the first retry): GitHub's `retry-after` when the
 * failure carries one, else exponential backoff with ±25% jitter so that replicas do not retry in
 * step. `random` is injectable for tests.
 */
export function retryDelayMs(
  attempt: number,
  failure: { retryAfterMs?: number } | undefined,
  policy: Pick<QueuePolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  if (failure?.retryAfterMs !== undefined && Number.isFinite(failure.retryAfterMs)) {
    return Math.min(Math.max(0, failure.retryAfterMs), policy.maxDelayMs);
  }
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, Math.min(attempt - 1, 30));
  const jitter = 0.75 + random() * 0.5;
  return Math.round(Math.min(exponential, policy.maxDelayMs) * jitter);
}
