import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_RUN_NAME } from '../../src/flows/review/check-pull-request.js';
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

// The app as its own process (dist/app.js, role `all`, the in-memory queue) on loopback, with
// Probot's standard environment, pointed at the contract-checked fake through GHE_HOST/GHE_PROTOCOL.
// Probot's default throttling stays on: what ships is tested. Deliveries are answered 202 at once
// and worked from the queue, so each test waits for the fake's final state.
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
      DECISION_REGISTER_RETRY_BASE_MS: '200',
      DECISION_REGISTER_REDELIVER_EVERY_SECONDS: '0',
      ...fake.probotEnv(),
    });
  });

  const jobs = async () =>
    ((await (await fetch(`${app.url}/healthz`)).json()) as { jobs: Record<string, number> }).jobs;
  const checkRuns = (sha: string) => fake.state(REPO).checkRuns.filter((r) => r.headSha === sha);

  afterAll(async () => {
    const code = await app?.stop();
    await fake?.close();
    expect(code).toBe(0);
  });

  it('answers GET /healthz with the version, the role and the in-memory queue', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      version: expect.any(String),
      role: 'all',
      queue: 'memory',
      redis: 'not configured',
      jobs: { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0 },
    });
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    expect(app.output()).toContain('No REDIS_URL: jobs are queued in this process only');
  });

  it('reviews a pull request: failing check run with all 120 annotations in 3 requests, one comment', async () => {
    const pull = seedPull(fake, { before: cleanRegister(), after: vagueRegister(120) });
    const requestsBefore = fake.requestCount;
    const answer = await app.deliver('pull_request', pull.payload, { id: 'e2e-review-1', secret: SECRET });
    expect(answer.status).toBe(202);
    await settled(
      () => checkRuns(pull.headSha).map((r) => r.status),
      (now) => now.includes('completed'),
      { quietMs: 500 },
    );

    const runs = checkRuns(pull.headSha);
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

  it('refuses a bad signature with 401, enqueues nothing and touches nothing', async () => {
    const pull = seedPull(fake, { before: cleanRegister(), after: vagueRegister(1) });
    const before = fake.requestCount;
    const answer = await app.deliver('pull_request', pull.payload, {
      id: 'e2e-forged',
      secret: SECRET,
      signature: `sha256=${'0'.repeat(64)}`,
    });
    expect(answer.status).toBe(401);
    const queued = await jobs();
    await new Promise((wait) => setTimeout(wait, 300));
    expect(fake.requestCount).toBe(before);
    expect(checkRuns(pull.headSha)).toEqual([]);
    expect(await jobs()).toEqual(queued);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/decision_register_deliveries_total\{outcome="bad-signature"\} 1/);
  });

  it('refuses malformed and oversized deliveries at the door', async () => {
    const headers = { 'content-type': 'application/json', 'x-github-event': 'pull_request' };
    const missing = await fetch(`${app.url}/api/github/webhooks`, { method: 'POST', headers, body: '{}' });
    expect(missing.status).toBe(400);
    const big = await fetch(`${app.url}/api/github/webhooks`, {
      method: 'POST',
      headers: {
        ...headers,
        'x-github-delivery': 'e2e-big',
        'x-hub-signature-256': `sha256=${'0'.repeat(64)}`,
      },
      body: 'x'.repeat(26 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
    const notJson = await app.deliver('pull_request', 'not json', { id: 'e2e-not-json', secret: SECRET });
    expect(notJson.status).toBe(400);
  });

  it('acknowledges an event it does not handle with 202 and does nothing', async () => {
    const before = fake.requestCount;
    const answer = await app.deliver('issues', issuesOpenedPayload({ owner: OWNER, repo: NAME }), {
      id: 'e2e-issue',
      secret: SECRET,
    });
    expect(answer.status).toBe(202);
    await settled(
      () => 0,
      () => false,
      { limitMs: 0, quietMs: 500 },
    );
    expect(fake.requestCount).toBe(before);
  });

  it('opens the follow-up issues of a merge once; a redelivery is acknowledged and skipped', async () => {
    const merge = seedMerge(fake, followUpRegister(2, 1));
    const first = await app.deliver('pull_request', merge.payload, { id: 'e2e-merge-1', secret: SECRET });
    expect(first.status).toBe(202);
    const issues = () =>
      fake
        .state(REPO)
        .issues.filter((i) => !i.isPull && i.body?.includes('<!-- decision-register:followup:'));
    const done = await settled(
      () => ({
        issues: issues().length,
        comments: fake.state(REPO).comments.filter((c) => c.issueNumber === merge.number).length,
        // The job ends with the sync pull request writing the new issue numbers back.
        syncPulls: fake.state(REPO).pulls.filter((p) => p.headRef === 'decision-register/sync').length,
      }),
      (now) => now.issues >= 3 && now.comments >= 1 && now.syncPulls >= 1,
    );
    expect(done).toEqual({ issues: 3, comments: 1, syncPulls: 1 });

    const before = fake.requestCount;
    const again = await app.deliver('pull_request', merge.payload, { id: 'e2e-merge-1', secret: SECRET });
    expect(again.status).toBe(202);
    expect(JSON.parse(again.body)).toEqual({ delivery: 'e2e-merge-1', duplicate: true });
    await settled(
      () => 0,
      () => false,
      { limitMs: 0, quietMs: 500 },
    );
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
    expect(answer.status).toBe(202);
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

  it('a permanent failure (404) fails the job once, logged with the delivery id; the check run says neutral', async () => {
    const pull = seedPull(fake, { before: cleanRegister(), after: vagueRegister(1) });
    const failedBefore = (await jobs()).failed;
    const fault = fake.inject({ operationId: 'pulls/list-files', status: 404 });
    const answer = await app.deliver('pull_request', pull.payload, { id: 'e2e-broken-7', secret: SECRET });
    expect(answer.status).toBe(202);
    expect(
      await eventually(() => /"delivery":"e2e-broken-7".*failed for good/.test(app.output()), 20_000),
    ).toBe(true);
    expect(fault.fired).toBe(1);
    expect((await jobs()).failed).toBe((failedBefore ?? 0) + 1);
    expect(checkRuns(pull.headSha).map((r) => r.conclusion)).toEqual(['neutral']);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('a 502 that outlasts the client retries fails the attempt; the queue retries in the same check run, and the job completes', async () => {
    const pull = seedPull(fake, { before: cleanRegister(), after: vagueRegister(1) });
    // Probot's own retry plugin tries a request 4 times; the 5th request (the job's 2nd attempt) works.
    const fault = fake.inject({ operationId: 'pulls/list-files', status: 502, times: 4 });
    const answer = await app.deliver('pull_request', pull.payload, { id: 'e2e-flaky-8', secret: SECRET });
    expect(answer.status).toBe(202);
    const conclusions = await settled(
      () => checkRuns(pull.headSha).map((r) => r.conclusion),
      (now) => now.includes('failure'),
      { quietMs: 500 },
    );
    expect(fault.fired).toBe(4);
    // One check run served both attempts: in progress ("retrying") between them, never neutral.
    expect(conclusions).toEqual(['failure']);
    const [run] = checkRuns(pull.headSha);
    expect(run?.externalId).toBe(`decision-register:e2e-flaky-8:${pull.number}`);
    const patches = fake.log.filter(
      (e) => e.operationId === 'checks/update' && e.path.endsWith(`/check-runs/${run?.id}`),
    );
    expect(patches.map((e) => (e.body as { status?: string }).status)).toEqual(['in_progress', 'completed']);
    expect(app.output()).toMatch(/"delivery":"e2e-flaky-8".*attempt 1 failed/);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/decision_register_github_requests_total\{status="502"\} [1-9]/);
    expect(metrics).toMatch(
      /decision_register_job_duration_seconds_count\{event="pull_request",outcome="completed"\} [1-9]/,
    );
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
