import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DEFAULT_LOCK_TTL_MS, type KeyLock } from './memory-lock.js';

/** The ioredis calls the lock and the delivery dedupe use (a `Redis` instance satisfies it). */
export type RedisLike = Pick<Redis, 'set' | 'del' | 'eval' | 'pipeline'>;

// Deletes each key only while it still holds our token: after expiry it may be someone else's.
const RELEASE_SCRIPT = `
local released = 0
for i, key in ipairs(KEYS) do
  if redis.call('get', key) == ARGV[1] then released = released + redis.call('del', key) end
end
return released`;

// Extends each key's expiry only while it still holds our token.
const RENEW_SCRIPT = `
for i, key in ipairs(KEYS) do
  if redis.call('get', key) == ARGV[1] then redis.call('pexpire', key, ARGV[2]) end
end
return 1`;

/**
 * A KeyLock shared by every replica through Redis: one `SET key token NX PX ttl` per item key,
 * sent in a single pipeline. With `renew`, a held claim is a lease: its expiry is pushed back
 * every third of `ttlMs` while the holder lives, so a short TTL lets a killed worker's keys lapse
 * quickly without ever expiring under a slow but living holder. The `{scope}` hash tag keeps a claim's keys in one Redis Cluster
 * slot so the release script may touch them together.
 */
export function redisLock(
  redis: RedisLike,
  options: { prefix?: string; ttlMs?: number; renew?: boolean } = {},
): KeyLock {
  const prefix = options.prefix ?? 'decision-register:lock';
  const ttlMs = options.ttlMs ?? DEFAULT_LOCK_TTL_MS;
  return {
    async claim(scope, keys) {
      const token = randomUUID();
      const redisKeys = keys.map((key) => `${prefix}:{${scope}}:${key}`);
      const pipeline = redis.pipeline();
      for (const key of redisKeys) pipeline.set(key, token, 'PX', ttlMs, 'NX');
      const results = (await pipeline.exec()) ?? [];
      const granted = new Set<string>();
      const ours: string[] = [];
      results.forEach(([error, reply], index) => {
        if (error) throw error;
        if (reply === 'OK') {
          granted.add(keys[index]!);
          ours.push(redisKeys[index]!);
        }
      });
      const renewal =
        options.renew && ours.length > 0
          ? setInterval(
              () => {
                redis.eval(RENEW_SCRIPT, ours.length, ...ours, token, ttlMs).catch(() => undefined);
              },
              Math.max(100, Math.floor(ttlMs / 3)),
            )
          : undefined;
      renewal?.unref();
      return {
        granted,
        async release() {
          if (renewal) clearInterval(renewal);
          if (ours.length > 0) await redis.eval(RELEASE_SCRIPT, ours.length, ...ours, token);
        },
      };
    },
  };
}
