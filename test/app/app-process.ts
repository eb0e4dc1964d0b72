import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NODE24 } from '../support/run-action.js';
import { webhookHeaders } from '../support/webhook-payloads.js';
import { freePort } from './redis-server.js';

/**
 * The bundled app, as deployed (`npm run app`). `npm test` checks dist/ is current before any
 * test runs, so this is what ships.
 */
const DIST_APP = resolve('dist/app.js');

/** A running app process. */
export interface AppProcess {
  url: string;
  port: number;
  /** Everything the process printed so far (stdout + stderr). */
  output(): string;
  /** Posts a webhook delivery, signed with `secret` unless `signature` overrides it. */
  deliver(
    event: string,
    payload: unknown,
    options: { id: string; secret: string; signature?: string },
  ): Promise<{ status: number; body: string }>;
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
  /** Sends a signal (SIGKILL: a crash) and waits for the exit. */
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

/** Options of {@link startAppProcess}. */
export interface AppProcessOptions {
  /** Arguments after dist/app.js, e.g. `['--role', 'worker']`. */
  args?: string[];
  /** Wait for this path to answer 200 (default `/healthz`; a worker is ready at `/readyz`). */
  readyPath?: string;
}

/**
 * Spawns the app as its own process under Node 24 on 127.0.0.1 with Probot's standard
 * environment plus `env`, and waits until `GET /healthz` answers 200.
 */
export async function startAppProcess(
  env: Record<string, string>,
  options: AppProcessOptions = {},
): Promise<AppProcess> {
  const port = await freePort();
  const cwd = await mkdtemp(join(tmpdir(), 'dr-app-'));
  const child: ChildProcess = spawn(NODE24, [DIST_APP, ...(options.args ?? [])], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: cwd,
      NODE_ENV: 'production',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'debug',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`the app exited (${child.exitCode}) before it was ready:\n${output}`);
    const healthy = await fetch(`${url}${options.readyPath ?? '/healthz'}`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) break;
    if (attempt > 200) {
      child.kill('SIGKILL');
      throw new Error(`the app did not become healthy:\n${output}`);
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return {
    url,
    port,
    output: () => output,
    async deliver(event, payload, options) {
      const body = JSON.stringify(payload);
      const headers = await webhookHeaders(event, body, options.secret, options.id);
      if (options.signature) headers['x-hub-signature-256'] = options.signature;
      const response = await fetch(`${url}/api/github/webhooks`, { method: 'POST', headers, body });
      return { status: response.status, body: await response.text() };
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
