// Load benchmark of the Probot app (`npm run bench:app`): signed pull_request.synchronize
// deliveries fired with autocannon at ONE app process, on loopback only, against the GitHub fake
// (also its own process). Bounded: a fixed number of deliveries and a hard time limit.
//
// What it measures, honestly: the app's own cost per delivery — signature check, installation
// token (cached), config, listing files, reading one changed register at head and base, parsing,
// rules, rendering, the sticky comment check and the check run (create + complete) — with every
// GitHub call a real HTTP round trip to a contract-validating fake. It turns Probot's request
// throttling OFF for the main phase: GitHub asks integrations to space writes (Probot/Octokit
// serialise them per installation, ≥1 s apart, 3 s for comments and issues), so with throttling
// on the figure would be GitHub's pacing of ONE installation, not the app's capacity. Run with
// `--throttled` to see that figure too (a few deliveries, default throttling).
//
// Usage: npm run bench:app [-- --deliveries 3000 --connections 16 --log-level info --throttled]
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { sign } from '@octokit/webhooks-methods';
import { build, type Plugin } from 'esbuild';

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  latency: { p50: number; p99: number; max: number };
  statusCodeStats?: Record<string, { count: number }>;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const arg = (name: string): string | undefined => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const DELIVERIES = Number(arg('--deliveries') ?? 3000);
const CONNECTIONS = Number(arg('--connections') ?? 16);
const LOG_LEVEL = (arg('--log-level') ?? 'info') as NodeJS.ProcessEnv['LOG_LEVEL'];
const WARMUP = 300; // lets V8 optimise the hot paths before measuring
const TIME_LIMIT_MS = 180_000;
const SECRET = 'bench-webhook-secret';
const ROOT = resolve(import.meta.dirname, '..');
const NODE = process.execPath;

// The fake, scripted: one repository whose pull request changes one register. Bundled from
// test/ (TypeScript with .js specifiers, which plain Node cannot load) into node_modules/.cache.
const FAKE_ENTRY = `
import { generateTestKeyPair, startGitHubFake } from './test/github-fake/index.ts';
import { pullRequestPayload } from './test/support/webhook-payloads.ts';
const keys = generateTestKeyPair();
const fake = await startGitHubFake({ app: { id: 4711, privateKeyPem: keys.privateKeyPem } });
const repo = 'acme/decisions';
fake.addRepo(repo);
const register = (owner) => [
  'review:', '  title: Weekly operations review', '  date: 2030-01-06',
  '  attendees:', '    - name: Ana', '      github: ana', '    - name: Ben', '      github: ben',
  'decisions:',
  '  - id: D1', '    title: Move the on-call rota', '    status: assigned', '    owner: ' + owner, '    due: 2030-01-13',
  '  - id: D2', '    title: Pick the backup vendor', '    status: resolved', '    resolution: Vendor B', '    resolved_on: 2030-01-06',
  'actions:',
  '  - id: A1', '    title: Draft the rota', '    status: open', '    owner: ' + owner, '    due: 2030-01-10', '    decision: D1',
  '',
].join('\\n');
const base = fake.commit(repo, { 'decisions/2030-01-06.yml': register('Ana') });
const head = fake.commit(repo, { 'decisions/2030-01-06.yml': register('TBD') }, { branch: 'feature' });
const number = fake.addPull(repo, { headSha: head, baseSha: base });
const payload = pullRequestPayload('synchronize', { owner: 'acme', repo: 'decisions', number, headSha: head, baseSha: base });
process.send({ kind: 'ready', privateKey: keys.privateKeyPem, gheHost: fake.gheHost, payload });
process.on('message', (message) => {
  if (message !== 'stats') return;
  const state = fake.state(repo);
  const byOperation = {};
  for (const entry of fake.log) byOperation[entry.operationId ?? 'unknown'] = (byOperation[entry.operationId ?? 'unknown'] ?? 0) + 1;
  process.send({ kind: 'stats', requests: fake.requestCount, byOperation, checkRuns: state.checkRuns.length,
    comments: state.comments.length, violations: fake.contractViolations.length });
});
`;

// The app exactly as dist/app.js starts it, but given an Octokit with throttling off unless
// BENCH_THROTTLE=on (Probot's documented way to pass Octokit options).
const APP_ENTRY = `
import { ProbotOctokit } from 'probot';
import { startApp } from './src/app/start-app.ts';
const Octokit = process.env.BENCH_THROTTLE === 'on' ? undefined
  : ProbotOctokit.defaults((o) => ({ ...o, throttle: { ...o.throttle, enabled: false } }));
const app = await startApp(Octokit ? { Octokit } : {});
process.once('SIGTERM', () => app.stop().then(() => process.exit(0), () => process.exit(1)));
`;

// The fake's spec loader finds its cache relative to its own file: keep it where it is.
const keepInPlace: Plugin = {
  name: 'keep-in-place',
  setup(build) {
    build.onResolve({ filter: /gen-github-subset\.mjs$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path),
      external: true,
    }));
  },
};

/** Bundles inline TypeScript into node_modules/.cache (so packages resolve), named by content. */
async function bundle(name: string, contents: string, external: boolean): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, sourcefile: `${name}.ts`, loader: 'ts' },
    outfile: `${name}.mjs`,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [keepInPlace],
    ...(external ? { packages: 'external' as const } : {}),
    banner: {
      js: "import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);",
    },
  });
  const text = result.outputFiles[0]?.text ?? '';
  const dir = resolve(ROOT, 'node_modules/.cache/decision-register-bench');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
  await writeFile(path, text);
  return path;
}

interface FakeReady {
  kind: 'ready';
  privateKey: string;
  gheHost: string;
  payload: unknown;
}
interface FakeStats {
  kind: 'stats';
  requests: number;
  byOperation: Record<string, number>;
  checkRuns: number;
  comments: number;
  violations: number;
}

function nextMessage<T>(child: ChildProcess, kind: string): Promise<T> {
  return new Promise((done, fail) => {
    const onMessage = (message: { kind?: string }) => {
      if (message?.kind !== kind) return;
      child.off('message', onMessage);
      done(message as T);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => fail(new Error(`child exited (${code}) before "${kind}"`)));
  });
}

async function startAppChild(entry: string, fake: FakeReady, port: number, throttled: boolean) {
  const child = spawn(NODE, [entry], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      APP_ID: '4711',
      PRIVATE_KEY: fake.privateKey,
      WEBHOOK_SECRET: SECRET,
      GHE_HOST: fake.gheHost,
      GHE_PROTOCOL: 'http',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: LOG_LEVEL,
      LOG_FORMAT: 'json',
      BENCH_THROTTLE: throttled ? 'on' : 'off',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  for (let attempt = 0; attempt < 400; attempt++) {
    if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}):\n${stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`app did not become healthy:\n${stderr}`);
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
async function cpuSeconds(pid: number | undefined): Promise<number> {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ (100)
  } catch {
    return Number.NaN;
  }
}

/** SIGTERM once (a second one would skip the orderly stop), then wait for the exit. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  if (!child.killed) child.kill('SIGTERM');
  await exited;
}

async function fire(
  url: string,
  body: string,
  amount: number,
  connections: number,
): Promise<AutocannonResult> {
  const signature = await sign(SECRET, body);
  return autocannon({
    url: `${url}/api/github/webhooks`,
    method: 'POST',
    amount,
    connections,
    timeout: 30,
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-hub-signature-256': signature,
      'user-agent': 'GitHub-Hookshot/bench',
    },
    body,
    // A fresh X-GitHub-Delivery per request: a repeated id would be skipped as a redelivery.
    requests: [
      {
        setupRequest: (request: { headers: Record<string, string> }) => {
          request.headers['x-github-delivery'] = randomUUID();
          return request;
        },
      },
    ],
  });
}

async function main() {
  const deadline = setTimeout(() => {
    console.error(`bench:app: over the ${TIME_LIMIT_MS / 1000}s limit, stopping.`);
    process.exit(2);
  }, TIME_LIMIT_MS);
  const [fakeEntry, appEntry] = await Promise.all([
    bundle('fake', FAKE_ENTRY, true),
    bundle('app', APP_ENTRY, false),
  ]);
  const fakeChild = spawn(NODE, [fakeEntry], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const children: ChildProcess[] = [fakeChild];
  try {
    const fake = await nextMessage<FakeReady>(fakeChild, 'ready');
    const body = JSON.stringify(fake.payload);
    const stats = async () => {
      fakeChild.send('stats');
      return nextMessage<FakeStats>(fakeChild, 'stats');
    };

    const port = 39_000 + Math.floor(Math.random() * 2000);
    const app = await startAppChild(appEntry, fake, port, false);
    children.push(app);
    const url = `http://127.0.0.1:${port}`;
    await fire(url, body, WARMUP, 4);
    const before = await stats();
    const cpuBefore = [await cpuSeconds(app.pid), await cpuSeconds(fakeChild.pid)];
    const result = await fire(url, body, DELIVERIES, CONNECTIONS);
    const cpuAfter = [await cpuSeconds(app.pid), await cpuSeconds(fakeChild.pid)];
    const after = await stats();
    const ok = result['2xx'];

    // The machine-independent figure: the app's own CPU per delivery (the fake's is GitHub's).
    const appCpuMs = ((cpuAfter[0]! - cpuBefore[0]!) * 1000) / Math.max(1, ok);
    const fakeCpuMs = ((cpuAfter[1]! - cpuBefore[1]!) * 1000) / Math.max(1, ok);
    const ops = Object.entries(after.byOperation)
      .map(([op, count]) => [op, (count - (before.byOperation[op] ?? 0)) / Math.max(1, ok)] as const)
      .filter(([, count]) => count > 0)
      .map(([op, count]) => `    ${op.padEnd(44)} ${count.toFixed(2)}`);
    console.log(`
bench:app — ${DELIVERIES} signed pull_request.synchronize deliveries, ${CONNECTIONS} connections, one app
process (Probot throttling off, LOG_LEVEL=${LOG_LEVEL}), GitHub fake in another process, loopback only.
  deliveries/s   ${(ok / result.duration).toFixed(0)}   (target ≥ 200)
  latency p50    ${result.latency.p50} ms, p99 ${result.latency.p99} ms (target < 250 ms), max ${result.latency.max} ms
  2xx ${ok}, non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}
  app CPU per delivery   ${appCpuMs.toFixed(2)} ms  (≈ ${(1000 / appCpuMs).toFixed(0)} deliveries/s per core)
  fake CPU per delivery  ${fakeCpuMs.toFixed(2)} ms  (GitHub's side, on the same ${availableParallelism()} cores)
  GitHub requests per delivery  ${((after.requests - before.requests) / Math.max(1, ok)).toFixed(1)}
${ops.join('\n')}
  check runs ${after.checkRuns}, comments ${after.comments}, contract violations ${after.violations}`);
    await stop(app);

    if (process.argv.includes('--throttled')) {
      const slowPort = port + 1;
      children.push(await startAppChild(appEntry, fake, slowPort, true));
      const slow = await fire(`http://127.0.0.1:${slowPort}`, body, 5, 5);
      const codes = Object.entries(slow.statusCodeStats ?? {}).map(
        ([code, { count }]) => `${count}× ${code}`,
      );
      console.log(
        `\nProbot's default throttling, one installation: 5 concurrent deliveries took ${slow.duration} s`,
      );
      console.log(
        `  (p50 ${slow.latency.p50} ms, max ${slow.latency.max} ms; ${codes.join(', ')}; 202 = "still processing" at 9 s).`,
      );
    }
  } finally {
    clearTimeout(deadline);
    await Promise.all(children.map(stop));
  }
}

await main();
