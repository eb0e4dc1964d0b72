import type { KeyLock } from './memory-lock.js';

export interface TurnOptions {
  /** Gives up waiting after this long and runs anyway (the work must tolerate a race). */
  waitMs?: number;
  /** Pause between tries. */
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * Runs `work` while holding `key`, waiting (polling the lock) while another run holds it: for a
 * short read-modify-write such as a sticky comment, which concurrent writers would otherwise
 * both create. After `waitMs` it runs without the key, since a dead holder's key only lapses
 * with its TTL; the work's own dedupe covers that rare case.
 */
export async function inTurn<T>(
  lock: KeyLock,
  scope: string,
  key: string,
  work: () => Promise<T>,
  options: TurnOptions = {},
): Promise<T> {
  const waitMs = options.waitMs ?? 60_000;
  const pollMs = options.pollMs ?? 250;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const now = options.now ?? Date.now;
  const started = now();
  for (;;) {
    const claim = await lock.claim(scope, [key]);
    if (claim.granted.has(key)) {
      try {
        return await work();
      } finally {
        await claim.release();
      }
    }
    if (now() - started >= waitMs) return work();
    await sleep(pollMs);
  }
}
