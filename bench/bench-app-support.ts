// Shared pieces of the app benchmark: the scripted fake and the app, bundled into
// node_modules/.cache and run as their own processes, and small process helpers.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

export const SECRET = 'bench-webhook-secret';
/** npm scripts run in the package root (the bench may itself be bundled elsewhere). */
export const ROOT = process.cwd();
const NODE = process.execPath;

// The fake, scripted: one repository whose pull request changes one register. Bundled from
// test/ (TypeScript with .js specifiers, which plain Node cannot load) into node_modules/.cache.
export const FAKE_ENTRY = `
import { ContractValidator, generateTestKeyPair, startGitHubFake } from './test/github-fake/index.ts';
// Bench only (printed with the figures): the fake stands in for GitHub, whose capacity is not
// what is measured, so it skips checking requests and responses against GitHub's contract (a
// millisecond per request, a third of a worker's CPU). The tests always check; --full-fake too.
if (process.env.BENCH_FAKE_CONTRACT === 'skip') {
  ContractValidator.prototype.validateRequest = async () => [];
  ContractValidator.prototype.validateResponse = async () => [];
}
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
process.once('SIGTERM', () => process.exit(0)); // so a --cpu-prof profile is written
process.send({ kind: 'ready', privateKey: keys.privateKeyPem, gheHost: fake.gheHost, payload });
// GitHub's own latency, when the bench asks for it: every request is served after latencyMs.
let latency;
process.on('message', (message) => {
  if (message?.kind === 'latency') {
    latency?.cancel();
    latency = message.ms > 0 ? fake.inject({ delayMs: message.ms, times: Infinity }) : undefined;
    process.send({ kind: 'latency-set', ms: message.ms });
    return;
  }
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
export const APP_ENTRY = `
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
export async function bundle(name: string, contents: string, external: boolean): Promise<string> {
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

export interface FakeReady {
  kind: 'ready';
  privateKey: string;
  gheHost: string;
  payload: unknown;
}
export interface FakeStats {
  kind: 'stats';
  requests: number;
  byOperation: Record<string, number>;
  checkRuns: number;
  comments: number;
  violations: number;
}

export function nextMessage<T>(child: ChildProcess, kind: string): Promise<T> {
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

/** `--cpu-prof DIR` on the bench's command line: every child writes a V8 CPU profile into DIR. */
export function profileArgs(): string[] {
  const index = process.argv.indexOf('--cpu-prof');
  const dir = index >= 0 ? process.argv[index + 1] : undefined;
  return dir ? ['--cpu-prof', '--cpu-prof-dir', resolve(dir)] : [];
}

/** Starts the bundled app with `args` (e.g. `--role web`) and waits for `readyPath`. */
export async function startAppChild(
  entry: string,
  fake: FakeReady,
  port: number,
  options: { args?: string[]; env?: Record<string, string>; throttled?: boolean; logLevel?: string } = {},
) {
  const child = spawn(NODE, [...profileArgs(), entry, ...(options.args ?? [])], {
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
      LOG_LEVEL: (options.logLevel ?? 'warn') as NodeJS.ProcessEnv['LOG_LEVEL'],
      LOG_FORMAT: 'json',
      BENCH_THROTTLE: options.throttled ? 'on' : 'off',
      DECISION_REGISTER_REDELIVER_EVERY_SECONDS: '0',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  for (let attempt = 0; attempt < 400; attempt++) {
    if (child.exitCode !== null) throw new Error(`app exited (${child.exitCode}):\n${stderr}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`app did not become ready:\n${stderr}`);
}

/** A free TCP port on 127.0.0.1 (bound, read, released). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
export async function cpuSeconds(pid: number | undefined): Promise<number> {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ (100)
  } catch {
    return Number.NaN;
  }
}

/** SIGTERM once (a second one would skip the orderly stop), then wait for the exit. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  if (!child.killed) child.kill('SIGTERM');
  await exited;
}
