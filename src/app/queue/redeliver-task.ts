import { listHookDeliveries, redeliverHookDelivery } from '../../github/hook-deliveries.js';
import type { OctokitLike } from '../../github/octokit/octokit-like.js';
import { planRedeliveries, reachedWindowStart } from '../../plan/plan-redeliveries.js';

/** What one run of the redelivery job did. */
export interface RedeliveryRun {
  scanned: number;
  failed: number;
  redelivered: number;
  givenUp: number;
}

/**
 * The scheduled recovery GitHub documents for apps: read the App's recent delivery log, and ask
 * GitHub to redeliver each delivery that never succeeded (a 503 while Redis was away, a time-out,
 * a replica that was down). `appOctokit` is authenticated as the App (JWT).
 */
export async function redeliverFailed(
  appOctokit: OctokitLike,
  options: { windowMs: number; maxRedeliveries: number; now?: number; onRedelivered?: () => void },
): Promise<RedeliveryRun> {
  const policy = {
    windowMs: options.windowMs,
    maxRedeliveries: options.maxRedeliveries,
    now: options.now ?? Date.now(),
  };
  const records = await listHookDeliveries(appOctokit, (page) => reachedWindowStart(page, policy));
  const plan = planRedeliveries(records, policy);
  let redelivered = 0;
  for (const id of plan.redeliver) {
    await redeliverHookDelivery(appOctokit, id);
    redelivered += 1;
    options.onRedelivered?.();
  }
  return { scanned: records.length, failed: plan.failed, redelivered, givenUp: plan.givenUp.length };
}
