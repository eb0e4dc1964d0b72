import { Redis } from 'ioredis';
import type { ApplicationFunction } from 'probot';
import { memoryDeliveryDedupe, redisDeliveryDedupe } from '../github/delivery-dedupe.js';
import { memoryLock } from '../github/memory-lock.js';
import { redisLock } from '../github/redis-lock.js';
import { VERSION } from '../model/project.js';
import { appSettingsFromEnv } from './app-settings.js';
import { DEFAULT_CONFIG_TTL_SECONDS } from './config-cache.js';
import { type AppDependencies, decisionRegisterApp } from './decision-register-app.js';

type Env = Record<string, string | undefined>;

/**
 * The Redis client for REDIS_URL, or undefined without it. Errors are reported once per distinct
 * message through `report` (never the URL: it may hold a password); commands fail after a few
 * retries instead of queueing forever, so a delivery fails (500) rather than hangs.
 */
export function redisFromEnv(env: Env, report: (message: string) => void): Redis | undefined {
  if (!env.REDIS_URL) return undefined;
  let last = '';
  return new Redis(env.REDIS_URL, { maxRetriesPerRequest: 3, connectTimeout: 5_000 })
    .on('error', (error: Error) => {
      if (error.message === last) return;
      last = error.message;
      report(`Redis: ${error.message}`);
    })
    .on('ready', () => {
      last = '';
    });
}

/**
 * The app's dependencies for an environment: delivery dedupe and follow-up locks in Redis when a
 * client is given (REDIS_URL), in-process otherwise; settings from DECISION_REGISTER_*; the config
 * cache's lifetime from DECISION_REGISTER_CONFIG_TTL_SECONDS. A bad value throws, naming it.
 */
export function appDependencies(env: Env, redis: Redis | undefined): AppDependencies {
  const appId = Number(env.APP_ID);
  const ttlText = env.DECISION_REGISTER_CONFIG_TTL_SECONDS?.trim() || String(DEFAULT_CONFIG_TTL_SECONDS);
  const ttl = Number(ttlText);
  if (!Number.isInteger(ttl) || ttl < 0) {
    throw new Error(
      `DECISION_REGISTER_CONFIG_TTL_SECONDS must be a whole number of seconds, not "${ttlText}"`,
    );
  }
  const leaseText = env.DECISION_REGISTER_LOCK_TTL_MS?.trim() || '30000';
  const leaseMs = Number(leaseText);
  if (!Number.isInteger(leaseMs) || leaseMs < 1000) {
    throw new Error(
      `DECISION_REGISTER_LOCK_TTL_MS must be a whole number of ms from 1000, not "${leaseText}"`,
    );
  }
  return {
    dedupe: redis ? redisDeliveryDedupe(redis) : memoryDeliveryDedupe(),
    // A renewed lease: a worker killed mid-merge lets go of its items within one TTL.
    lock: redis ? redisLock(redis, { ttlMs: leaseMs, renew: true }) : memoryLock(),
    settings: appSettingsFromEnv(env),
    version: VERSION,
    ...(Number.isInteger(appId) && appId > 0 ? { appId } : {}),
    configTtlMs: ttl * 1000,
  };
}

/**
 * The app function for Probot's serverless adapters (e.g. `createLambdaFunction(appFromEnv(),
 * { probot: createProbot() })` with @probot/adapter-aws-lambda-serverless): everything from the
 * environment, no server routes. Set REDIS_URL there too: function instances share no memory,
 * so only Redis makes the delivery dedupe and the follow-up locks span them.
 */
export function appFromEnv(env: Env = process.env): ApplicationFunction {
  const redis = redisFromEnv(env, (message) => console.error(message));
  return decisionRegisterApp(appDependencies(env, redis));
}
