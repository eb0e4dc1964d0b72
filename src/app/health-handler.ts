import type { IncomingMessage, ServerResponse } from 'node:http';

/** The health endpoint's path. */
export const HEALTH_PATH = '/healthz';

/** Redis as the health check sees it: ioredis's connection status. */
export interface RedisStatus {
  readonly status: string;
}

/** The health endpoint's JSON body. */
export interface Health {
  status: 'ok' | 'degraded';
  version: string;
  /** `not configured` without REDIS_URL; else ioredis's status (`ready` when usable). */
  redis: string;
}

/**
 * `GET /healthz` for load balancers and orchestrators: 200 with `{status, version, redis}`;
 * 503 when REDIS_URL is set but Redis is not ready, because then deliveries would fail (locks
 * and dedupe need it) and traffic is better sent to another replica. No I/O per probe.
 */
export function healthHandler(version: string, redis?: RedisStatus) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== HEALTH_PATH) return false;
    const redisState = redis ? redis.status : 'not configured';
    const healthy = !redis || redis.status === 'ready';
    const body: Health = { status: healthy ? 'ok' : 'degraded', version, redis: redisState };
    res
      .writeHead(healthy ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      .end(JSON.stringify(body));
    return true;
  };
}
