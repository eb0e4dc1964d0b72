import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTestKeyPair } from '../github-fake/index.js';
import { NODE24 } from '../support/run-action.js';
import { freePort } from './redis-server.js';

const DIST_APP = resolve('dist/app.js');
const keys = generateTestKeyPair();

/** Runs dist/app.js with exactly `env` (plus PATH/HOME) until it exits or `ms` pass. */
async function start(env: Record<string, string>, args: string[] = [], ms = 8_000) {
  const cwd = await mkdtemp(join(tmpdir(), 'dr-start-'));
  const port = await freePort();
  const child = spawn(NODE24, [DIST_APP, ...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: cwd,
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c;
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c;
  });
  const code = await new Promise<number | null>((done) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
    }, ms);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      done(exitCode);
    });
  });
  return { code, stdout, stderr, cwd, port };
}

const base = { WEBHOOK_SECRET: 's3cret', NODE_ENV: 'production' };

// Configuration errors at start: one line on stderr naming the variable, exit 1, no stack trace,
// and never a silent fall into setup mode.
describe('app start', { timeout: 60_000 }, () => {
  it.each([
    [
      'a PRIVATE_KEY that is no PEM',
      { APP_ID: '12', PRIVATE_KEY: 'not a key' },
      'PRIVATE_KEY is not a PEM private key (paste the whole .pem file, or its base64)',
    ],
    [
      'a PEM that does not parse',
      { APP_ID: '12', PRIVATE_KEY: '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----' },
      'PRIVATE_KEY holds no usable private key (the PEM could not be parsed)',
    ],
    [
      'no key at all',
      { APP_ID: '12' },
      "PRIVATE_KEY or PRIVATE_KEY_PATH is not set (the App's .pem private key)",
    ],
    [
      'a PRIVATE_KEY_PATH naming no file',
      { APP_ID: '12', PRIVATE_KEY_PATH: '/nonexistent/key.pem' },
      'PRIVATE_KEY_PATH names no file: /nonexistent/key.pem',
    ],
    [
      'a bad APP_ID',
      { APP_ID: 'my-app', PRIVATE_KEY: keys.privateKeyPem },
      'APP_ID must be the App\'s numeric id, not "my-app"',
    ],
    ['no APP_ID', { PRIVATE_KEY: keys.privateKeyPem }, 'APP_ID is not set'],
    [
      'a bad role',
      { APP_ID: '12', PRIVATE_KEY: keys.privateKeyPem, DECISION_REGISTER_ROLE: 'both' },
      '--role must be web, worker or all, not "both"',
    ],
    [
      'a bad concurrency',
      { APP_ID: '12', PRIVATE_KEY: keys.privateKeyPem, DECISION_REGISTER_CONCURRENCY: '0' },
      'DECISION_REGISTER_CONCURRENCY must be a whole number from 1 to 256, not "0"',
    ],
  ])('%s: one line naming the variable, exit 1', async (_name, env, message) => {
    for (const nodeEnv of ['production', 'development']) {
      const run = await start({ ...base, NODE_ENV: nodeEnv, ...env });
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`decision-register app could not start: ${message}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout + run.stderr).not.toContain(keys.privateKeyPem.split('\n')[1]!);
    }
  });

  it('a web role without WEBHOOK_SECRET refuses to start; a worker does not need it', async () => {
    const env = { APP_ID: '12', PRIVATE_KEY: keys.privateKeyPem, NODE_ENV: 'production' };
    const web = await start(env, ['--role', 'web']);
    expect(web.code).toBe(1);
    expect(web.stderr.trim()).toBe(
      'decision-register app could not start: WEBHOOK_SECRET is not set (the web role verifies every delivery with it)',
    );
    // The same environment as a worker starts, runs until SIGTERM (after 3 s) and drains to exit 0.
    const worker = await start(
      { ...env, LOG_FORMAT: 'json', LOG_LEVEL: 'info' },
      ['--role', 'worker'],
      3_000,
    );
    expect(worker.stderr).not.toContain('could not start');
    expect(worker.stdout).toContain('"role":"worker"');
    expect(worker.code).toBe(0);
  });

  it('reads the key from PRIVATE_KEY_PATH and starts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dr-key-'));
    const path = join(dir, 'app.pem');
    await writeFile(path, keys.privateKeyPem);
    const run = await start(
      { ...base, APP_ID: '12', PRIVATE_KEY_PATH: path, LOG_FORMAT: 'json', LOG_LEVEL: 'info' },
      [],
      3_000,
    );
    expect(run.code).toBe(0); // stopped by SIGTERM after 3 s, drained
    expect(run.stdout).toContain('(all) listening on');
  });

  it('serves the setup page only with --setup, or with no credentials at all, and says why', async () => {
    const none = await start({ NODE_ENV: 'production' }, [], 4_000);
    expect(none.stderr).toContain(
      "starting Probot's setup page, because no APP_ID, PRIVATE_KEY or WEBHOOK_SECRET is set",
    );
    const asked = await start({ ...base, APP_ID: '12', PRIVATE_KEY: keys.privateKeyPem }, ['--setup'], 4_000);
    expect(asked.stderr).toContain("starting Probot's setup page, because setup was asked for (--setup)");
  });
});
