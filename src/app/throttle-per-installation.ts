import type { ProbotOctokit } from 'probot';

/**
 * Keys Probot's request throttling by installation. Probot gives `app.auth(id)` clients a
 * `throttle.id`, but the clients its handlers get (`context.octokit`) are built from the app's
 * options without one, so every installation shares the key `no-id`: one write a second for the
 * whole app, and, with REDIS_URL (Bottleneck on Redis), for every process of it. GitHub's
 * secondary limits are per installation token, so each installation gets its own key, the same
 * one `app.auth(id)` uses. App-level (JWT) clients keep the shared key.
 *
 * With Redis, the write and notification slots also get short leases (see {@link leasedGroups}).
 */
export function throttlePerInstallation<T extends typeof ProbotOctokit>(Octokit: T): T {
  return Octokit.defaults((options: Record<string, unknown>) => {
    const installationId = (options.auth as { installationId?: unknown } | undefined)?.installationId;
    const throttle = options.throttle as ThrottleOptions | undefined;
    if (installationId === undefined || installationId === null || !throttle) return options;
    return {
      ...options,
      throttle: { ...throttle, id: String(installationId), ...leasedGroups(throttle) },
    };
  }) as T;
}

/** The parts of plugin-throttling's options used here; Probot sets `Bottleneck` and `connection` with Redis. */
interface ThrottleOptions {
  Bottleneck?: BottleneckClass;
  connection?: unknown;
  timeout?: number;
}

interface Limiter {
  schedule(
    options: { expiration?: number },
    task: (...args: unknown[]) => unknown,
    ...args: unknown[]
  ): Promise<unknown>;
}
interface LimiterGroup {
  key(id: string): Limiter;
}
type BottleneckClass = {
  Group: new (options: Record<string, unknown>) => LimiterGroup;
};

/**
 * How long a process may hold the one write (or notification) slot of an installation on Redis.
 * plugin-throttling registers each write as a job expiring after 60 s; the job only waits out
 * `minTime` (1 s, 3 s) and runs a no-op, but a worker killed in between holds the slot until the
 * expiry, stalling that installation's writes in every other worker for a minute.
 */
export const WRITE_LEASE_MS = 10_000;

const leased = new WeakMap<object, { write: LimiterGroup; notifications: LimiterGroup }>();

/**
 * plugin-throttling's `write` and `notifications` groups, same ids and limits (so they share the
 * Redis state of every other client), whose jobs expire after {@link WRITE_LEASE_MS}. Without
 * Redis nothing changes: an in-process slot dies with its process.
 */
export function leasedGroups(throttle: ThrottleOptions): {
  write?: LimiterGroup;
  notifications?: LimiterGroup;
} {
  const { Bottleneck, connection } = throttle;
  if (!Bottleneck || !connection || typeof connection !== 'object') return {};
  let groups = leased.get(connection);
  if (!groups) {
    const common = { connection, timeout: throttle.timeout ?? 2 * 60 * 1000 };
    const group = (id: string, minTime: number): LimiterGroup => {
      const inner = new Bottleneck.Group({ id, maxConcurrent: 1, minTime, ...common });
      return {
        key: (key) => {
          const limiter = inner.key(key);
          return {
            schedule: (options, task, ...args) =>
              limiter.schedule(
                { ...options, expiration: Math.min(options.expiration ?? WRITE_LEASE_MS, WRITE_LEASE_MS) },
                task,
                ...args,
              ),
          };
        },
      };
    };
    groups = { write: group('octokit-write', 1000), notifications: group('octokit-notifications', 3000) };
    leased.set(connection, groups);
  }
  return groups;
}
