import { describe, expect, it } from 'vitest';
import { DeliveryError, describeError, guardDelivery } from '../../../src/app/handlers/guard-delivery.js';
import { memoryDeliveryDedupe } from '../../../src/github/delivery-dedupe.js';

function context(id: string) {
  const logged: { level: string; message: string; fields?: object }[] = [];
  return {
    logged,
    context: {
      id,
      name: 'pull_request',
      payload: { action: 'opened' },
      log: {
        info: (message: string) => logged.push({ level: 'info', message }),
        error: (fields: object, message: string) => logged.push({ level: 'error', message, fields }),
      },
    },
  };
}

describe('guardDelivery', () => {
  it('runs a delivery once and acknowledges its redelivery without running it', async () => {
    let runs = 0;
    const guarded = guardDelivery(memoryDeliveryDedupe(), async () => {
      runs++;
    });
    const first = context('d-1');
    await guarded(first.context);
    await guarded(first.context);
    expect(runs).toBe(1);
    expect(first.logged.map((l) => l.message)).toEqual([
      'Delivery d-1 (pull_request.opened) was already handled; acknowledging the redelivery.',
    ]);
  });

  it('turns a failure into a DeliveryError (500) without request details, logged with the delivery id', async () => {
    const githubError = Object.assign(
      new Error('Not Found\nrequest: { headers: { authorization: "token ghs_x" } }'),
      {
        status: 404,
        response: { data: { message: 'Not Found' } },
      },
    );
    const dedupe = memoryDeliveryDedupe();
    const guarded = guardDelivery(dedupe, async () => {
      throw githubError;
    });
    const { context: ctx, logged } = context('d-9');
    const error = await guarded(ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ status: 500, delivery: 'd-9' });
    expect((error as Error).message).toBe('delivery d-9 (pull_request.opened) failed: Not Found (HTTP 404)');
    expect(logged).toEqual([
      {
        level: 'error',
        message: 'Delivery d-9 (pull_request.opened) failed: Not Found (HTTP 404)',
        fields: { delivery: 'd-9', event: 'pull_request.opened' },
      },
    ]);
    // Forgotten, so GitHub's redelivery of a failed delivery is handled again.
    expect(await dedupe.firstSeen('d-9')).toBe(true);
  });

  it('describes errors in one line', () => {
    expect(describeError(new Error('boom\nstack'))).toBe('boom');
    expect(describeError('plain')).toBe('plain');
  });
});
