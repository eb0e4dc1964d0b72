import type { RedisLike } from './redis-lock.js';

/**
 * Remembers webhook deliveries (`X-GitHub-Delivery`) so a redelivery, or the same delivery
 * reaching two replicas, is handled once.
 */
export interface DeliveryDedupe {
  /** True the first time `id` is seen within the window; false for a redelivery. */
  firstSeen(id: string): Promise<boolean>;
  /** Forgets `id`, so a redelivery after a failed attempt is handled again. */
  forget(id: string): Promise<void>;
}

/** GitHub redelivers for up to three days on request; a day covers automatic retries and replays. */
export const DELIVERY_TTL_SECONDS = 24 * 60 * 60;

/** Dedupe shared by replicas: `SET key 1 NX EX 86400` per delivery id. */
export function redisDeliveryDedupe(
  redis: Pick<RedisLike, 'set' | 'del'>,
  options: { prefix?: string; ttlSeconds?: number } = {},
): DeliveryDedupe {
  const prefix = options.prefix ?? 'decision-register:delivery';
  const ttl = options.ttlSeconds ?? DELIVERY_TTL_SECONDS;
  return {
    async firstSeen(id) {
      return (await redis.set(`${prefix}:${id}`, '1', 'EX', ttl, 'NX')) === 'OK';
    },
    async forget(id) {
      await redis.del(`${prefix}:${id}`);
    },
  };
}

/**
 * The single-instance equivalent: ids kept for the same window in insertion order, the oldest
 * dropped beyond `max` so memory stays bounded under any delivery rate.
 */
export function memoryDeliveryDedupe(
  options: { ttlSeconds?: number; max?: number; now?: () => number } = {},
): DeliveryDedupe {
  const ttlMs = (options.ttlSeconds ?? DELIVERY_TTL_SECONDS) * 1000;
  const max = options.max ?? 100_000;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();
  return {
    async firstSeen(id) {
      const at = now();
      const expires = seen.get(id);
      if (expires !== undefined && expires > at) return false;
      seen.delete(id);
      seen.set(id, at + ttlMs);
      for (const [oldest, until] of seen) {
        if (seen.size <= max && until > at) break;
        seen.delete(oldest);
      }
      return true;
    },
    async forget(id) {
      seen.delete(id);
    },
  };
}
