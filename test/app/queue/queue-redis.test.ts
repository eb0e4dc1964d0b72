import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UPS_CHECK_NAME } from '../../../src/app/handlers/handle-merge.js';
import { markerFor } from '../../../src/plan/comment-marker.js';
import { type GitHubFake, generateTestKeyPair, startGitHubFake } from '../../github-fake/index.js';
import { type AppProcess, startAppProcess } from '../app-process.js';
import { hasRedis, type RedisProcess, startRedisServer } from '../redis-server.js';
import {
  APP_ID,
  cleanRegister,
  eventually,
  followUpRegister,
  REPO,
  SECRET,
  seedMerge,
  seedPull,
  settled,
  vagueRegister,
} from '../scenario.js';

// The durable queue for real: one web process and separate worker processes sharing a real
// redis-server (BullMQ), against the contract-checked fake, which also plays GitHub's delivery log
// and redelivery. Deliveries go through `fake.hookDeliveries`, as GitHub sends them. Without
// redis-server these tests are reported as skipped by name.
describe('the app on BullMQ: web and workers sharing Redis', { timeout: 240_000 }, () => {
  const keys = generateTestKeyPair();
  let redisServer: RedisProcess | undefined;
  let fake: GitHubFake;
  let web: AppProcess;
  const workers: AppProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    if (!hasRedis) {
      console.warn('redis-server is not installed: the queue tests below are reported as skipped.');
      return;
    }
    redisServer = await startRedisServer();
    fake = await startGitHubFake({ app: { id: APP_ID, privateKeyPem: keys.privateKeyPem }, repos: [REPO] });
    env = {
      APP_ID: String(APP_ID),
      PRIVATE_KEY: keys.privateKeyPem,
      WEBHOOK_SECRET: SECRET,
      REDIS_URL: redisServer.url,
      // Short leases so a killed worker's job and item locks lapse within seconds.
      DECISION_REGISTER_JOB_LOCK_MS: '2000',
      DECISION_REGISTER_LOCK_TTL_MS: '3000',
      DECISION_REGISTER_RETRY_BASE_MS: '300',
      DECISION_REGISTER_REDELIVER_EVERY_SECONDS: '2',
      ...fake.probotEnv(),
    };
    web = await startAppProcess(env, { args: ['--role', 'web'] });
    workers.push(await startAppProcess(env, { args: ['--role', 'worker'], readyPath: '/readyz' }));
    fake.hookDeliveries.target = { url: `${web.url}/api/github/webhooks`, secret: SECRET };
  });

  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await web?.stop();
    await redisServer?.stop();
    await fake?.close();
  });

  const followUpIssues = () =>
    fake.state(REPO).issues.filter((i) => !i.isPull && i.body?.includes('<!-- decision-register:followup:'));
  const linkBacks = (pull: number) =>
    fake
      .state(REPO)
      .comments.filter((c) => c.issueNumber === pull && c.body.includes(markerFor('followups')));
  const health = async (app: AppProcess) =>
    (await (await fetch(`${app.url}/healthz`)).json()) as {
      jobs: Record<string, number>;
      redis: string;
      role: string;
    };

  it.skipIf(!hasRedis)('queue: web and worker report the Redis queue on /healthz', async () => {
    expect(await health(web)).toMatchObject({ role: 'web', redis: 'ready' });
    expect(await health(workers[0]!)).toMatchObject({ role: 'worker', redis: 'ready' });
    expect((await fetch(`${web.url}/readyz`)).status).toBe(200);
  });

  it.skipIf(!hasRedis)(
    'queue: 50 merged-PR deliveries plus 10 redeliveries → every ack 202, one issue per item, one link-back per PR',
    async () => {
      const before = followUpIssues().length;
      const merges = Array.from({ length: 50 }, (_, i) =>
        seedMerge(fake, followUpRegister(i < 5 ? 1 : 0, i < 5 ? 1 : 0), { file: `decisions/bulk-${i}.yml` }),
      );
      const sent = await Promise.all(
        merges.map((merge, i) => fake.hookDeliveries.deliver('pull_request', merge.payload, `bulk-${i}`)),
      );
      expect(sent.map((d) => d.statusCode)).toEqual(Array(50).fill(202));
      for (const delivery of sent.slice(0, 10)) expect(fake.hookDeliveries.redeliver(delivery.id)).toBe(true);
      await fake.hookDeliveries.settle();

      const done = await settled(
        () => ({
          issues: followUpIssues().length - before,
          comments: merges.slice(0, 5).map((m) => linkBacks(m.number).length),
        }),
        (now) => now.issues >= 10 && now.comments.every((n) => n >= 1),
        { limitMs: 180_000 },
      );
      expect(done).toEqual({ issues: 10, comments: [1, 1, 1, 1, 1] });
      const keysSeen = followUpIssues().map((i) => /followup:([^ ]+) -->/.exec(i.body ?? '')?.[1]);
      expect(new Set(keysSeen).size).toBe(keysSeen.length);
      expect(await health(web)).toMatchObject({ jobs: { failed: 0 } });
      fake.assertNoViolations();
    },
  );

  it.skipIf(!hasRedis)(
    'queue: a worker SIGKILLed mid-review; the worker that takes the job over finishes the same check run',
    async () => {
      const pull = seedPull(fake, { before: cleanRegister(), after: vagueRegister(1) });
      // Hold the review's file listing so the worker dies with its check run in progress.
      const held = fake.inject({ operationId: 'pulls/list-files', delayMs: 4_000 });
      await fake.hookDeliveries.deliver('pull_request', pull.payload, 'crash-review-1');
      const runs = () => fake.state(REPO).checkRuns.filter((r) => r.headSha === pull.headSha);
      expect(await eventually(() => held.fired === 1 && runs().length === 1, 60_000)).toBe(true);
      expect(runs().map((r) => r.status)).toEqual(['in_progress']);
      expect(await workers[0]!.kill('SIGKILL')).toBeNull();
      workers.shift();
      workers.push(await startAppProcess(env, { args: ['--role', 'worker'], readyPath: '/readyz' }));
      const done = await settled(
        () => runs().map((r) => [r.status, r.conclusion]),
        (now) => now.some(([status]) => status === 'completed'),
        { limitMs: 120_000 },
      );
      // Control: the job did run twice (the fake served the listing to the second worker).
      expect(fake.log.filter((e) => e.operationId === 'pulls/list-files').length).toBeGreaterThanOrEqual(2);
      expect(done).toEqual([['completed', 'failure']]);
      fake.assertNoViolations();
    },
  );

  it.skipIf(!hasRedis)(
    'queue: a worker SIGKILLed mid-merge; another worker picks the job up → exactly one issue per item, one link-back, one check run',
    async () => {
      const merge = seedMerge(fake, followUpRegister(2, 2), { file: 'decisions/crash.yml' });
      const mine = () => followUpIssues().filter((i) => i.body?.includes('decisions/crash.yml'));
      await fake.hookDeliveries.deliver('pull_request', merge.payload, 'crash-1');
      expect(await eventually(() => mine().length >= 1, 60_000)).toBe(true);
      expect(await workers[0]!.kill('SIGKILL')).toBeNull();
      workers.shift();
      workers.push(await startAppProcess(env, { args: ['--role', 'worker'], readyPath: '/readyz' }));
      const checkRuns = () =>
        fake
          .state(REPO)
          .checkRuns.filter((r) => r.headSha === merge.mergeSha && r.name === FOLLOW_UPS_CHECK_NAME);
      const done = await settled(
        () => ({
          issues: mine().length,
          comments: linkBacks(merge.number).length,
          checkRuns: checkRuns().length,
        }),
        (now) => now.issues >= 4 && now.comments >= 1 && now.checkRuns >= 1,
        { limitMs: 120_000 },
      );
      expect(done).toEqual({ issues: 4, comments: 1, checkRuns: 1 });
      fake.assertNoViolations();
    },
  );

  it.skipIf(!hasRedis)('queue: 5xx and a secondary rate limit during a job → retried, complete', async () => {
    const merge = seedMerge(fake, followUpRegister(1, 1), { file: 'decisions/faults.yml' });
    const mine = () => followUpIssues().filter((i) => i.body?.includes('decisions/faults.yml'));
    // Beyond Probot's own request retries, so the job's attempt fails and the queue retries it.
    const outage = fake.inject({ operationId: 'issues/create', status: 503, times: 4 });
    const limited = fake.inject({
      operationId: 'issues/create',
      after: 4,
      status: 403,
      times: 1,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    });
    await fake.hookDeliveries.deliver('pull_request', merge.payload, 'faults-1');
    const done = await settled(
      () => ({ issues: mine().length, comments: linkBacks(merge.number).length }),
      (now) => now.issues >= 2 && now.comments >= 1,
      { limitMs: 120_000 },
    );
    expect(done).toEqual({ issues: 2, comments: 1 });
    expect(outage.fired).toBe(4);
    expect(limited.fired).toBe(1);
    fake.assertNoViolations();
  });

  it.skipIf(!hasRedis)(
    'queue: a delivery GitHub recorded as failed is redelivered by the scheduled job',
    async () => {
      const merge = seedMerge(fake, followUpRegister(1, 0), { file: 'decisions/missed.yml' });
      const mine = () => followUpIssues().filter((i) => i.body?.includes('decisions/missed.yml'));
      // GitHub tried while the app was down: the log shows a failure, nothing was enqueued.
      const failed = fake.hookDeliveries.record({
        guid: 'missed-1',
        event: 'pull_request',
        body: JSON.stringify(merge.payload),
        statusCode: 503,
        action: 'closed',
        installationId: null,
        repositoryId: null,
      });
      const done = await settled(
        () => mine().length,
        (now) => now >= 1,
        { limitMs: 60_000 },
      );
      expect(done).toBe(1);
      const attempts = fake.hookDeliveries.entries.filter((d) => d.guid === 'missed-1');
      expect(attempts.map((d) => [d.redelivery, d.statusCode])).toEqual([
        [true, 202],
        [false, 503],
      ]);
      expect(attempts[1]?.id).toBe(failed.id);
      expect(fake.countBy('apps/redeliver-webhook-delivery')).toBe(1);
      const metrics = await (await fetch(`${workers[0]!.url}/metrics`)).text();
      expect(metrics).toMatch(/decision_register_redeliveries_total 1/);
    },
  );

  it.skipIf(!hasRedis)('queue: a bad signature is refused (401) and enqueues nothing', async () => {
    const merge = seedMerge(fake, followUpRegister(1, 0), { file: 'decisions/forged.yml' });
    const response = await web.deliver('pull_request', merge.payload, {
      id: 'forged-1',
      secret: 'not-the-secret',
    });
    expect(response.status).toBe(401);
    await new Promise((wait) => setTimeout(wait, 1_000));
    // Asked of Redis itself: the counts on /healthz also move with earlier tests' jobs finishing
    // and with the scheduled redelivery scan, so they cannot tell whether this one was stored.
    const queue = new Queue('decision-register', { connection: { url: redisServer!.url } });
    const forged = () => followUpIssues().filter((i) => i.body?.includes('decisions/forged.yml'));
    try {
      expect(await queue.getJob('delivery-forged-1')).toBeUndefined();
      expect(forged()).toEqual([]);
      // The same delivery, signed, is stored under that key and done (so the checks above can fail).
      expect(
        (await web.deliver('pull_request', merge.payload, { id: 'forged-2', secret: SECRET })).status,
      ).toBe(202);
      expect(await queue.getJob('delivery-forged-2')).toBeDefined();
      expect(await eventually(() => forged().length === 1, 30_000)).toBe(true);
    } finally {
      await queue.close();
    }
  });

  it.skipIf(!hasRedis)('queue: SIGTERM while a job runs → the worker finishes it, then exits 0', async () => {
    const merge = seedMerge(fake, followUpRegister(1, 1), { file: 'decisions/drain.yml' });
    const worker = workers.at(-1)!;
    await fake.hookDeliveries.deliver('pull_request', merge.payload, 'drain-1');
    expect(await eventually(() => /"delivery":"drain-1".*job started/.test(worker.output()), 30_000)).toBe(
      true,
    );
    expect(await worker.stop()).toBe(0);
    workers.pop();
    const mine = followUpIssues().filter((i) => i.body?.includes('decisions/drain.yml'));
    expect(mine).toHaveLength(2);
    expect(linkBacks(merge.number)).toHaveLength(1);
  });

  it.skipIf(!hasRedis)(
    'queue: with Redis gone the web role answers 503 (never 202) and /healthz 503',
    async () => {
      await redisServer!.stop();
      const merge = seedMerge(fake, followUpRegister(1, 0), { file: 'decisions/outage.yml' });
      const response = await web.deliver('pull_request', merge.payload, { id: 'outage-1', secret: SECRET });
      expect(response.status).toBe(503);
      expect((await fetch(`${web.url}/healthz`)).status).toBe(503);
      expect((await fetch(`${web.url}/readyz`)).status).toBe(503);
    },
  );
});
