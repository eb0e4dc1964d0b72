import type { IncomingMessage, ServerResponse } from 'node:http';
import { verify } from '@octokit/webhooks-methods';
import type { JobQueue, WebhookJob } from './webhook-job.js';

/** GitHub caps webhook payloads at 25 MB; anything larger is refused before it is read whole. */
export const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;

/** What the receiver tells the shell about each delivery (for logs and metrics). */
export type ReceiveOutcome =
  | 'queued'
  | 'duplicate'
  | 'retried'
  | 'bad-signature'
  | 'bad-request'
  | 'too-large'
  | 'unavailable';

export interface ReceiverOptions {
  secret: string;
  queue: JobQueue;
  maxBytes?: number;
  onOutcome(outcome: ReceiveOutcome, delivery: { id?: string; name?: string; reason?: string }): void;
}

const DELIVERY_ID = /^[A-Za-z0-9_.-]{1,100}$/;
const EVENT_NAME = /^[a-z_]{1,64}$/;

function answer(res: ServerResponse, status: number, body: object): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

/** Reads the body up to `max` bytes; undefined when it is larger (the rest is drained, not kept). */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) {
    req.resume();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) {
      req.resume();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * `POST` on the webhook path: verify the signature, enqueue the delivery keyed by its id, answer
 * 202 at once. A bad signature (401), a malformed or oversized payload (400/413) is refused and
 * never enqueued. When the queue cannot take the job (Redis away) the answer is 503, never 202,
 * so GitHub records a failed delivery that the redelivery job can recover later.
 */
export function webhookReceiver(options: ReceiverOptions) {
  const max = options.maxBytes ?? MAX_PAYLOAD_BYTES;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const id = String(req.headers['x-github-delivery'] ?? '');
    const name = String(req.headers['x-github-event'] ?? '');
    const signature = String(req.headers['x-hub-signature-256'] ?? '');
    const refuse = (status: number, outcome: ReceiveOutcome, reason: string) => {
      options.onOutcome(outcome, { id: DELIVERY_ID.test(id) ? id : undefined, name, reason });
      answer(res, status, { error: reason });
    };
    if (!DELIVERY_ID.test(id) || !EVENT_NAME.test(name) || !signature.startsWith('sha256=')) {
      req.resume();
      return refuse(
        400,
        'bad-request',
        'missing or malformed X-GitHub-Delivery, X-GitHub-Event or X-Hub-Signature-256',
      );
    }
    const body = await readBody(req, max);
    if (!body) return refuse(413, 'too-large', `payload over ${max} bytes`);
    const text = body.toString('utf8');
    const valid = await verify(options.secret, text, signature).catch(() => false);
    if (!valid) return refuse(401, 'bad-signature', 'signature does not match');
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      return refuse(400, 'bad-request', 'payload is not JSON');
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return refuse(400, 'bad-request', 'payload is not a JSON object');
    }
    if (!options.queue.isReady()) return refuse(503, 'unavailable', 'queue unavailable');
    const job: WebhookJob = { id, name, payload };
    try {
      const outcome = await options.queue.enqueue(job, body);
      options.onOutcome(outcome, { id, name });
      answer(res, 202, { delivery: id, [outcome]: true });
    } catch (error) {
      refuse(
        503,
        'unavailable',
        `queue unavailable: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
}
