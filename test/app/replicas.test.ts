import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markerFor } from '../../src/plan/comment-marker.js';
import { type GitHubFake, generateTestKeyPair, startGitHubFake } from '../github-fake/index.js';
import { type AppProcess, startAppProcess } from './app-process.js';
import { hasRedis, type RedisProcess, startRedisServer } from './redis-server.js';
import { APP_ID, followUpRegister, REPO, SECRET, seedMerge, settled } from './scenario.js';

// Two app processes behind an imaginary load balancer, sharing one real redis-server: GitHub
// delivering the same merge to both at once (and again later) must yield one issue per item
// and one link-back comment. Without redis-server these tests are reported as skipped by name.
describe('replicas sharing Redis', { timeout: 150_000 }, () => {
  const keys = generateTestKeyPair();
  let redisServer: RedisProcess | undefined;
  let redis: Redis | undefined;
  let fake: GitHubFake;
  let replicas: AppProcess[] = [];

  beforeAll(async () => {
    if (!hasRedis) {
      console.warn('redis-server is not installed: the Redis tests below are reported as skipped.');
      return;
    }
    redisServer = await startRedisServer();
    redis = new Redis(redisServer.url);
    fake = await startGitHubFake({ app: { id: APP_ID, privateKeyPem: keys.privateKeyPem }, repos: [REPO] });
    const env = {
      APP_ID: String(APP_ID),
      PRIVATE_KEY: keys.privateKeyPem,
      WEBHOOK_SECRET: SECRET,
      REDIS_URL: redisServer.url,
      ...fake.probotEnv(),
    };
    replicas = await Promise.all([startAppProcess(env), startAppProcess(env)]);
  });

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await redis?.quit();
    await redisServer?.stop();
    await fake?.close();
  });

  const followUpIssues = () =>
    fake.state(REPO).issues.filter((i) => !i.isPull && i.body?.includes('<!-- decision-register:followup:'));
  const linkBacks = (pull: number) =>
    fake
      .state(REPO)
      .comments.filter((c) => c.issueNumber === pull && c.body.includes(markerFor('followups')));

  it.skipIf(!hasRedis)('replicas: report Redis ready on /healthz', async () => {
    for (const replica of replicas) {
      const health = await (await fetch(`${replica.url}/healthz`)).json();
      expect(health).toMatchObject({ status: 'ok', redis: 'ready' });
    }
  });

  it.skipIf(!hasRedis)(
    'replicas: one merge delivered to both at once, plus a redelivery → one issue per item, one comment',
    async () => {
      const merge = seedMerge(fake, followUpRegister(3, 2));
      const deliver = (replica: AppProcess) =>
        replica.deliver('pull_request', merge.payload, { id: 'merge-delivery-1', secret: SECRET });
      const answers = await Promise.all(replicas.map(deliver));
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 202));
      // One job per delivery id in the shared queue (BullMQ keys it by the id): the second copy
      // and the redelivery add nothing; the final state below shows it.
      const redelivery = await deliver(replicas[1]!);
      expect(redelivery.status).toBe(202);
      expect(JSON.parse(redelivery.body)).toEqual({ delivery: 'merge-delivery-1', duplicate: true });

      const final = await settled(
        () => ({ issues: followUpIssues().length, comments: linkBacks(merge.number).length }),
        (now) => now.issues >= 5 && now.comments >= 1,
      );
      const keys = followUpIssues().map(
        (i) => /decision-register:followup:([^ ]+) -->/.exec(i.body ?? '')?.[1],
      );
      console.log(
        `replicas, same delivery twice at once + redelivery: ${final.issues} issues for 5 items (${new Set(keys).size} distinct keys), ${final.comments} link-back comment(s)`,
      );
      expect(final).toEqual({ issues: 5, comments: 1 });
      expect(new Set(keys).size).toBe(5);
      fake.assertNoViolations();
    },
  );

  it.skipIf(!hasRedis)(
    'replicas: distinct deliveries of one merge at both at once → the item locks keep it to one issue each',
    async () => {
      const merge = seedMerge(fake, followUpRegister(2, 2), { file: 'decisions/2030-01-13.yml' });
      const before = followUpIssues().length;
      const answers = await Promise.all(
        replicas.flatMap((replica, r) =>
          [0, 1].map((n) =>
            replica.deliver('pull_request', merge.payload, { id: `merge-2-${r}-${n}`, secret: SECRET }),
          ),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 202));
      const final = await settled(
        () => ({ issues: followUpIssues().length - before, comments: linkBacks(merge.number).length }),
        (now) => now.issues >= 4 && now.comments >= 1,
      );
      console.log(
        `replicas, 4 distinct deliveries of one merge: ${final.issues} issues for 4 items, ${final.comments} comment(s)`,
      );
      expect(final).toEqual({ issues: 4, comments: 1 });
      // The link-back comment was written in turn (the shared lock), so it was created once,
      // not created twice and deduplicated afterwards.
      const linkBackCreates = fake.log.filter(
        (e) =>
          e.operationId === 'issues/create-comment' &&
          e.path.endsWith(`/issues/${merge.number}/comments`) &&
          JSON.stringify(e.body).includes(markerFor('followups')),
      );
      expect(linkBackCreates).toHaveLength(1);
      // The lock did the work: the deliveries that lost the race left their items to the holder.
      const yielded = replicas.flatMap((r) => r.output().match(/handled elsewhere/g) ?? []).length;
      console.log(
        `replicas, 4 distinct deliveries: ${yielded} delivery(ies) left their items to the lock holder`,
      );
      expect(yielded).toBeGreaterThan(0);
      fake.assertNoViolations();
    },
  );

  it.skipIf(!hasRedis)(
    "replicas: share Probot's request throttling through Redis (Bottleneck keys)",
    async () => {
      const keys = await redis!.keys('b_octokit-*');
      expect(keys.length).toBeGreaterThan(0);
    },
  );
});
