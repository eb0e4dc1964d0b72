// Benchmark of the app on its job queue (`npm run bench:app`), loopback only, bounded in time:
// 1. ack latency: signed pull_request deliveries at a fixed, evenly paced 500/s for 20 s (open
//    loop, see paced-load.ts) at the web role, which verifies, enqueues into BullMQ on a real
//    redis-server and answers 202 (goal p99 ≤ 50 ms);
//    then Redis memory per 10k queued jobs;
// 2. throughput: the same queue of N jobs drained by 1 worker, then by 2 workers, each job a
//    full review against the GitHub fake (Probot throttling off: with it on, the figure would be
//    GitHub's pacing of one installation, not the app's capacity). Goal: 2 workers ≥ 1.7× one.
// 3. the same with GitHub's latency modelled (every request answered after --latency-ms): workers
//    then wait on GitHub as in production, and the ratio shows what a second worker adds.
// Without redis-server the bench says so and stops.
//
// Usage: npm run bench:app [-- --rate 500 --seconds 20 --jobs 400 --latency-ms 100 --latency-jobs 160 --concurrency 4]
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { sign } from '@octokit/webhooks-methods';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import {
  APP_ENTRY,
  bundle,
  cpuSeconds,
  FAKE_ENTRY,
  type FakeReady,
  type FakeStats,
  freePort,
  nextMessage,
  profileArgs,
  ROOT,
  SECRET,
  startAppChild,
  stop,
} from './bench-app-support.js';
import { pacedLoad } from './paced-load.js';

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
/** GitHub's latency for the second throughput run; real answers take tens to hundreds of ms. */
const LATENCY_MS = arg('--latency-ms', 100);
const LATENCY_JOBS = arg('--latency-jobs', 160);
const CONCURRENCY = arg('--concurrency', 4);
/** `--full-fake`: the fake checks requests and responses against GitHub's contract, as in the tests. */
const FULL_FAKE = process.argv.includes('--full-fake');
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

interface Drain {
  seconds: number;
  perSecond: number;
  /** Seconds from spawning the workers until each answered /readyz (not part of `seconds`). */
  bootSeconds: number;
  /** CPU ms per job, by process, while draining. */
  cpuPerJob: Record<string, number>;
}

/**
 * Fills the paused queue with JOBS jobs (web role only), starts `workers` and waits until each
 * takes jobs, then resumes the queue and times the drain: jobs/s of running workers, without the
 * seconds a Node process takes to boot. CPU per job is read from /proc for every process.
 */
async function drain(
  setup: { entry: string; fake: FakeReady; env: Record<string, string>; webUrl: string; body: string },
  queue: Queue,
  pids: Record<string, number | undefined>,
  workers: number,
  count = JOBS,
): Promise<Drain> {
  await queue.pause();
  await fire(setup.webUrl, setup.body, { amount: count, connections: 8 });
  const booting = performance.now();
  const children = await Promise.all(
    Array.from({ length: workers }, async () =>
      startAppChild(setup.entry, setup.fake, await freePort(), {
        args: ['--role', 'worker'],
        env: setup.env,
      }),
    ),
  );
  const bootSeconds = (performance.now() - booting) / 1000;
  const all = { ...pids, ...Object.fromEntries(children.map((c, i) => [`worker ${i + 1}`, c.pid])) };
  const before = await cpuOf(all);
  const started = performance.now();
  await queue.resume();
  // The queue was flushed before filling: done when every job has settled.
  for (;;) {
    const now = await queue.getJobCounts('completed', 'failed');
    if ((now.completed ?? 0) + (now.failed ?? 0) >= count) break;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  const after = await cpuOf(all);
  await Promise.all(children.map(stop));
  const cpuPerJob = Object.fromEntries(
    Object.keys(before).map((name) => [name, ((after[name]! - before[name]!) * 1000) / count]),
  );
  return { seconds, perSecond: count / seconds, bootSeconds, cpuPerJob };
}

/** CPU seconds so far of each named process; `bench` is this process (the load generator). */
async function cpuOf(pids: Record<string, number | undefined>): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(pids).map(async ([name, pid]) => [name, await cpuSeconds(pid)] as const),
  );
  const own = process.cpuUsage();
  return { ...Object.fromEntries(entries), bench: (own.user + own.system) / 1e6 };
}

const cpuLine = (drained: Drain) =>
  Object.entries(drained.cpuPerJob)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(', ');

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function main() {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('bench:app needs redis-server (Debian package redis-server); not run.');
    return;
  }
  const deadline = setTimeout(() => {
    console.error(`bench:app: over the ${TIME_LIMIT_MS / 1000}s limit, stopping.`);
    process.exit(2);
  }, TIME_LIMIT_MS);
  const loadBefore = load();
  const [fakeEntry, appEntry] = await Promise.all([
    bundle('fake', FAKE_ENTRY, true),
    bundle('app', APP_ENTRY, false),
  ]);
  // Free ports from the kernel: other benchmarks may be running on the machine.
  const [port, redisPort] = [await freePort(), await freePort()];
  const children: ChildProcess[] = [];
  try {
    const redisServer = await startRedis(redisPort);
    children.push(redisServer);
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const redis = new Redis(redisUrl);
    const queueConnection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue('decision-register', { connection: queueConnection });
    const fakeChild = spawn(NODE, [...profileArgs(), fakeEntry], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, BENCH_FAKE_CONTRACT: FULL_FAKE ? 'check' : 'skip' },
    });
    children.push(fakeChild);
    const fake = await nextMessage<FakeReady>(fakeChild, 'ready');
    const body = JSON.stringify(fake.payload);
    const env = { REDIS_URL: redisUrl, DECISION_REGISTER_CONCURRENCY: String(CONCURRENCY) };
    const web = await startAppChild(appEntry, fake, port, { args: ['--role', 'web'], env });
    children.push(web);
    const webUrl = `http://127.0.0.1:${port}`;

    await fire(webUrl, body, { amount: 500, connections: 8 }); // warm-up
    await redis.flushall();
    const memoryBefore = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
    const ackPids = { web: web.pid, redis: redisServer.pid };
    const cpuBefore = await cpuOf(ackPids);
    const signature = await sign(SECRET, body);
    const ack = await pacedLoad({
      url: `${webUrl}/api/github/webhooks`,
      ratePerSecond: RATE,
      seconds: SECONDS,
      body,
      headers: () => ({
        'content-type': 'application/json',
        'x-github-event': 'pull_request',
        'x-hub-signature-256': signature,
        'x-github-delivery': randomUUID(),
        'user-agent': 'GitHub-Hookshot/bench',
      }),
    });
    const cpuAfter = await cpuOf(ackPids);
    const memoryAfter = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
    const queued = (await jobs(webUrl)).waiting ?? 0;
    const ackCpu = Object.keys(cpuBefore)
      .map(
        (name) =>
          `${name} ${(((cpuAfter[name]! - cpuBefore[name]!) * 1000) / Math.max(1, ack.ok2xx)).toFixed(2)}`,
      )
      .join(', ');
    const perTenK = ((memoryAfter - memoryBefore) / Math.max(1, queued)) * 10_000;
    const p99ok = ack.latency.p99 <= 50;
    // For comparison only: autocannon's rate sends each second's share in one burst.
    const burst = await fire(webUrl, body, { duration: 5, overallRate: RATE, connections: 50 });

    const setup = { entry: appEntry, fake, env, webUrl, body };
    const pids = { web: web.pid, fake: fakeChild.pid, redis: redisServer.pid };
    // Untimed: the fake compiles each operation's validators on first use, the app warms its JIT.
    await redis.flushall();
    await drain(setup, queue, pids, 1, 40);
    await redis.flushall();
    const one = await drain(setup, queue, pids, 1);
    await redis.flushall();
    const two = await drain(setup, queue, pids, 2);
    const ratio = two.perSecond / one.perSecond;
    // The same with GitHub's latency: each request answered after LATENCY_MS, as GitHub answers in
    // tens to hundreds of ms. Workers then wait on GitHub, not on this machine's 2 cores.
    fakeChild.send({ kind: 'latency', ms: LATENCY_MS });
    await nextMessage(fakeChild, 'latency-set');
    await redis.flushall();
    const slowOne = await drain(setup, queue, pids, 1, LATENCY_JOBS);
    await redis.flushall();
    const slowTwo = await drain(setup, queue, pids, 2, LATENCY_JOBS);
    const slowRatio = slowTwo.perSecond / slowOne.perSecond;
    fakeChild.send({ kind: 'latency', ms: 0 });
    await nextMessage(fakeChild, 'latency-set');
    // What the zero-latency run can reach at most here: all cores divided by CPU per job.
    const cpuCeiling = (drained: Drain) =>
      (availableParallelism() * 1000) / Object.values(drained.cpuPerJob).reduce((a, b) => a + b, 0);
    fakeChild.send('stats');
    const stats = await nextMessage<FakeStats>(fakeChild, 'stats');
    await queue.close();
    await queueConnection.quit();
    await redis.quit();

    console.log(`
bench:app — the web role on BullMQ (real redis-server), workers against the GitHub fake, loopback.
  ${availableParallelism()} cores, shared by every process here (web, workers, fake, redis, and this
  load generator) and by whatever else runs on the machine: load average ${loadBefore} before, ${load()} after.
  ack latency at ${RATE} deliveries/s for ${SECONDS} s: p50 ${ack.latency.p50} ms, p99 ${ack.latency.p99} ms, max ${ack.latency.max} ms
    (open loop, evenly paced, latency from each request's due time; 2xx ${ack.ok2xx}, non-2xx ${ack.non2xx}, errors ${ack.errors})
    goal p99 ≤ 50 ms: ${p99ok ? 'met' : 'NOT met'}
    for comparison, autocannon at overallRate ${RATE} for 5 s (each second's ${RATE} sent as one burst): p50 ${burst.latency.p50} ms, p99 ${burst.latency.p99} ms
    CPU ms per delivery: ${ackCpu}
  Redis memory per 10k queued jobs: ${(perTenK / 1024 / 1024).toFixed(1)} MiB (${queued} jobs queued, ~${(body.length / 1024).toFixed(1)} KiB payload each)
  end-to-end (${JOBS} reviews, Probot throttling off; the fake ${
    FULL_FAKE
      ? 'checks requests and responses against the contract'
      : 'does NOT check requests and responses against the contract: bench only, the tests do; --full-fake checks'
  }):
    1 worker:  ${one.perSecond.toFixed(1)} jobs/s (${one.seconds.toFixed(1)} s; boot ${one.bootSeconds.toFixed(1)} s not counted)
      CPU ms per job: ${cpuLine(one)}
    2 workers: ${two.perSecond.toFixed(1)} jobs/s (${two.seconds.toFixed(1)} s; boot ${two.bootSeconds.toFixed(1)} s not counted) = ${ratio.toFixed(2)}× one
      CPU ms per job: ${cpuLine(two)}
    with GitHub answering at once, every process shares ${availableParallelism()} cores: at the CPU per job above they
    allow at most ${cpuCeiling(two).toFixed(0)} jobs/s = ${(cpuCeiling(two) / one.perSecond).toFixed(2)}× one worker, whatever the worker count.
  end-to-end with GitHub's latency (${LATENCY_JOBS} reviews, every request answered after ${LATENCY_MS} ms, concurrency ${CONCURRENCY} per worker):
    1 worker:  ${slowOne.perSecond.toFixed(1)} jobs/s (${slowOne.seconds.toFixed(1)} s)
    2 workers: ${slowTwo.perSecond.toFixed(1)} jobs/s (${slowTwo.seconds.toFixed(1)} s) = ${slowRatio.toFixed(2)}× one
      CPU ms per job: ${cpuLine(slowTwo)}
    goal 2 workers ≥ 1.7× one: ${slowRatio >= 1.7 ? 'met' : 'NOT met'} with GitHub's latency; ${ratio >= 1.7 ? 'met' : 'NOT met'} with none (${ratio.toFixed(2)}×, CPU-bound here)
    ${(stats.requests / (JOBS * 2 + 40)).toFixed(1)} GitHub requests per review; contract violations at the fake: ${stats.violations}`);
  } finally {
    clearTimeout(deadline);
    await Promise.all(children.map(stop));
  }
}

await main();
