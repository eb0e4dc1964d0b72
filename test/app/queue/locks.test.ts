import { describe, expect, it } from 'vitest';
import { memoryDeliveryDedupe } from '../../../src/github/delivery-dedupe.js';
import { memoryLock } from '../../../src/github/memory-lock.js';

describe('memoryLock', () => {
  it('grants each key to one claimant until released', async () => {
    const lock = memoryLock();
    const first = await lock.claim('acme/decisions', ['a.yml#A1', 'a.yml#A2']);
    const second = await lock.claim('acme/decisions', ['a.yml#A2', 'a.yml#A3']);
    expect([...first.granted]).toEqual(['a.yml#A1', 'a.yml#A2']);
    expect([...second.granted]).toEqual(['a.yml#A3']);
    await first.release();
    const third = await lock.claim('acme/decisions', ['a.yml#A1', 'a.yml#A2', 'a.yml#A3']);
    expect([...third.granted]).toEqual(['a.yml#A1', 'a.yml#A2']);
  });

  it('keeps equal keys of different repositories apart', async () => {
    const lock = memoryLock();
    await lock.claim('acme/one', ['r.yml#A1']);
    const other = await lock.claim('acme/two', ['r.yml#A1']);
    expect([...other.granted]).toEqual(['r.yml#A1']);
  });

  it('lets a key go after its ttl, and a late release does not free the new holder', async () => {
    let now = 1_000;
    const lock = memoryLock({ ttlMs: 100, now: () => now });
    const dead = await lock.claim('acme/decisions', ['k']);
    now += 101;
    const next = await lock.claim('acme/decisions', ['k']);
    expect([...next.granted]).toEqual(['k']);
    await dead.release();
    const third = await lock.claim('acme/decisions', ['k']);
    expect([...third.granted]).toEqual([]);
  });
});

describe('memoryDeliveryDedupe', () => {
  it('reports a delivery id as new once, and again after forget', async () => {
    const dedupe = memoryDeliveryDedupe();
    expect(await dedupe.firstSeen('d-1')).toBe(true);
    expect(await dedupe.firstSeen('d-1')).toBe(false);
    expect(await dedupe.firstSeen('d-2')).toBe(true);
    await dedupe.forget('d-1');
    expect(await dedupe.firstSeen('d-1')).toBe(true);
  });

  it('forgets ids after the window and keeps at most `max`, oldest first', async () => {
    let now = 0;
    const dedupe = memoryDeliveryDedupe({ ttlSeconds: 10, max: 2, now: () => now });
    await dedupe.firstSeen('a');
    now = 5_000;
    await dedupe.firstSeen('b');
    await dedupe.firstSeen('c'); // three ids: the oldest, a, goes
    expect(await dedupe.firstSeen('b')).toBe(false);
    expect(await dedupe.firstSeen('c')).toBe(false);
    expect(await dedupe.firstSeen('a')).toBe(true);
    now = 30_000; // every id is past its ten seconds
    expect(await dedupe.firstSeen('a')).toBe(true);
  });
});
