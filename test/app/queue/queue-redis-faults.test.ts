import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { CHECK_RUN_NAME } from '../../../src/flows/review/check-pull-request.js';
import { hasRedis } from '../redis-server.js';
import {
  cleanRegister,
  eventually,
  followUpRegister,
  REPO,
  seedMerge,
  seedPull,
  settled,
  vagueRegister,
} from '../scenario.js';
import { followUpIssues, health, jsonLines, type RedisCluster, startRedisCluster } from './redis-cluster.js';

// The queue's failure paths on a real redis-server: one web process and two workers for the whole
// file (so the scheduler runs among replicas), 3 attempts 200 ms apart, 2 s job locks. The
// receiver's refusals need no Redis and are tested in-process (webhook-receiver.test.ts).
describe('the app on BullMQ: failures, replicas and metrics', { timeout: 90_000 }, () => {
  let cluster: RedisCluster;

  beforeAll(async () => {
    if (!hasRedis) {
      console.warn('redis-server is not installed: the queue tests below are reported as skipped.');
      return;
    }
    cluster = await startRedisCluster({
      workers: 2,
      // Config read on every event: scenarios change the repository's config between jobs.
      env: {
        DECISION_REGISTER_ATTEMPTS: '3',
        DECISION_REGISTER_RETRY_BASE_MS: '200',
        DECISION_REGISTER_CONFIG_TTL_SECONDS: '0',
        // Item leases lapse before a killed worker's job lock (2 s) does, so the job that moves
        // on finds its items free within its 3 attempts (as with the defaults: 30 s leases, 75 s of backoff).
        DECISION_REGISTER_LOCK_TTL_MS: '1500',
      },
    });
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  /** The JSON lines of all workers (a job may run on either). */
  const workerLines = () => cluster.workers.flatMap(jsonLines);
  const linesOf = (delivery: string) => workerLines().filter((l) => l.delivery === delivery);
  const checkRuns = (sha: string) => cluster.fake.state(REPO).checkRuns.filter((r) => r.headSha === sha);

  it.skipIf(!hasRedis)(
    'queue: a job that exhausts its attempts → failed set on /healthz, logged once with delivery id and reason',
    async () => {
      const { fake, web } = cluster;
      const failedBefore = (await health(web)).jobs.failed ?? 0;
      const pull = seedPull(fake, { before: cleanRegister(), after: vagueRegister(1) });
      // A rate limit that Octokit does not wait out itself: the queue retries it, 3 times in all.
      const limited = fake.inject({
        operationId: 'pulls/list-files',
        status: 403,
        times: 3,
        body: { message: 'API rate limit exceeded for installation ID 1.' },
      });
      await fake.hookDeliveries.deliver('pull_request', pull.payload, 'exhaust-1');
      const gaveUp = () => linesOf('exhaust-1').filter((l) => /failed for good/.test(String(l.msg)));
      expect(await eventually(() => gaveUp().length > 0, 30_000)).toBe(true);
      expect(limited.fired).toBe(3);
      let failedNow = failedBefore;
      for (let tries = 0; tries < 50 && failedNow === failedBefore; tries++) {
        failedNow = (await health(web)).jobs.failed ?? 0;
        if (failedNow === failedBefore) await new Promise((wait) => setTimeout(wait, 100));
      }
      expect(failedNow).toBe(failedBefore + 1);
      const [line, ...more] = gaveUp();
      expect(more).toEqual([]);
      expect(line).toMatchObject({
        delivery: 'exhaust-1',
        repository: REPO,
        event: 'pull_request',
        reason: expect.stringMatching(/rate limit exceeded.*\(HTTP 403\)/),
      });
      // Two retries before it, each logged; every line of the job names its delivery and repository.
      const messages = linesOf('exhaust-1').map((l) => String(l.msg));
      expect(messages.filter((m) => /attempt \d failed/.test(m))).toHaveLength(2);
      for (const l of linesOf('exhaust-1')) expect(l, String(l.msg)).toMatchObject({ repository: REPO });
      const queue = cluster.queue();
      try {
        expect(await (await queue.getJob('delivery-exhaust-1'))?.getState()).toBe('failed');
      } finally {
        await queue.close();
      }
      const metrics = await (await fetch(`${web.url}/metrics`)).text();
      expect(metrics).toMatch(
        new RegExp(`decision_register_jobs\\{state="failed"\\} ${failedBefore + 1}\\b`),
      );
    },
  );

  it.skipIf(!hasRedis)(
    'queue: an invalid repository config → one action_required check run, attempted exactly once',
    async () => {
      const pull = seedPull(cluster.fake, {
        before: cleanRegister(),
        after: vagueRegister(1),
        config: 'rules:\n  owner-vague: loud\n',
      });
      await cluster.fake.hookDeliveries.deliver('pull_request', pull.payload, 'bad-config-1');
      onTestFinished(() => void cluster.fake.commit(REPO, { '.github/decision-register.yml': null }));
      // The quiet period outlasts several retry delays (200 ms doubling), so a retry would show.
      const runs = await settled(
        () => checkRuns(pull.headSha),
        (now) => now.some((r) => r.status === 'completed'),
        { limitMs: 30_000, quietMs: 2_500 },
      );
      expect(runs.map((r) => [r.name, r.conclusion])).toEqual([[CHECK_RUN_NAME, 'action_required']]);
      expect(runs[0]?.output.summary).toContain('rules.owner-vague');
      const messages = linesOf('bad-config-1').map((l) => String(l.msg));
      expect(messages.filter((m) => m === 'job started')).toHaveLength(1);
      expect(messages.filter((m) => /failed|retrying/.test(m))).toEqual([]);
      expect(messages).toContain('Delivery bad-config-1 done');
    },
  );

  it.skipIf(!hasRedis)(
    'queue: two workers share one redelivery scheduler → one scan per interval, one redelivery',
    async () => {
      const { fake } = cluster;
      const merge = seedMerge(fake, followUpRegister(1, 0), { file: 'decisions/missed-twice.yml' });
      const scansBefore = fake.countBy('apps/list-webhook-deliveries');
      const redeliveriesBefore = fake.countBy('apps/redeliver-webhook-delivery');
      const started = Date.now();
      fake.hookDeliveries.record({
        guid: 'missed-2',
        event: 'pull_request',
        body: JSON.stringify(merge.payload),
        statusCode: 503,
        action: 'closed',
        installationId: null,
        repositoryId: null,
      });
      const mine = () => followUpIssues(fake).filter((i) => i.body?.includes('decisions/missed-twice.yml'));
      expect(await eventually(() => mine().length === 1, 30_000)).toBe(true);
      // Watch three more intervals (2 s): one scheduler scans about once each; one per worker, twice.
      await new Promise((wait) => setTimeout(wait, 6_000));
      const intervals = (Date.now() - started) / 2_000;
      const scans = fake.countBy('apps/list-webhook-deliveries') - scansBefore;
      expect(scans).toBeGreaterThanOrEqual(Math.floor(intervals) - 1);
      expect(scans).toBeLessThanOrEqual(Math.ceil(intervals) + 1);
      expect(fake.countBy('apps/redeliver-webhook-delivery') - redeliveriesBefore).toBe(1);
      expect(fake.hookDeliveries.entries.filter((d) => d.guid === 'missed-2' && d.redelivery)).toHaveLength(
        1,
      );
      expect(mine()).toHaveLength(1);
      // The workers' own lines agree: as many scans ran, among them, as GitHub saw.
      const scanLines = () =>
        cluster.workers.flatMap(jsonLines).filter((l) => /^Redelivery: /.test(String(l.msg)));
      const logged = scanLines().filter((l) => Number(l.time) >= started).length;
      expect(Math.abs(logged - scans)).toBeLessThanOrEqual(1); // a scan may straddle the start
    },
  );

  it.skipIf(!hasRedis)(
    'queue: /metrics shows jobs by state and the rate limit left from GitHub’s last answer',
    async () => {
      const metrics = await (await fetch(`${cluster.web.url}/metrics`)).text();
      for (const state of ['waiting', 'active', 'delayed', 'completed', 'failed']) {
        expect(metrics).toMatch(new RegExp(`^decision_register_jobs\\{state="${state}"\\} \\d+$`, 'm'));
      }
      const { jobs } = await health(cluster.web);
      expect(metrics).toMatch(
        new RegExp(`^decision_register_jobs\\{state="completed"\\} ${jobs.completed}$`, 'm'),
      );
      expect(jobs.completed).toBeGreaterThan(0);
      // The fake answers x-ratelimit-remaining: 4999; before any request the gauge reads 0.
      const gauges = await Promise.all(
        cluster.workers.map(
          async (w) =>
            (await (await fetch(`${w.url}/metrics`)).text()).match(
              /^decision_register_github_rate_limit_remaining (\d+)$/m,
            )?.[1],
        ),
      );
      expect(gauges).toContain('4999');
    },
  );
});
