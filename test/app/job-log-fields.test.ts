import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app/start-app.js';
import { type GitHubFake, generateTestKeyPair, startGitHubFake } from '../github-fake/index.js';
import { webhookHeaders } from '../support/webhook-payloads.js';
import { UnthrottledOctokit } from './probot-harness.js';
import {
  APP_ID,
  cleanRegister,
  eventually,
  followUpRegister,
  REPO,
  SECRET,
  seedMerge,
  seedPull,
  vagueRegister,
} from './scenario.js';

type Line = Record<string, unknown> & { msg?: string };

// The app in-process (role all, the in-memory queue) with a real pino logger writing JSON into
// memory, so the assertions read the fields exactly as Probot's JSON logs would carry them.
describe('log fields of a job', { timeout: 60_000 }, () => {
  const keys = generateTestKeyPair();
  const lines: Line[] = [];
  let fake: GitHubFake;
  let app: RunningApp;
  let url: string;

  beforeAll(async () => {
    fake = await startGitHubFake({ app: { id: APP_ID, privateKeyPem: keys.privateKeyPem }, repos: [REPO] });
    const log = pino(
      { level: 'debug', name: 'probot' },
      { write: (line: string) => void lines.push(JSON.parse(line) as Line) },
    );
    app = await startApp({
      env: {
        APP_ID: String(APP_ID),
        PRIVATE_KEY: keys.privateKeyPem,
        WEBHOOK_SECRET: SECRET,
        HOST: '127.0.0.1',
        PORT: '0',
        DECISION_REGISTER_REDELIVER_EVERY_SECONDS: '0',
        ...fake.probotEnv(),
      },
      argv: [],
      log,
      Octokit: UnthrottledOctokit,
    });
    url = `http://127.0.0.1:${(app.server!.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.stop();
    await fake?.close();
  });

  const deliver = async (event: string, payload: unknown, id: string) => {
    const body = JSON.stringify(payload);
    const headers = await webhookHeaders(event, body, SECRET, id);
    return (await fetch(`${url}/api/github/webhooks`, { method: 'POST', headers, body })).status;
  };
  /** Every line that belongs to delivery `id`: bound to it by Probot, or naming it. */
  const linesOf = (id: string) =>
    lines.filter((l) => l.id === id || l.delivery === id || String(l.msg ?? '').includes(id));

  it('every line of a job, from the queue, the handlers, Octokit and Probot, carries delivery and repository', async () => {
    const merge = seedMerge(fake, followUpRegister(1, 0), { file: 'decisions/log-fields.yml' });
    expect(await deliver('pull_request', merge.payload, 'log-merge-1')).toBe(202);
    const logged = (id: string, pattern: RegExp) => () =>
      linesOf(id).some((l) => pattern.test(String(l.msg)));
    expect(await eventually(logged('log-merge-1', /done$/), 30_000)).toBe(true);
    const pull = seedPull(fake, { before: cleanRegister(), after: vagueRegister(1) });
    fake.inject({ operationId: 'pulls/list-files', status: 404 });
    expect(await deliver('pull_request', pull.payload, 'log-broken-1')).toBe(202);
    expect(await eventually(logged('log-broken-1', /failed for good/), 30_000)).toBe(true);

    for (const id of ['log-merge-1', 'log-broken-1']) {
      const mine = linesOf(id).filter((l) => l.outcome === undefined); // the web role's ack lines name no job
      for (const line of mine) expect(line, line.msg).toMatchObject({ delivery: id, repository: REPO });
    }
    // Controls: the lines came from every logger a job writes through, so the loop above checked them.
    const sources = (id: string) => linesOf(id).map((l) => String(l.msg));
    expect(sources('log-merge-1')).toEqual(
      expect.arrayContaining([
        'job started',
        expect.stringMatching(/^GitHub request: POST \S+\/repos\/acme\/decisions\/issues - 201$/),
        expect.stringMatching(/^Delivery log-merge-1 done$/),
      ]),
    );
    expect(linesOf('log-merge-1').some((l) => l.name === 'event')).toBe(true); // context.log
    expect(sources('log-broken-1')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Delivery log-broken-1 \(pull_request.synchronize\) failed: /), // the guard
        expect.stringMatching(/^delivery log-broken-1 .*failed/), // Probot's own error line
        expect.stringMatching(/^Delivery log-broken-1 failed for good: /),
      ]),
    );
    // Outside a job nothing is added: the start-up line names no delivery.
    expect(lines.find((l) => /listening on/.test(String(l.msg)))).not.toHaveProperty('delivery');
  });
});
