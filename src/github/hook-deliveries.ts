import type { DeliveryRecord } from '../plan/plan-redeliveries.js';
import type { OctokitLike } from './octokit/octokit-like.js';

interface DeliveryItem {
  id: number;
  guid: string;
  delivered_at: string;
  status_code: number;
  redelivery: boolean;
}

/** Most pages read per run: 100 deliveries a page, newest first. */
const MAX_PAGES = 50;

/**
 * The App's recent webhook deliveries (`GET /app/hook/deliveries`, App JWT), newest first, read
 * page by page (GitHub pages this list by cursor) until `enough(page)` says older ones are not needed.
 */
export async function listHookDeliveries(
  octokit: OctokitLike,
  enough: (page: DeliveryRecord[]) => boolean,
): Promise<DeliveryRecord[]> {
  const all: DeliveryRecord[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = (await octokit.request('GET /app/hook/deliveries', {
      per_page: 100,
      ...(cursor ? { cursor } : {}),
    })) as { data: DeliveryItem[]; headers?: Record<string, string | undefined> };
    const records = response.data.map((item) => ({
      id: item.id,
      guid: item.guid,
      deliveredAt: item.delivered_at,
      statusCode: item.status_code,
      redelivery: item.redelivery,
    }));
    all.push(...records);
    const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers?.link ?? '')?.[1];
    cursor = next ? (new URL(next).searchParams.get('cursor') ?? undefined) : undefined;
    if (!cursor || records.length === 0 || enough(records)) break;
  }
  return all;
}

/** Asks GitHub to send a delivery again (`POST /app/hook/deliveries/{id}/attempts`). */
export async function redeliverHookDelivery(octokit: OctokitLike, id: number): Promise<void> {
  await octokit.request('POST /app/hook/deliveries/{delivery_id}/attempts', { delivery_id: id });
}
