/** The Map and WeakMap calls {@link cached} uses. */
export interface Cache<K, V> {
  has(key: K): boolean;
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * `cache`'s answer for `key`, built once by `build` (an `undefined` answer is kept too). Rules
 * ask the same question of every item, and registers repeat the same few owners, dates and
 * statuses on thousands of them.
 */
export function cached<K, V>(cache: Cache<K, V>, key: K, build: () => V): V {
  if (cache.has(key)) return cache.get(key) as V;
  const value = build();
  cache.set(key, value);
  return value;
}
