import { describe, expect, it } from 'vitest';
import { cached } from '../../src/model/cached.js';

describe('cached', () => {
  it('builds each key once, an undefined answer included, in a Map or a WeakMap', () => {
    let builds = 0;
    const map = new Map<string, string | undefined>();
    const answer = (key: string) =>
      cached(map, key, () => {
        builds++;
        return key === 'none' ? undefined : key.toUpperCase();
      });
    expect([answer('a'), answer('a'), answer('none'), answer('none'), answer('b')]).toEqual([
      'A',
      'A',
      undefined,
      undefined,
      'B',
    ]);
    expect(builds).toBe(3);
    const weak = new WeakMap<object, number>();
    const key = {};
    expect(cached(weak, key, () => 1)).toBe(1);
    expect(cached(weak, key, () => 2)).toBe(1);
  });
});
