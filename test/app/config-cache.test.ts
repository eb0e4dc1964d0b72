import { describe, expect, it } from 'vitest';
import { configCache } from '../../src/app/config-cache.js';

describe('configCache', () => {
  it('reads a repository once per ttl, shares a lookup in flight, and hands out copies', async () => {
    let now = 0;
    let reads = 0;
    const cache = configCache({ ttlMs: 1_000, now: () => now });
    const read = async () => {
      reads++;
      return { paths: ['a/**'] };
    };
    const [first, second] = await Promise.all([cache('acme/x', read), cache('ACME/X', read)]);
    expect(reads).toBe(1);
    expect(first).toEqual({ paths: ['a/**'] });
    (first as { paths: string[] }).paths.push('mutated');
    expect(second).toEqual({ paths: ['a/**'] });
    expect(await cache('acme/x', read)).toEqual({ paths: ['a/**'] });
    expect(await cache('acme/other', read)).toEqual({ paths: ['a/**'] });
    expect(reads).toBe(2);
    now = 1_001;
    await cache('acme/x', read);
    expect(reads).toBe(3);
  });

  it('does not keep failures, and reads every time with ttl 0', async () => {
    let reads = 0;
    const cache = configCache({ ttlMs: 60_000 });
    const failing = async () => {
      reads++;
      throw new Error('502');
    };
    await expect(cache('acme/x', failing)).rejects.toThrow('502');
    await expect(cache('acme/x', failing)).rejects.toThrow('502');
    expect(reads).toBe(2);

    const off = configCache({ ttlMs: 0 });
    let offReads = 0;
    const read = async () => ++offReads;
    await off('acme/x', read);
    await off('acme/x', read);
    expect(offReads).toBe(2);
  });
});
