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

/**
 * A KeyLock shared by every replica through Redis: one `SET key token NX PX ttl` per item key,
 * sent in a single pipeline. The `{scope}` hash tag keeps a claim's keys in one Redis Cluster
 * slot so the release script may touch them together.
 */
export function redisLock(redis: RedisLike, options: { prefix?: string; ttlMs?: number } = {}): KeyLock {
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
      return {
        granted,
        async release() {
          if (ours.length > 0) await redis.eval(RELEASE_SCRIPT, ours.length, ...ours, token);
        },
      };
    },
  };
}
