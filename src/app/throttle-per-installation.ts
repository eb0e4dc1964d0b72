import type { ProbotOctokit } from 'probot';

/**
 * Keys Probot's request throttling by installation. Probot gives `app.auth(id)` clients a
 * `throttle.id`, but the clients its handlers get (`context.octokit`) are built from the app's
 * options without one, so every installation shares the key `no-id`: one write a second for the
 * whole app, and, with REDIS_URL (Bottleneck on Redis), for every process of it. GitHub's
 * secondary limits are per installation token, so each installation gets its own key, the same
 * one `app.auth(id)` uses. App-level (JWT) clients keep the shared key.
 */
export function throttlePerInstallation<T extends typeof ProbotOctokit>(Octokit: T): T {
  return Octokit.defaults((options: Record<string, unknown>) => {
    const installationId = (options.auth as { installationId?: unknown } | undefined)?.installationId;
    const throttle = options.throttle as Record<string, unknown> | undefined;
    if (installationId === undefined || installationId === null || !throttle) return options;
    return { ...options, throttle: { ...throttle, id: String(installationId) } };
  }) as T;
}
