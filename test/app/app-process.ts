import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { webhookHeaders } from '../support/webhook-payloads.js';
import { freePort } from './redis-server.js';

/** The Node 24 binary the `node` devDependency installs (what the app is deployed on). */
export const NODE24 = resolve('node_modules/node/bin/node');
const DIST_APP = resolve('dist/app.js');

let entry: Promise<{ path: string; kind: 'dist' | 'bundle' }> | undefined;

/**
 * The app entry to spawn: `dist/app.js` when it exists and `npm run check:dist` says dist/ is
 * current; otherwise src/app/run.ts bundled now with the same esbuild options as
 * scripts/build.mjs (only dist/ is the lead's to build). The bundle goes under node_modules/.cache
 * so its runtime imports (Probot loads ioredis lazily) resolve as they do from dist/.
 */
export function appEntry(): Promise<{ path: string; kind: 'dist' | 'bundle' }> {
  entry ??= (async () => {
    if (existsSync(DIST_APP)) {
      const check = spawnSync(NODE24, ['scripts/build.mjs', '--check'], { encoding: 'utf8' });
      if (check.status === 0) return { path: DIST_APP, kind: 'dist' as const };
    }
    const result = await build({
      entryPoints: ['src/app/run.ts'],
      outfile: 'app.js',
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      banner: {
        js: "import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);",
      },
    });
    const text = result.outputFiles[0]?.text ?? '';
    // Named by content: parallel test files share one file, written atomically (temp + rename).
    const outdir = resolve('node_modules/.cache/decision-register-app');
    const path = join(outdir, `app-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(path)) {
      await mkdir(outdir, { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, text);
      await rename(temp, path);
    }
    return { path, kind: 'bundle' as const };
  })();
  return entry;
}

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
}

/**
 * Spawns the app as its own process under Node 24 on 127.0.0.1 with Probot's standard
 * environment plus `env`, and waits until `GET /healthz` answers 200.
 */
export async function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
  const { path } = await appEntry();
  const port = await freePort();
  const cwd = await mkdtemp(join(tmpdir(), 'dr-app-'));
  const child: ChildProcess = spawn(NODE24, [path], {
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
    const healthy = await fetch(`${url}/healthz`).then(
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
  };
}
