import { sign } from '@octokit/webhooks-methods';

/** One entry of the App's webhook delivery log, as `GET /app/hook/deliveries` lists it. */
export interface HookDelivery {
  id: number;
  guid: string;
  deliveredAt: string;
  redelivery: boolean;
  statusCode: number;
  event: string;
  action: string | null;
  installationId: number | null;
  repositoryId: number | null;
  /** The body GitHub sent (kept so a redelivery sends it again). */
  body: string;
}

/** Where the fake delivers webhooks: the app under test. */
export interface HookTarget {
  url: string;
  secret: string;
}

/**
 * The App's delivery log and GitHub's redelivery: `deliver()` posts a signed webhook to the target
 * and records the outcome (status 0 for no answer); `record()` adds an entry without sending (a
 * delivery that GitHub says failed while the app was away); `redeliver(id)` sends the same body
 * with the same GUID again, as `POST /app/hook/deliveries/{id}/attempts` does.
 */
export class HookDeliveries {
  readonly entries: HookDelivery[] = [];
  target: HookTarget | undefined;
  /** Redeliveries sent and not yet answered; `settle()` waits for them. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private nextId = 9_000_000;

  record(
    entry: Omit<HookDelivery, 'id' | 'deliveredAt' | 'redelivery'> & { redelivery?: boolean },
  ): HookDelivery {
    this.nextId += 1;
    const full: HookDelivery = {
      id: this.nextId,
      deliveredAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      redelivery: entry.redelivery ?? false,
      ...entry,
    };
    this.entries.unshift(full);
    return full;
  }

  /** Sends a delivery to the target now and records what it answered. */
  async deliver(event: string, payload: unknown, guid: string, redelivery = false): Promise<HookDelivery> {
    const body = JSON.stringify(payload);
    const status = await this.post(event, body, guid);
    const meta = payload as { action?: string; installation?: { id?: number }; repository?: { id?: number } };
    return this.record({
      guid,
      event,
      body,
      redelivery,
      statusCode: status,
      action: meta.action ?? null,
      installationId: meta.installation?.id ?? null,
      repositoryId: meta.repository?.id ?? null,
    });
  }

  /** GitHub's redelivery: the same body and GUID, recorded as a new entry. False for an unknown id. */
  redeliver(id: number): boolean {
    const original = this.entries.find((entry) => entry.id === id);
    if (!original) return false;
    const sent = this.deliver(original.event, JSON.parse(original.body), original.guid, true).catch(
      () => undefined,
    );
    this.inFlight.add(sent);
    sent.finally(() => this.inFlight.delete(sent));
    return true;
  }

  /** Waits until every redelivery sent so far has been answered. */
  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async post(event: string, body: string, guid: string): Promise<number> {
    if (!this.target) return 0;
    try {
      const response = await fetch(this.target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': event,
          'x-github-delivery': guid,
          'x-hub-signature-256': await sign(this.target.secret, body),
          'user-agent': 'GitHub-Hookshot/fake',
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0;
    }
  }
}
