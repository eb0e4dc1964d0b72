// Benchmark of the app on its job queue (`npm run bench:app`), loopback only, bounded in time:
// 1. ack latency: signed pull_request deliveries at a fixed 500/s for 20 s at the web role, which
//    verifies, enqueues into BullMQ on a real redis-server and answers 202 (goal p99 ≤ 50 ms);
//    then Redis memory per 10k queued jobs;
// 2. throughput: the same queue of N jobs drained by 1 worker, then by 2 workers, each job a
//    full review against the GitHub fake (Probot throttling off: with it on, the figure would be
//    GitHub's pacing of one installation, not the app's capacity). Goal: 2 workers ≥ 1.7× one.
// Without redis-server the bench says so and stops.
//
// Usage: npm run bench:app [-- --rate 500 --seconds 20 --jobs 400]
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { sign } from '@octokit/webhooks-methods';
import { Redis } from 'ioredis';
import {
  APP_ENTRY,
  bundle,
  FAKE_ENTRY,
  type FakeReady,
  nextMessage,
  ROOT,
  SECRET,
  startAppChild,
  stop,
} from './bench-app-support.js';

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  latency: { p50: number; p99: number; max: number };
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const RATE = arg('--rate', 500);
const SECONDS = arg('--seconds', 20);
const JOBS = arg('--jobs', 400);
const TIME_LIMIT_MS = 300_000;
const NODE = process.execPath;

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  await new Promise<void>((done, fail) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) done();
    });
    child.once('exit', (code) => fail(new Error(`redis-server exited (${code})`)));
  });
  return child;
}

async function fire(url: string, body: string, options: Record<string, unknown>): Promise<AutocannonResult> {
  return autocannon({
    url: `${url}/api/github/webhooks`,
    method: 'POST',
    timeout: 30,
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-hub-signature-256': await sign(SECRET, body),
      'user-agent': 'GitHub-Hookshot/bench',
    },
    body,
    // A fresh X-GitHub-Delivery per request: a repeated id is a redelivery, a no-op.
    requests: [
      {
        setupRequest: (request: { headers: Record<string, string> }) => {
          request.headers['x-github-delivery'] = randomUUID();
          return request;
        },
      },
    ],
    ...options,
  });
}

async function jobs(url: string): Promise<Record<string, number>> {
  const health = (await (await fetch(`${url}/healthz`)).json()) as { jobs: Record<string, number> };
  return health.jobs;
}

/** Fills the queue with `count` jobs (web role only), then times `workers` draining it. */
async function drain(
  entry: string,
  fake: FakeReady,
  env: Record<string, string>,
  webUrl: string,
  body: string,
  workers: number,
  basePort: number,
): Promise<{ seconds: number; perSecond: number }> {
  await fire(webUrl, body, { amount: JOBS, connections: 8 });
  const started = performance.now();
  const children = await Promise.all(
    Array.from({ length: workers }, (_, i) =>
      startAppChild(entry, fake, basePort + i, { args: ['--role', 'worker'], env }),
    ),
  );
  // The queue was flushed before filling: done when every job has settled.
  for (;;) {
    const now = await jobs(webUrl);
    if ((now.completed ?? 0) + (now.failed ?? 0) >= JOBS) break;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(children.map(stop));
  return { seconds, perSecond: JOBS / seconds };
}

async function main() {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('bench:app needs redis-server (Debian package redis-server); not run.');
    return;
  }
  const deadline = setTimeout(() => {
    console.error(`bench:app: over the ${TIME_LIMIT_MS / 1000}s limit, stopping.`);
    process.exit(2);
  }, TIME_LIMIT_MS);
  const [fakeEntry, appEntry] = await Promise.all([
    bundle('fake', FAKE_ENTRY, true),
    bundle('app', APP_ENTRY, false),
  ]);
  const port = 39_000 + Math.floor(Math.random() * 2000);
  const children: ChildProcess[] = [];
  try {
    const redisServer = await startRedis(port + 50);
    children.push(redisServer);
    const redis = new Redis(`redis://127.0.0.1:${port + 50}`);
    const fakeChild = spawn(NODE, [fakeEntry], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(fakeChild);
    const fake = await nextMessage<FakeReady>(fakeChild, 'ready');
    const body = JSON.stringify(fake.payload);
    const env = { REDIS_URL: `redis://127.0.0.1:${port + 50}` };
    const web = await startAppChild(appEntry, fake, port, { args: ['--role', 'web'], env });
    children.push(web);
    const webUrl = `http://127.0.0.1:${port}`;

    await fire(webUrl, body, { amount: 500, connections: 8 }); // warm-up
    await redis.flushall();
    const memoryBefore = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
    const ack = await fire(webUrl, body, { duration: SECONDS, overallRate: RATE, connections: 50 });
    const memoryAfter = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
    const queued = (await jobs(webUrl)).waiting ?? 0;
    const perTenK = ((memoryAfter - memoryBefore) / Math.max(1, queued)) * 10_000;
    const p99ok = ack.latency.p99 <= 50;

    await redis.flushall();
    const one = await drain(appEntry, fake, env, webUrl, body, 1, port + 100);
    await redis.flushall();
    const two = await drain(appEntry, fake, env, webUrl, body, 2, port + 200);
    const ratio = two.perSecond / one.perSecond;
    await redis.quit();

    console.log(`
bench:app — the web role on BullMQ (real redis-server), workers against the GitHub fake, loopback,
${availableParallelism()} cores shared by every process (web, workers, fake, redis).
  ack latency at ${RATE} deliveries/s for ${SECONDS} s: p50 ${ack.latency.p50} ms, p99 ${ack.latency.p99} ms, max ${ack.latency.max} ms
    goal p99 ≤ 50 ms: ${p99ok ? 'met' : 'NOT met'}   (2xx ${ack['2xx']}, non-2xx ${ack.non2xx}, errors ${ack.errors}, timeouts ${ack.timeouts})
  Redis memory per 10k queued jobs: ${(perTenK / 1024 / 1024).toFixed(1)} MiB (${queued} jobs queued, ~${(body.length / 1024).toFixed(1)} KiB payload each)
  end-to-end (${JOBS} reviews, Probot throttling off):
    1 worker:  ${one.perSecond.toFixed(1)} jobs/s (${one.seconds.toFixed(1)} s)
    2 workers: ${two.perSecond.toFixed(1)} jobs/s (${two.seconds.toFixed(1)} s) = ${ratio.toFixed(2)}× one
    goal 2 workers ≥ 1.7× one: ${ratio >= 1.7 ? 'met' : 'NOT met'}${
      ratio >= 1.7 || availableParallelism() > 2
        ? ''
        : `\n    (on ${availableParallelism()} cores the fake and redis compete with the workers for CPU)`
    }`);
  } finally {
    clearTimeout(deadline);
    await Promise.all(children.map(stop));
  }
}

await main();
