/**
 * The Action's cold start: from spawning `dist/index.js` (Node 24, the runner's environment, a
 * `pull_request` event) to its first API request, which a loopback server records; against the
 * time a bare `node -e 0` takes to start and exit. The child is stopped once the request
 * arrives. Also counts the bytes of JavaScript `dist/index.js` imports statically (what every
 * run compiles before it can do anything).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const NODE24 = resolve('node_modules/node/bin/node');
const ENTRY = resolve('dist/index.js');
const RUNS = 15;

export interface ColdStart {
  runs: number;
  actionMs: number;
  bareMs: number;
  /** CPU time (user + system) up to the same points: steadier on a busy machine. */
  actionCpuMs: number;
  bareCpuMs: number;
  /** `N chunks, K KB` statically imported by dist/index.js. */
  modules: string;
}

function median(values: number[]): number {
  return values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

interface Start {
  ms: number;
  cpuMs: number;
}

/** Spawns `node -e 0` (which reports its CPU time at exit) and waits for its exit. */
function bareStart(): Promise<Start> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const report =
      'process.on("exit",()=>{const u=process.cpuUsage();process.stdout.write(String((u.user+u.system)/1000))})';
    const child = spawn(NODE24, ['-e', report], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', () => done({ ms: performance.now() - start, cpuMs: Number(out) }));
  });
}

/** CPU time a live process has used, from /proc (Linux; ticks of 10 ms); NaN elsewhere. */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Spawns the Action and resolves at its first request to `apiUrl`'s server. */
function actionStart(env: Record<string, string>, firstRequest: () => Promise<void>): Promise<Start> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(NODE24, [ENTRY], { env, stdio: 'ignore' });
    child.on('error', fail);
    let seen = false;
    firstRequest().then(() => {
      seen = true;
      done({ ms: performance.now() - start, cpuMs: cpuMsOf(child.pid) });
      child.kill('SIGKILL');
    }, fail);
    child.on('exit', (code) => {
      if (!seen) fail(new Error(`dist/index.js exited (${code}) before any API request`));
    });
  });
}

/** Chunks and bytes reachable from `file` through static `from "./…"` imports. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*"(\.[^"]+)"/g)) {
    staticImports(resolve(dirname(file), match[1]!), seen);
  }
  return seen;
}

export async function measureColdStart(): Promise<ColdStart> {
  let onRequest: (() => void) | undefined;
  const server = createServer((request, response) => {
    onRequest?.();
    onRequest = undefined;
    request.resume();
    response.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"bench"}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'dr-cold-'));
  try {
    const eventPath = join(dir, 'event.json');
    const sha = 'a'.repeat(40);
    writeFileSync(
      eventPath,
      JSON.stringify({
        action: 'synchronize',
        number: 1,
        pull_request: { number: 1, head: { sha }, base: { sha: 'b'.repeat(40) } },
        repository: { name: 'decisions', owner: { login: 'acme' } },
      }),
    );
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/decisions',
      GITHUB_SHA: sha,
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
      RUNNER_TEMP: dir,
      'INPUT_GITHUB-TOKEN': 'ghs_bench',
    };
    const bare: Start[] = [];
    const action: Start[] = [];
    await bareStart(); // warm the file cache for both
    await actionStart(env, () => new Promise((done) => (onRequest = done)));
    for (let i = 0; i < RUNS; i++) {
      bare.push(await bareStart());
      action.push(await actionStart(env, () => new Promise((done) => (onRequest = done))));
    }
    const files = staticImports(ENTRY);
    const bytes = [...files].reduce((sum, file) => sum + statSync(file).size, 0);
    return {
      runs: RUNS,
      actionMs: median(action.map((s) => s.ms)),
      bareMs: median(bare.map((s) => s.ms)),
      actionCpuMs: median(action.map((s) => s.cpuMs)),
      bareCpuMs: median(bare.map((s) => s.cpuMs)),
      modules: `${files.size} files, ${Math.round(bytes / 1024)} KB`,
    };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
