import type { DeliveryDedupe } from '../../github/delivery-dedupe.js';
import { messageOf } from '../../github/octokit/octokit-like.js';

/** The slice of Probot's Context the guard needs. */
export interface DeliveryContext {
  /** The `X-GitHub-Delivery` id. */
  id: string;
  name: string;
  payload: { action?: string; [field: string]: unknown };
  log: { info(message: string): void; error(details: object, message: string): void };
}

/**
 * A failed delivery, as the webhook middleware sees it: `status` 500 makes it answer 500 so
 * GitHub shows the failure (otherwise a GitHub 404 inside the handler would leak through as a
 * 404 answer). Its message is one line without request details, so no token can reach a log.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  readonly status = 500;
  constructor(
    readonly delivery: string,
    message: string,
    /** What the handler threw: the queue reads its status and retry-after to decide on a retry. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

/** One line about an error: GitHub's message for API errors, never headers or stack. */
export function describeError(error: unknown): string {
  const message = messageOf(error).split('\n')[0] ?? 'unknown error';
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  return typeof status === 'number' && !message.includes(`${status}`)
    ? `${message} (HTTP ${status})`
    : message;
}

/**
 * Wraps an event handler:
 * - a delivery id seen before (a redelivery, or the same delivery at another replica) is
 *   acknowledged and skipped;
 * - an exception is logged with the delivery id, the id is forgotten so a redelivery retries,
 *   and a DeliveryError (HTTP 500) is thrown; the server keeps running.
 */
export function guardDelivery<C extends DeliveryContext>(
  dedupe: DeliveryDedupe,
  handler: (context: C) => Promise<void>,
): (context: C) => Promise<void> {
  return async (context) => {
    const event = context.payload.action ? `${context.name}.${context.payload.action}` : context.name;
    let claimed = false;
    try {
      claimed = await dedupe.firstSeen(context.id);
      if (!claimed) {
        context.log.info(
          `Delivery ${context.id} (${event}) was already handled; acknowledging the redelivery.`,
        );
        return;
      }
      await handler(context);
    } catch (error) {
      if (claimed) await dedupe.forget(context.id).catch(() => undefined);
      const reason = describeError(error);
      context.log.error(
        { delivery: context.id, event },
        `Delivery ${context.id} (${event}) failed: ${reason}`,
      );
      throw new DeliveryError(context.id, `delivery ${context.id} (${event}) failed: ${reason}`, error);
    }
  };
}
