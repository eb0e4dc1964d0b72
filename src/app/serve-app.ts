import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AppMetrics } from './queue/app-metrics.js';
import type { Role } from './queue/queue-settings.js';
import type { JobQueue } from './queue/webhook-job.js';

/** What the HTTP side of a process serves. */
export interface ServeOptions {
  role: Role;
  version: string;
  queue: JobQueue;
  metrics: AppMetrics;
  /** Handles `POST webhookPath` (the web role only). */
  receive?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  webhookPath: string;
  /** True once a worker role is taking jobs. */
  workerReady: () => boolean;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

/**
 * Every role listens on PORT for its probes:
 * - `GET /healthz`: liveness and the queue's state; 503 while the queue's Redis is away;
 * - `GET /readyz`: 200 once the role can do its work (web: can enqueue; worker: taking jobs);
 * - `GET /metrics`: Prometheus text (prom-client);
 * - `POST <webhook path>`: the web role's receiver.
 */
export function createAppServer(options: ServeOptions): Server {
  const { queue, metrics } = options;
  const ready = () => queue.isReady() && (options.role === 'web' || options.workerReady());
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path === options.webhookPath && options.receive) {
      options.receive(req, res).catch(() => {
        if (!res.headersSent) json(res, 500, { error: 'internal error' });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 404, { error: 'not found' });
    if (path === '/healthz') {
      queue.counts().then(
        (counts) =>
          json(res, queue.isReady() ? 200 : 503, {
            status: queue.isReady() ? 'ok' : 'degraded',
            version: options.version,
            role: options.role,
            queue: queue.engine,
            redis: queue.engine === 'redis' ? (queue.isReady() ? 'ready' : 'unavailable') : 'not configured',
            jobs: counts,
          }),
        () =>
          json(res, 503, {
            status: 'degraded',
            version: options.version,
            role: options.role,
            queue: queue.engine,
            redis: 'unavailable',
          }),
      );
      return;
    }
    if (path === '/readyz') return json(res, ready() ? 200 : 503, { ready: ready() });
    if (path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
        () => json(res, 500, { error: 'metrics unavailable' }),
      );
      return;
    }
    json(res, 404, { error: 'not found' });
  });
}
