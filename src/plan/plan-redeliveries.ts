/** One entry of the App's delivery log, the fields the plan reads. */
export interface DeliveryRecord {
  id: number;
  guid: string;
  /** ISO time GitHub sent it. */
  deliveredAt: string;
  statusCode: number;
  redelivery: boolean;
}

/** Options of {@link planRedeliveries}. */
export interface RedeliveryPolicy {
  /** Only deliveries GitHub sent within this window (ms before `now`) are considered. */
  windowMs: number;
  /** A GUID redelivered this many times already is given up on (reported, not retried). */
  maxRedeliveries: number;
  now: number;
}

/** What to redeliver, and what was given up on. */
export interface RedeliveryPlan {
  /** Delivery ids to redeliver: the newest attempt of each GUID that never succeeded. */
  redeliver: number[];
  /** GUIDs that failed `maxRedeliveries` redeliveries already. */
  givenUp: string[];
  /** Failed GUIDs in the window, redelivered or not. */
  failed: number;
}

const succeeded = (record: DeliveryRecord) => record.statusCode >= 200 && record.statusCode < 300;

/**
 * GitHub does not redeliver by itself. Of the deliveries in the window, every GUID none of whose
 * attempts succeeded is redelivered once per run (its newest attempt), until it has been
 * redelivered `maxRedeliveries` times. A GUID with one success is done, whatever else failed.
 */
export function planRedeliveries(
  records: readonly DeliveryRecord[],
  policy: RedeliveryPolicy,
): RedeliveryPlan {
  const since = policy.now - policy.windowMs;
  const byGuid = new Map<string, DeliveryRecord[]>();
  for (const record of records) {
    const at = Date.parse(record.deliveredAt);
    if (!Number.isFinite(at) || at < since) continue;
    const list = byGuid.get(record.guid) ?? [];
    list.push(record);
    byGuid.set(record.guid, list);
  }
  const plan: RedeliveryPlan = { redeliver: [], givenUp: [], failed: 0 };
  for (const [guid, attempts] of byGuid) {
    if (attempts.some(succeeded)) continue;
    plan.failed += 1;
    if (attempts.filter((a) => a.redelivery).length >= policy.maxRedeliveries) {
      plan.givenUp.push(guid);
      continue;
    }
    const newest = attempts.reduce((a, b) => (b.id > a.id ? b : a));
    plan.redeliver.push(newest.id);
  }
  return plan;
}

/** True when a page of the log (newest first) reached past the window, so no older page is needed. */
export function reachedWindowStart(records: readonly DeliveryRecord[], policy: RedeliveryPolicy): boolean {
  const last = records.at(-1);
  return last !== undefined && Date.parse(last.deliveredAt) < policy.now - policy.windowMs;
}
