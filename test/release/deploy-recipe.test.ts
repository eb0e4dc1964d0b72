// The container recipe in deploy/, checked statically (no image is built here): the entry, the
// roles, the environment, and the probes, whose commands are run against a stand-in server.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROLES } from '../../src/app/queue/queue-settings.js';

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function dockerInstructions(text: string): { op: string; args: string }[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

const docker = dockerInstructions(readFileSync('deploy/Dockerfile', 'utf8'));
const arg = (op: string) => docker.find((i) => i.op === op)?.args;
const compose = parse(readFileSync('deploy/compose.yml', 'utf8')) as {
  services: Record<string, Record<string, unknown> & { healthcheck?: { test: string[] } }>;
};
const apps = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);

/** Runs a probe command (`node -e …`) with PORT pointing at a server that answers `status` on `path`. */
async function probe(command: string[], path: string, status: number | 'down'): Promise<number | null> {
  const server = createServer((req, res) => res.writeHead(req.url === path ? Number(status) : 404).end());
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  if (status === 'down') await new Promise((done) => server.close(done));
  const [bin, ...args] = command;
  const run = await new Promise<number | null>((done) => {
    // Asynchronous, so that the server in this process can answer the probe.
    const child = spawn(bin === 'node' ? process.execPath : String(bin), args, {
      env: { PATH: process.env.PATH, PORT: String(port) },
      stdio: 'ignore',
    });
    child.once('exit', (code) => done(code));
  });
  if (status !== 'down') await new Promise((done) => server.close(done));
  return run;
}

describe('deploy/Dockerfile', () => {
  it('runs the bundled app (npm run app) as a non-root user, role from the command, default all', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(JSON.parse(arg('ENTRYPOINT') ?? '[]')).toEqual(['node', 'dist/app.js']);
    expect(pkg.scripts.app).toBe('node dist/app.js');
    expect(JSON.parse(arg('CMD') ?? '[]')).toEqual(['--role', 'all']);
    expect(arg('USER')).toBe('node');
    expect(docker.filter((i) => i.op === 'COPY').map((i) => i.args)).toEqual(
      expect.arrayContaining(['package.json package-lock.json ./', 'dist ./dist']),
    );
    expect(arg('RUN')).toMatch(/npm ci --omit=dev/);
    expect(arg('FROM')).toMatch(/^node:24\b/);
    expect(arg('ENV')).toMatch(/NODE_ENV=production/);
  });

  it('has a HEALTHCHECK on /healthz at PORT that passes on 200 and fails on 503 or no answer', async () => {
    const check = arg('HEALTHCHECK') ?? '';
    expect(check).toMatch(/--interval=\d+s/);
    const command = JSON.parse(check.slice(check.indexOf('CMD') + 3)) as string[];
    expect(command.slice(0, 2)).toEqual(['node', '-e']);
    expect(await probe(command, '/healthz', 200)).toBe(0);
    expect(await probe(command, '/healthz', 503)).toBe(1);
    expect(await probe(command, '/healthz', 'down')).toBe(1);
    expect(await probe(command, '/readyz', 200)).toBe(1); // it asks /healthz, nothing else
  });
});

describe('deploy/compose.yml', () => {
  it('runs Redis, one web process and two workers of the image, each with its role', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['redis', 'web', 'worker']);
    const roles = Object.fromEntries(apps.map(([name, s]) => [name, s.command]));
    expect(roles).toEqual({ web: ['--role', 'web'], worker: ['--role', 'worker'] });
    for (const [, [, role]] of Object.entries(roles) as [string, string[]][]) expect(ROLES).toContain(role);
    for (const [, s] of apps) expect(s.build).toEqual({ context: '..', dockerfile: 'deploy/Dockerfile' });
    expect(compose.services.worker?.deploy).toEqual({ replicas: 2 });
    expect(compose.services.web?.ports).toEqual(['3000:3000']);
  });

  it('gives every app service the credentials file, the shared Redis and a PORT the probe uses', () => {
    const example = readFileSync('.env.example', 'utf8');
    for (const name of ['APP_ID', 'PRIVATE_KEY', 'WEBHOOK_SECRET'])
      expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
    const readme = readFileSync('README.md', 'utf8');
    for (const [name, s] of apps) {
      expect(s.env_file, name).toBe('../.env');
      const env = s.environment as Record<string, string>;
      expect(env.REDIS_URL, name).toBe('redis://redis:6379');
      expect(env.PORT, name).toBe('3000');
      // Every variable set here is one the README documents for the app.
      for (const key of Object.keys(env)) expect(readme, `${name}: ${key}`).toContain(`\`${key}\``);
      expect(s.depends_on, name).toEqual({ redis: { condition: 'service_healthy' } });
    }
    expect(compose.services.redis?.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
    // Draining takes as long as the longest job; the default 10 s would cut it short.
    expect(compose.services.worker?.stop_grace_period).toBe('120s');
  });

  it('probes each role on /readyz at PORT: healthy on 200, unhealthy on 503 or no answer', async () => {
    const commands = apps.map(([, s]) => s.healthcheck?.test ?? []);
    for (const command of commands) expect(command.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    // The services share one check (a YAML anchor): each distinct command is run once.
    for (const text of new Set(commands.map((c) => JSON.stringify(c.slice(1))))) {
      const run = JSON.parse(text) as string[];
      expect(await probe(run, '/readyz', 200)).toBe(0);
      expect(await probe(run, '/readyz', 503)).toBe(1);
      expect(await probe(run, '/readyz', 'down')).toBe(1);
    }
  });
});
