import type { ApplicationFunction, Context, Probot } from 'probot';
import type { DeliveryDedupe } from '../github/delivery-dedupe.js';
import type { KeyLock } from '../github/memory-lock.js';
import type { OctokitLike } from '../github/octokit/octokit-like.js';
import { appIdentity } from './app-identity.js';
import type { AppSettings } from './app-settings.js';
import { configCache, DEFAULT_CONFIG_TTL_SECONDS } from './config-cache.js';
import type { EventDeps } from './handlers/event-deps.js';
import { guardDelivery } from './handlers/guard-delivery.js';
import { handleIssueChange } from './handlers/handle-issue.js';
import { handleMerge, handlePush } from './handlers/handle-merge.js';
import { handleRerequest, handleReview } from './handlers/handle-review.js';
import { healthHandler, type RedisStatus } from './health-handler.js';

/** What the app is built from; `appFromEnv` makes these from the environment. */
export interface AppDependencies {
  /** Delivery ids already handled (Redis with REDIS_URL, else in-process). */
  dedupe: DeliveryDedupe;
  /** Per-item locks for follow-up issue creation (Redis with REDIS_URL, else in-process). */
  lock: KeyLock;
  /** The operator's defaults; a repository's `app:` config section overrides them. */
  settings: AppSettings;
  version: string;
  /** APP_ID: recognises our check runs until `GET /app` has answered. */
  appId?: number;
  /** Serve `GET /healthz` (a server only; serverless adapters have no extra routes). */
  health?: { redis?: RedisStatus };
  /** How long a repository's config is reused, in ms; 0 reads it on every event. Default 60 s. */
  configTtlMs?: number;
  /** YYYY-MM-DD for the date rules; the UTC date by default. */
  today?: () => string;
  /** See EventDeps.retryHeldItems: true for queue workers. */
  retryHeldItems?: boolean;
}

/** The events the app answers; `app.yml` subscribes to `pull_request`, `check_run` and `push`. */
export const REVIEW_ACTIONS = [
  'pull_request.opened',
  'pull_request.synchronize',
  'pull_request.reopened',
  'pull_request.ready_for_review',
] as const;

/**
 * The Probot app function: the Action's review and follow-ups, as a GitHub App.
 * - `pull_request` opened/synchronize/reopened/ready_for_review: review, sticky comment, and a
 *   "Decision register" check run with every finding as an annotation;
 * - `pull_request.closed` when merged, and `push` to the default branch: the follow-up issues
 *   reconciled with the registers (opened, updated, closed, reopened), exactly once;
 * - `issues.closed` / `issues.reopened` of a follow-up issue it opened: the one sync pull request
 *   (`decision-register/sync`) that sets the item's status and writes back issue numbers;
 * - `check_run.rerequested` for our check run: the review again.
 * Every other event is acknowledged (200) and ignored. Each handler runs behind the delivery
 * guard: redeliveries are skipped, failures are logged with the delivery id and answered 500.
 */
export function decisionRegisterApp(deps: AppDependencies): ApplicationFunction {
  return (app: Probot, options) => {
    const identity = appIdentity(async () => (await app.auth()) as unknown as OctokitLike);
    const eventDeps: EventDeps = {
      settings: deps.settings,
      lock: deps.lock,
      identity,
      appId: deps.appId,
      config: configCache({ ttlMs: deps.configTtlMs ?? DEFAULT_CONFIG_TTL_SECONDS * 1000 }),
      today: deps.today ?? (() => new Date().toISOString().slice(0, 10)),
      retryHeldItems: deps.retryHeldItems ?? false,
    };
    app.on(
      [...REVIEW_ACTIONS],
      guardDelivery(deps.dedupe, (context: Context<'pull_request'>) => handleReview(context, eventDeps)),
    );
    app.on(
      'pull_request.closed',
      guardDelivery(deps.dedupe, (context: Context<'pull_request.closed'>) =>
        handleMerge(context, eventDeps),
      ),
    );
    app.on(
      'push',
      guardDelivery(deps.dedupe, (context: Context<'push'>) => handlePush(context, eventDeps)),
    );
    // Write-back: a follow-up issue closed or reopened on GitHub → the sync pull request.
    app.on(
      ['issues.closed', 'issues.reopened'],
      guardDelivery(deps.dedupe, (context: Context<'issues.closed' | 'issues.reopened'>) =>
        handleIssueChange(context as Context<'issues.closed'>, eventDeps),
      ),
    );
    app.on(
      'check_run.rerequested',
      guardDelivery(deps.dedupe, (context: Context<'check_run.rerequested'>) =>
        handleRerequest(context, eventDeps),
      ),
    );
    if (deps.health) options.addHandler(healthHandler(deps.version, deps.health.redis));
  };
}
