import { describe, expect, it } from 'vitest';
import { inTurn } from '../../src/github/key-turn.js';
import { memoryLock } from '../../src/github/memory-lock.js';

describe('inTurn', () => {
  it('runs concurrent work on one key one after the other, and other keys at once', async () => {
    const lock = memoryLock();
    const events: string[] = [];
    const work = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await new Promise((done) => setTimeout(done, ms));
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      inTurn(lock, 'acme/x', 'k', work('a', 60), { pollMs: 5 }),
      inTurn(lock, 'acme/x', 'k', work('b', 10), { pollMs: 5 }),
      inTurn(lock, 'acme/y', 'k', work('c', 10), { pollMs: 5 }),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    // c (another scope) ran while a held the key; b waited for a.
    expect(events.indexOf('c end')).toBeLessThan(events.indexOf('a end'));
    expect(events.indexOf('b start')).toBeGreaterThan(events.indexOf('a end'));
  });

  it('releases the key when the work throws', async () => {
    const lock = memoryLock();
    await expect(inTurn(lock, 's', 'k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await lock.claim('s', ['k'])).granted.has('k')).toBe(true);
  });

  it('runs anyway once the wait is over, when a dead holder never lets go', async () => {
    const lock = memoryLock();
    await lock.claim('s', ['k']); // held, never released
    let clock = 0;
    const slept: number[] = [];
    const result = await inTurn(lock, 's', 'k', async () => 'ran', {
      waitMs: 1_000,
      pollMs: 300,
      now: () => clock,
      sleep: async (ms) => {
        slept.push(ms);
        clock += ms;
      },
    });
    expect(result).toBe('ran');
    expect(slept).toEqual([300, 300, 300, 300]);
  });
});
