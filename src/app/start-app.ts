import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { type ProbotOctokit, run, type Server } from 'probot';
import { appDependencies, redisFromEnv } from './app-from-env.js';
import { decisionRegisterApp } from './decision-register-app.js';

/** Options of startApp; by default everything comes from `process.env` (and `.env`). */
export interface StartAppOptions {
  env?: Record<string, string | undefined>;
  /** An Octokit class for Probot (the benchmark passes one with throttling off). */
  Octokit?: typeof ProbotOctokit;
}

/** A started server. */
export interface RunningApp {
  server: Server;
  /** Stops accepting requests and closes the Redis connection. */
  stop(): Promise<void>;
}

type Env = Record<string, string | undefined>;

/**
 * Probot's `.env` handling, done before reading our own variables: Probot assigns the file over
 * `process.env` when it starts, so REDIS_URL and the DECISION_REGISTER_* settings written there
 * must be seen the same way.
 */
function applyDotEnv(): void {
  try {
    Object.assign(process.env, parseEnv(readFileSync(join(process.cwd(), '.env'), 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Starts the webhook server with Probot's standard environment — APP_ID, PRIVATE_KEY or
 * PRIVATE_KEY_PATH, WEBHOOK_SECRET, PORT, HOST, LOG_LEVEL, GHE_HOST/GHE_PROTOCOL, REDIS_URL —
 * on Probot's default path `/api/github/webhooks`, plus `GET /healthz`. Without APP_ID (and
 * outside production) Probot serves its setup page, which registers the app from `app.yml`.
 * With REDIS_URL, Probot itself shares its request throttling through Redis (its
 * `redisConfig`), and this app keeps delivery ids and follow-up locks there too.
 */
export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  if (!options.env) applyDotEnv();
  const env: Env = options.env ?? process.env;
  let reportRedis = (message: string) => console.error(message);
  const redis = redisFromEnv(env, (message) => reportRedis(message));
  const deps = { ...appDependencies(env, redis), health: redis ? { redis } : {} };
  const appFn = decisionRegisterApp(deps);
  const server = await run(
    async (app, appOptions) => {
      reportRedis = (message) => app.log.warn(message);
      await appFn(app, appOptions);
    },
    {
      ...(options.env ? { env: options.env as NodeJS.ProcessEnv } : {}),
      ...(options.Octokit ? { Octokit: options.Octokit } : {}),
    },
  );
  return {
    server,
    async stop() {
      await server.stop();
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
