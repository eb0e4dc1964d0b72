/** Keys one holder may work on, and how to let go of them. Matches the follow-up flow's `Claim`. */
export interface LockClaim {
  granted: ReadonlySet<string>;
  release(): Promise<void>;
}

/**
 * Short per-key locks: `claim` grants each key nobody else holds, for at most `ttlMs`. Keys
 * held elsewhere are not granted and not waited for — the holder finishes them.
 */
export interface KeyLock {
  /** `scope` (e.g. `owner/repo`) keeps equal keys of different repositories apart. */
  claim(scope: string, keys: readonly string[]): Promise<LockClaim>;
}

/** How long a lock outlives a holder that died: long enough for 25 throttled issue creations. */
export const DEFAULT_LOCK_TTL_MS = 10 * 60 * 1000;

/**
 * The in-process KeyLock for a single instance (no REDIS_URL): the same grant/expire semantics
 * as the Redis lock, so concurrent deliveries inside one process never both create an item.
 */
export function memoryLock(options: { ttlMs?: number; now?: () => number } = {}): KeyLock {
  const ttlMs = options.ttlMs ?? DEFAULT_LOCK_TTL_MS;
  const now = options.now ?? Date.now;
  const held = new Map<string, { token: symbol; expires: number }>();

  return {
    async claim(scope, keys) {
      const token = Symbol(scope);
      const granted = new Set<string>();
      const at = now();
      for (const key of keys) {
        const id = `${scope}\u0000${key}`;
        const current = held.get(id);
        if (current && current.expires > at) continue;
        held.set(id, { token, expires: at + ttlMs });
        granted.add(key);
      }
      return {
        granted,
        async release() {
          for (const key of granted) {
            const id = `${scope}\u0000${key}`;
            // Only our own hold: after expiry another claimant may own the key.
            if (held.get(id)?.token === token) held.delete(id);
          }
        },
      };
    },
  };
}
