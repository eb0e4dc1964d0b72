import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisDeliveryDedupe } from '../../../src/github/delivery-dedupe.js';
import { redisLock } from '../../../src/github/redis-lock.js';
import { hasRedis, type RedisProcess, startRedisServer } from '../redis-server.js';

describe('Redis lock and delivery dedupe (real redis-server)', () => {
  let server: RedisProcess | undefined;
  let a: Redis;
  let b: Redis;

  beforeAll(async () => {
    if (!hasRedis) {
      console.warn('redis-server is not installed: the Redis tests below are reported as skipped.');
      return;
    }
    server = await startRedisServer();
    a = new Redis(server.url);
    b = new Redis(server.url);
  });
  afterAll(async () => {
    await a?.quit();
    await b?.quit();
    await server?.stop();
  });

  it.skipIf(!hasRedis)('redis lock: two clients claiming the same keys never both get one', async () => {
    const lockA = redisLock(a, { ttlMs: 60_000 });
    const lockB = redisLock(b, { ttlMs: 60_000 });
    const keys = ['r.yml#A1', 'r.yml#A2', 'r.yml#A3', 'r.yml#O1'];
    const [first, second] = await Promise.all([
      lockA.claim('acme/decisions', keys),
      lockB.claim('acme/decisions', keys),
    ]);
    expect([...first.granted, ...second.granted].sort()).toEqual([...keys].sort());
    expect([...first.granted].filter((key) => second.granted.has(key))).toEqual([]);
    expect(await a.pttl(`decision-register:lock:{acme/decisions}:r.yml#A1`)).toBeGreaterThan(50_000);

    await first.release();
    await second.release();
    const again = await lockB.claim('acme/decisions', keys);
    expect([...again.granted].sort()).toEqual([...keys].sort());
    await again.release();
  });

  it.skipIf(!hasRedis)('redis lock: a release after expiry leaves the next holder alone', async () => {
    const lock = redisLock(a, { ttlMs: 30 });
    const stale = await lock.claim('acme/decisions', ['k']);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const next = await redisLock(b, { ttlMs: 60_000 }).claim('acme/decisions', ['k']);
    expect([...next.granted]).toEqual(['k']);
    await stale.release();
    expect(await a.get('decision-register:lock:{acme/decisions}:k')).not.toBeNull();
    await next.release();
    expect(await a.get('decision-register:lock:{acme/decisions}:k')).toBeNull();
  });

  it.skipIf(!hasRedis)('redis dedupe: SET NX EX 86400 per delivery id, forget on failure', async () => {
    const dedupeA = redisDeliveryDedupe(a);
    const dedupeB = redisDeliveryDedupe(b);
    const results = await Promise.all([dedupeA.firstSeen('delivery-1'), dedupeB.firstSeen('delivery-1')]);
    expect(results.sort()).toEqual([false, true]);
    const ttl = await a.ttl('decision-register:delivery:delivery-1');
    expect(ttl).toBeGreaterThan(86_000);
    expect(ttl).toBeLessThanOrEqual(86_400);
    await dedupeA.forget('delivery-1');
    expect(await dedupeB.firstSeen('delivery-1')).toBe(true);
  });
});
