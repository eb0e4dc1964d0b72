import { AsyncLocalStorage } from 'node:async_hooks';
import { classifyFailure } from './classify-failure.js';

/** Where the running job stands among its attempts. */
export interface JobAttempt {
  /** The delivery id: names the job's check run (`external_id`) across attempts. */
  delivery: string;
  /** This attempt, from 1. */
  attempt: number;
  /** Attempts in all. */
  attempts: number;
  /** The job started before: an earlier attempt failed, or its worker died mid-job. */
  ranBefore: boolean;
}

const running = new AsyncLocalStorage<JobAttempt>();

/** Runs `work` so that the handlers inside it can ask {@link currentJobAttempt}. */
export function withJobAttempt<T>(attempt: JobAttempt, work: () => Promise<T>): Promise<T> {
  return running.run(attempt, work);
}

/** The attempt of the job running here; undefined outside a queued job. */
export function currentJobAttempt(): JobAttempt | undefined {
  return running.getStore();
}

/** Whether the queue will run the job again after `error` (the same rule the queue applies). */
export function willRetry(attempt: JobAttempt, error: unknown): boolean {
  return attempt.attempt < attempt.attempts && !classifyFailure(error).permanent;
}
