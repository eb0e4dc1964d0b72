import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { Redis } from 'ioredis';
import { type ProbotOctokit, run, type Server } from 'probot';
import packageJson from '../../package.json' with { type: 'json' };
import { memoryDeliveryDedupe, redisDeliveryDedupe } from '../github/delivery-dedupe.js';
import { memoryLock } from '../github/memory-lock.js';
import { redisLock } from '../github/redis-lock.js';
import { appSettingsFromEnv } from './app-settings.js';
import { DEFAULT_CONFIG_TTL_SECONDS } from './config-cache.js';
import { type AppDependencies, decisionRegisterApp } from './decision-register-app.js';

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

/** The app's dependencies for an environment: Redis-backed with REDIS_URL, in-process without. */
export function appDependencies(env: Env, redis: Redis | undefined): AppDependencies {
  const appId = Number(env.APP_ID);
  const ttlText = env.DECISION_REGISTER_CONFIG_TTL_SECONDS?.trim() || String(DEFAULT_CONFIG_TTL_SECONDS);
  const ttl = Number(ttlText);
  if (!Number.isInteger(ttl) || ttl < 0) {
    throw new Error(
      `DECISION_REGISTER_CONFIG_TTL_SECONDS must be a whole number of seconds, not "${ttlText}"`,
    );
  }
  return {
    dedupe: redis ? redisDeliveryDedupe(redis) : memoryDeliveryDedupe(),
    lock: redis ? redisLock(redis) : memoryLock(),
    settings: appSettingsFromEnv(env),
    version: packageJson.version,
    ...(Number.isInteger(appId) && appId > 0 ? { appId } : {}),
    health: redis ? { redis } : {},
    configTtlMs: ttl * 1000,
  };
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
  let lastRedisError = '';
  const redis = env.REDIS_URL
    ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 3, connectTimeout: 5_000 }).on(
        'error',
        (error: Error) => {
          // Once per distinct error, not once per reconnect attempt; never the URL (it may hold a password).
          if (error.message === lastRedisError) return;
          lastRedisError = error.message;
          reportRedis(`Redis: ${error.message}`);
        },
      )
    : undefined;
  redis?.on('ready', () => {
    lastRedisError = '';
  });
  const deps = appDependencies(env, redis);
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
