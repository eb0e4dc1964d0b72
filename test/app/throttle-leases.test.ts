import Bottleneck from 'bottleneck';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leasedGroups, WRITE_LEASE_MS } from '../../src/app/throttle-per-installation.js';
import { hasRedis, type RedisProcess, startRedisServer } from './redis-server.js';

// A write slot held by a worker that dies is freed when its Bottleneck job expires. The expiry a
// running write job got is read from Redis while the job is held: the leased groups' ≤ 10 s, and
// (the control) plugin-throttling's own 60 s on a group made the way the plugin makes it.
describe('write slots on Redis get a short lease', { timeout: 30_000 }, () => {
  let server: RedisProcess | undefined;
  let client: Redis;
  let connection: InstanceType<typeof Bottleneck.IORedisConnection>;
  beforeAll(async () => {
    if (!hasRedis) return;
    server = await startRedisServer();
    client = new Redis(server.url);
    connection = new Bottleneck.IORedisConnection({ client });
  });
  afterAll(async () => {
    await connection?.disconnect(false);
    await server?.stop();
  });

  /** Schedules a held job as plugin-throttling does (expiration 60 s) and reads its expiry. */
  async function heldExpiry(
    group: { key(id: string): { schedule(o: object, t: () => Promise<void>): Promise<unknown> } },
    id: string,
    key: string,
  ): Promise<number> {
    let release!: () => void;
    const held = new Promise<void>((done) => {
      release = done;
    });
    const running = group.key(key).schedule({ expiration: 60_000 }, () => held);
    const zset = `b_${id}-${key}_job_expirations`;
    let scores: string[] = [];
    for (let i = 0; i < 200 && scores.length === 0; i++) {
      scores = await client.zrange(zset, '0', '-1', 'WITHSCORES');
      if (scores.length === 0) await new Promise((r) => setTimeout(r, 10));
    }
    const left = Number(scores[1]) - Date.now();
    release();
    await running;
    return left;
  }

  it.skipIf(!hasRedis)(
    'the leased write and notification groups expire a held job within the lease',
    async () => {
      const groups = leasedGroups({ Bottleneck: Bottleneck as never, connection });
      const write = await heldExpiry(groups.write as never, 'octokit-write', '7');
      const notifications = await heldExpiry(groups.notifications as never, 'octokit-notifications', '7');
      for (const left of [write, notifications]) {
        expect(left).toBeGreaterThan(0);
        expect(left).toBeLessThanOrEqual(WRITE_LEASE_MS);
      }
      // The same groups serve every client of the process (one Redis state per key).
      expect(leasedGroups({ Bottleneck: Bottleneck as never, connection }).write).toBe(groups.write);
    },
  );

  it.skipIf(!hasRedis)("control: plugin-throttling's own group keeps the held job for 60 s", async () => {
    const plain = new Bottleneck.Group({ id: 'octokit-write', maxConcurrent: 1, minTime: 1000, connection });
    const left = await heldExpiry(plain as never, 'octokit-write', '8');
    expect(left).toBeGreaterThan(WRITE_LEASE_MS);
  });

  it('changes nothing without Redis', () => {
    expect(leasedGroups({})).toEqual({});
    expect(leasedGroups({ Bottleneck: Bottleneck as never })).toEqual({});
  });
});
