import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_RUN_NAME } from '../../src/flows/check-pull-request.js';
import { markerFor } from '../../src/plan/comment-marker.js';
import { type GitHubFake, generateTestKeyPair, startGitHubFake } from '../github-fake/index.js';
import { issuesOpenedPayload, pushPayload } from '../support/webhook-payloads.js';
import { type AppProcess, startAppProcess } from './app-process.js';
import {
  APP_ID,
  BOT_LOGIN,
  cleanRegister,
  eventually,
  followUpRegister,
  NAME,
  OWNER,
  REPO,
  SECRET,
  seedMerge,
  seedPull,
  settled,
  vagueRegister,
} from './scenario.js';

// The app as its own process (dist/app.js when current, else src/app/run.ts bundled the same
// way) on loopback, with Probot's standard environment, pointed at the contract-checked fake
// through GHE_HOST/GHE_PROTOCOL. Probot's default throttling stays on: what ships is tested.
describe('app process end to end', { timeout: 120_000 }, () => {
  const keys = generateTestKeyPair();
  let fake: GitHubFake;
  let app: AppProcess;

  beforeAll(async () => {
    fake = await startGitHubFake({ app: { id: APP_ID, privateKeyPem: keys.privateKeyPem }, repos: [REPO] });
    app = await startAppProcess({
      APP_ID: String(APP_ID),
      PRIVATE_KEY: keys.privateKeyPem,
      WEBHOOK_SECRET: SECRET,
      ...fake.probotEnv(),
    });
  });

  afterAll(async () => {
    const code = await app?.stop();
    await fake?.close();
    expect(code).toBe(0);
  });

  it('answers GET /healthz with the version and no Redis', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: expect.any(String),
      redis: 'not configured',
    });
  });

  it('reviews a pull request: failing check run with all 120 annotations in 3 requests, one comment', async () => {
    const pull = seedPull(fake, { before: cleanRegister(), after: vagueRegister(120) });
    const requestsBefore = fake.requestCount;
    const answer = await app.deliver('pull_request', pull.payload, { id: 'e2e-review-1', secret: SECRET });
    expect(answer.status).toBe(200);

    const runs = fake.state(REPO).checkRuns.filter((r) => r.headSha === pull.headSha);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ name: CHECK_RUN_NAME, status: 'completed', conclusion: 'failure' });
    expect(runs[0]?.annotations).toHaveLength(120);
    expect(runs[0]?.app.login).toBe(BOT_LOGIN);
    const log = fake.log.slice(requestsBefore);
    const patches = log.filter((entry) => entry.operationId === 'checks/update');
    expect(patches).toHaveLength(3);
    const comments = fake.state(REPO).comments.filter((c) => c.issueNumber === pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(markerFor('review'));
    expect(comments[0]?.user.login).toBe(BOT_LOGIN);
    console.log(
      `e2e review of 120 findings: ${log.length} GitHub requests (${[...new Set(log.map((e) => e.operationId))].join(', ')})`,
    );
    fake.assertNoViolations();
  });

  it('refuses a bad signature with 400 and touches nothing', async () => {
    const pull = seedPull(fake, { before: cleanRegister(), after: vagueRegister(1) });
    const before = fake.requestCount;
    const answer = await app.deliver('pull_request', pull.payload, {
      id: 'e2e-forged',
      secret: SECRET,
      signature: `sha256=${'0'.repeat(64)}`,
    });
    expect(answer.status).toBe(400);
    expect(fake.requestCount).toBe(before);
    expect(fake.state(REPO).checkRuns.filter((r) => r.headSha === pull.headSha)).toEqual([]);
  });

  it('acknowledges an event it does not handle with 200 and does nothing', async () => {
    const before = fake.requestCount;
    const answer = await app.deliver('issues', issuesOpenedPayload({ owner: OWNER, repo: NAME }), {
      id: 'e2e-issue',
      secret: SECRET,
    });
    expect(answer.status).toBe(200);
    expect(fake.requestCount).toBe(before);
  });

  it('opens the follow-up issues of a merge once; a redelivery is acknowledged and skipped', async () => {
    const merge = seedMerge(fake, followUpRegister(2, 1));
    const first = await app.deliver('pull_request', merge.payload, { id: 'e2e-merge-1', secret: SECRET });
    expect([200, 202]).toContain(first.status);
    const issues = () =>
      fake
        .state(REPO)
        .issues.filter((i) => !i.isPull && i.body?.includes('<!-- decision-register:followup:'));
    const done = await settled(
      () => ({
        issues: issues().length,
        comments: fake.state(REPO).comments.filter((c) => c.issueNumber === merge.number).length,
      }),
      (now) => now.issues >= 3 && now.comments >= 1,
    );
    expect(done).toEqual({ issues: 3, comments: 1 });

    const before = fake.requestCount;
    const again = await app.deliver('pull_request', merge.payload, { id: 'e2e-merge-1', secret: SECRET });
    expect(again.status).toBe(200);
    expect(fake.requestCount).toBe(before);
    expect(
      issues()
        .map((i) => i.title.replace(/ \(due .*\)$/, ''))
        .sort(),
    ).toEqual(['[A1] Action 1', '[O1] Output 1', '[O2] Output 2']);
    fake.assertNoViolations();
  });

  it('a push to the default branch reconciles: the item marked done closes, a check run lists it', async () => {
    const file = 'decisions/2030-02-03.yml';
    const merge = seedMerge(fake, followUpRegister(1, 1), { file });
    await app.deliver('pull_request', merge.payload, { id: 'e2e-sync-merge', secret: SECRET });
    const mine = () =>
      fake
        .state(REPO)
        .issues.filter((i) => !i.isPull && i.body?.includes(encodeURIComponent(file).replaceAll('-', '%2D')));
    await settled(
      () => mine().length,
      (n) => n >= 2,
    );
    const done = followUpRegister(1, 1).replace(/(id: A1[\s\S]*?status: )open/, '$1done');
    const after = fake.commit(REPO, { [file]: done }, { message: 'A1 is done' });
    const payload = pushPayload({ owner: OWNER, repo: NAME, baseSha: merge.mergeSha, headSha: after });
    const answer = await app.deliver('push', payload, { id: 'e2e-sync-push', secret: SECRET });
    expect([200, 202]).toContain(answer.status);
    const closed = await settled(
      () =>
        mine()
          .filter((i) => i.state === 'closed')
          .map((i) => [i.title.slice(0, 4), i.stateReason]),
      (now) => now.length >= 1,
    );
    expect(closed).toEqual([['[A1]', 'completed']]);
    const run = fake.state(REPO).checkRuns.find((r) => r.headSha === after);
    expect(run?.output.summary).toMatch(/closed now \(done\)/);
    fake.assertNoViolations();
  });

  it('answers 500 for a failing handler, logs the delivery id, and keeps serving', async () => {
    const pull = seedPull(fake, { before: cleanRegister(), after: vagueRegister(1) });
    const fault = fake.inject({ operationId: 'pulls/list-files', status: 404 });
    const answer = await app.deliver('pull_request', pull.payload, { id: 'e2e-broken-7', secret: SECRET });
    expect(fault.fired).toBe(1);
    expect(answer.status).toBe(500);
    expect(answer.body).toContain('delivery e2e-broken-7');
    // pino writes through an async stream: the line lands shortly after the answer.
    expect(await eventually(() => /"delivery":"e2e-broken-7"/.test(app.output()))).toBe(true);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    // GitHub's redelivery of the failed id is handled again, and succeeds.
    const retry = await app.deliver('pull_request', pull.payload, { id: 'e2e-broken-7', secret: SECRET });
    expect(retry.status).toBe(200);
    expect(
      fake
        .state(REPO)
        .checkRuns.filter((r) => r.headSha === pull.headSha)
        .map((r) => r.conclusion),
    ).toEqual(['neutral', 'failure']);
  });

  it('never writes a secret to its logs', () => {
    const output = app.output();
    expect(output.length).toBeGreaterThan(0);
    const keyBody = keys.privateKeyPem.split('\n')[1] ?? 'unreachable';
    expect(output).not.toContain(keyBody);
    expect(output).not.toContain(SECRET);
    expect(output).not.toMatch(/ghs_[0-9a-f]{20,}/);
    expect(output).not.toMatch(/authorization["']?\s*:\s*["']?(token|bearer) [^[]/i);
  });
});
