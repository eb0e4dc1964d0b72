import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'probot';

/** What every log line of a job carries, under the keys the queue's own lines use. */
export interface JobLogFields {
  delivery: string;
  event: string;
  repository?: string;
}

const running = new AsyncLocalStorage<JobLogFields>();

/** Runs `work` so that every line logged inside it, however deep, carries `fields`. */
export function withJobLogFields<T>(fields: JobLogFields, work: () => Promise<T>): Promise<T> {
  return running.run(fields, work);
}

/**
 * A child of `log` whose lines carry the running job's fields (see {@link withJobLogFields}).
 * Pino children inherit the formatter, so this reaches the loggers Probot derives from it: the
 * handlers' `context.log`, Octokit's request and rate-limit lines, Probot's own error line.
 * A line's own fields win over the job's.
 */
export function jobFieldsLogger(log: Logger): Logger {
  return log.child(
    {},
    {
      formatters: {
        log(object: object) {
          const fields = running.getStore();
          return fields ? { ...fields, ...object } : object;
        },
      },
    },
  );
}
