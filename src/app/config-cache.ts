/** Reads a repository's config through the cache: `read` runs only on a miss. */
export type ConfigCache = (repo: string, read: () => Promise<unknown>) => Promise<unknown>;

/** How long a repository's config is reused unless DECISION_REGISTER_CONFIG_TTL_SECONDS says otherwise. */
export const DEFAULT_CONFIG_TTL_SECONDS = 60;

/**
 * Remembers each repository's raw config (what `context.config` returned) for `ttlMs`. Without
 * it every event costs one to three extra requests (the repository's file, the organisation's
 * `.github` fallback, `_extends`) — a quarter of a pull request check's requests and of the
 * installation's hourly rate limit. A burst of events for one repository shares one lookup.
 * Failures are not kept. The price: a config change on the default branch applies within
 * `ttlMs`. `ttlMs` 0 turns caching off. Each hit is a copy, so no event can change another's.
 */
export function configCache(options: { ttlMs: number; max?: number; now?: () => number }): ConfigCache {
  const { ttlMs } = options;
  const max = options.max ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { expires: number; value: Promise<unknown> }>();
  return async (repo, read) => {
    if (ttlMs <= 0) return read();
    const key = repo.toLowerCase();
    const at = now();
    const hit = entries.get(key);
    if (hit && hit.expires > at) return structuredClone(await hit.value);
    const value = read();
    entries.delete(key);
    entries.set(key, { expires: at + ttlMs, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    for (const [oldest] of entries) {
      if (entries.size <= max) break;
      entries.delete(oldest);
    }
    return structuredClone(await value);
  };
}
