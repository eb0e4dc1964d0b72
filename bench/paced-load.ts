import { Agent, request } from 'node:http';

/** What {@link pacedLoad} measured. */
export interface PacedResult {
  sent: number;
  /** Answers by status class, and requests that failed without an answer. */
  ok2xx: number;
  non2xx: number;
  errors: number;
  /** Milliseconds from each request's scheduled send time to the end of its answer. */
  latency: { p50: number; p99: number; max: number };
}

export interface PacedOptions {
  url: string;
  ratePerSecond: number;
  seconds: number;
  /** Headers per request (e.g. a fresh delivery id each time). */
  headers: () => Record<string, string>;
  body: string;
  /** Keep-alive sockets at most; a request waits for a free one, and that wait counts. */
  sockets?: number;
}

/**
 * An open-loop load at an even, fixed rate: request i is due at start + i/rate and its latency is
 * counted from that due time, so a slow answer delays nothing and is not hidden (no coordinated
 * omission). autocannon's `overallRate` is not this: each connection sends its share of a second
 * back to back and then waits for the next second, so the server sees one burst per second.
 */
export async function pacedLoad(options: PacedOptions): Promise<PacedResult> {
  const target = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.sockets ?? 64 });
  const total = Math.round(options.ratePerSecond * options.seconds);
  const latencies: number[] = [];
  const result: PacedResult = {
    sent: 0,
    ok2xx: 0,
    non2xx: 0,
    errors: 0,
    latency: { p50: 0, p99: 0, max: 0 },
  };
  const inFlight = new Set<Promise<void>>();
  const send = (due: number) => {
    const done = new Promise<void>((settle) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { ...options.headers(), 'content-length': Buffer.byteLength(options.body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode && res.statusCode >= 200 && res.statusCode < 300) result.ok2xx++;
            else result.non2xx++;
            settle();
          });
        },
      );
      req.on('error', () => {
        result.errors++;
        settle();
      });
      req.end(options.body);
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };
  const start = performance.now();
  const interval = 1000 / options.ratePerSecond;
  while (result.sent < total) {
    const now = performance.now();
    // Everything due by now goes out, each with its own due time.
    while (result.sent < total && start + result.sent * interval <= now) {
      send(start + result.sent * interval);
      result.sent++;
    }
    const next = start + result.sent * interval - performance.now();
    await new Promise((wake) => setTimeout(wake, Math.max(0, next)));
  }
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  result.latency = { p50: round(at(0.5)), p99: round(at(0.99)), max: round(latencies.at(-1) ?? 0) };
  return result;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
