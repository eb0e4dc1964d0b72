import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { createProbot, type Logger, type Probot, ProbotOctokit, run } from 'probot';
import type { OctokitLike } from '../github/octokit/octokit-like.js';
import { VERSION } from '../model/project.js';
import { credentialsFromEnv, StartError } from './app-credentials.js';
import { appDependencies, redisFromEnv } from './app-from-env.js';
import { decisionRegisterApp } from './decision-register-app.js';
import { jobFieldsLogger, withJobLogFields } from './job-log-fields.js';
import { appMetrics, metricsPlugin } from './queue/app-metrics.js';
import { bullmqQueue } from './queue/bullmq-queue.js';
import { withJobAttempt } from './queue/job-attempt.js';
import { memoryQueue } from './queue/memory-queue.js';
import { queueSettingsFromEnv, type Role, roleOf } from './queue/queue-settings.js';
import { redeliverFailed } from './queue/redeliver-task.js';
import { warmUp } from './queue/warm-up.js';
import type { JobQueue, WebhookJob } from './queue/webhook-job.js';
import { webhookReceiver } from './queue/webhook-receiver.js';
import { createAppServer } from './serve-app.js';
import { throttlePerInstallation } from './throttle-per-installation.js';

/** Options of startApp; by default everything comes from `process.env` (and `.env`) and argv. */
export interface StartAppOptions {
  env?: Record<string, string | undefined>;
  argv?: readonly string[];
  /** An Octokit class for Probot (the benchmark passes one with throttling off). */
  Octokit?: typeof ProbotOctokit;
  /** A pino logger instead of Probot's own (tests pass one that writes to memory). */
  log?: Logger;
}

/** A started process. */
export interface RunningApp {
  role: Role | 'setup';
  /** The HTTP server (Probot's own in setup mode, which does not expose it). */
  server?: Server;
  /** Stops taking deliveries, drains the running jobs (finished or handed back), closes Redis. */
  stop(): Promise<void>;
}

type Env = Record<string, string | undefined>;

/** Probot's `.env` handling, done before reading our own variables, as Probot itself does. */
function applyDotEnv(): void {
  try {
    Object.assign(process.env, parseEnv(readFileSync(join(process.cwd(), '.env'), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

const WEBHOOK_PATH = '/api/github/webhooks';

function repositoryOf(payload: unknown): string | undefined {
  const name = (payload as { repository?: { full_name?: unknown } })?.repository?.full_name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Starts one process of the app (`npm run app -- --role web|worker|all`, default all):
 * - **web** verifies each delivery's signature, enqueues it keyed by its delivery id, answers 202;
 * - **worker** runs the handlers (review, check run, follow-ups) from the queue with retries, and
 *   the scheduled redelivery of deliveries that GitHub recorded as failed;
 * - every role serves `/healthz`, `/readyz` and `/metrics` on PORT.
 * The queue is BullMQ on REDIS_URL, or in memory (one process) without it. `--setup`, or no
 * credentials at all, serves Probot's setup page instead.
 */
export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  if (!options.env) applyDotEnv();
  const env: Env = options.env ?? process.env;
  const argv = options.argv ?? process.argv.slice(2);
  const role = roleOf(argv, env);
  const credentials = credentialsFromEnv(env, {
    setup: argv.includes('--setup'),
    needSecret: role !== 'worker',
  });
  if (credentials.kind === 'setup') return startSetup(env, credentials.reason);
  const settings = queueSettingsFromEnv(env);

  let report = (message: string) => console.error(message);
  const queue: JobQueue = env.REDIS_URL
    ? bullmqQueue({
        redisUrl: env.REDIS_URL,
        policy: settings.policy,
        lockDurationMs: settings.lockMs,
        stalledIntervalMs: Math.max(500, Math.floor(settings.lockMs / 2)),
        report: (message) => report(message),
      })
    : memoryQueue(settings.policy);
  const metrics = appMetrics(() => queue.counts());
  const Octokit = throttlePerInstallation(
    (options.Octokit ?? ProbotOctokit).plugin(metricsPlugin(metrics) as never),
  );
  // Probot's logger as Probot builds it from the environment, wrapped so each job's lines carry it
  // (without REDIS_URL: that instance only lends its logger, it must not open a Redis client).
  const baseLog =
    options.log ?? (await createProbot({ env: { ...env, REDIS_URL: '' } as NodeJS.ProcessEnv }).ready()).log;
  const probot: Probot = await createProbot({
    env: env as NodeJS.ProcessEnv,
    overrides: { Octokit, log: jobFieldsLogger(baseLog) },
  }).ready();
  const log = probot.log.child({ name: 'decision-register', role });
  report = (message) => log.warn(message);
  if (queue.engine === 'memory') {
    log.warn('No REDIS_URL: jobs are queued in this process only; a crash loses the queued ones.');
  }

  let working = false;
  const redis = role === 'web' ? undefined : redisFromEnv(env, (message) => report(message));
  if (role !== 'web') {
    // The queue dedupes by delivery id, so the handlers' own delivery dedupe stands aside.
    const deps = {
      ...appDependencies(env, redis),
      dedupe: { firstSeen: async () => true, forget: async () => {} },
      retryHeldItems: true,
    };
    await probot.load(decisionRegisterApp(deps));
    warmUp();
    await queue.work(
      async (job: WebhookJob, attempt, ranBefore) => {
        log.debug(
          { delivery: job.id, event: job.name, repository: repositoryOf(job.payload), attempt },
          'job started',
        );
        const fields = { delivery: job.id, event: job.name, repository: repositoryOf(job.payload) };
        const where = { delivery: job.id, attempt, attempts: settings.policy.attempts, ranBefore };
        await withJobLogFields(fields, () =>
          withJobAttempt(where, () =>
            probot.receive({ id: job.id, name: job.name, payload: job.payload } as never),
          ),
        );
      },
      {
        settled(job, outcome, durationMs, reason) {
          metrics.jobDuration.observe({ event: job.name, outcome }, durationMs / 1000);
          const fields = { delivery: job.id, event: job.name, repository: repositoryOf(job.payload) };
          if (outcome === 'failed')
            log.error({ ...fields, reason }, `Delivery ${job.id} failed for good: ${reason}`);
          else log.info({ ...fields, durationMs: Math.round(durationMs) }, `Delivery ${job.id} done`);
        },
        retrying(job, attempt, delayMs, reason) {
          metrics.jobDuration.observe({ event: job.name, outcome: 'retried' }, 0);
          log.warn(
            { delivery: job.id, event: job.name, repository: repositoryOf(job.payload), attempt, delayMs },
            `Delivery ${job.id} attempt ${attempt} failed (${reason}); retrying in ${Math.round(delayMs / 1000)} s`,
          );
        },
      },
    );
    working = true;
    if (settings.redeliverEveryMs > 0) {
      await queue.schedule('redeliver-failed', settings.redeliverEveryMs, async () => {
        try {
          const appOctokit = (await probot.auth()) as unknown as OctokitLike;
          const done = await redeliverFailed(appOctokit, {
            windowMs: settings.redeliverWindowMs,
            maxRedeliveries: settings.maxRedeliveries,
            onRedelivered: () => metrics.redeliveries.inc(),
          });
          log.info(done, `Redelivery: ${done.redelivered} of ${done.failed} failed deliveries sent again`);
        } catch (error) {
          log.warn(`Redelivery job failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    }
  }

  const receive =
    role === 'worker'
      ? undefined
      : webhookReceiver({
          secret: credentials.secret,
          queue,
          onOutcome(outcome, delivery) {
            metrics.deliveries.inc({ outcome });
            if (outcome === 'queued' || outcome === 'duplicate' || outcome === 'retried') {
              log.info(
                { delivery: delivery.id, event: delivery.name, outcome },
                `Delivery ${delivery.id} ${outcome}`,
              );
            } else {
              log.warn(
                { delivery: delivery.id, event: delivery.name, outcome },
                `Delivery refused: ${delivery.reason}`,
              );
            }
          },
        });
  const server = createAppServer({
    role,
    version: VERSION,
    queue,
    metrics,
    webhookPath: env.WEBHOOK_PATH || WEBHOOK_PATH,
    workerReady: () => working,
    ...(receive ? { receive } : {}),
  });
  await listen(server, env);
  log.info(`decision-register ${VERSION} (${role}) listening on ${env.HOST || '0.0.0.0'}:${portOf(env)}`);
  return {
    role,
    server,
    async stop() {
      await new Promise<void>((done) => server.close(() => done()));
      await queue.close();
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}

function portOf(env: Env): number {
  const raw = env.PORT?.trim() || '3000';
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65_535) throw new StartError(`PORT must be a port number, not "${raw}"`);
  return port;
}

async function listen(server: Server, env: Env): Promise<void> {
  const port = portOf(env);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new StartError(error.code === 'EADDRINUSE' ? `PORT ${port} is already in use` : error.message)),
    );
    server.listen(port, env.HOST || undefined, () => resolve());
  });
}

/** Probot's own server in setup mode: its page registers the app from app.yml. */
async function startSetup(env: Env, reason: string): Promise<RunningApp> {
  console.error(`decision-register: starting Probot's setup page, because ${reason}.`);
  const server = await run(() => undefined, {
    env: { ...env, APP_ID: '', PRIVATE_KEY: '' } as NodeJS.ProcessEnv,
  });
  return {
    role: 'setup',
    stop: () => server.stop(),
  };
}
