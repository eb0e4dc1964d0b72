import { Queue } from 'bullmq';
import { type GitHubFake, generateTestKeyPair, startGitHubFake } from '../../github-fake/index.js';
import { type AppProcess, startAppProcess } from '../app-process.js';
import { type RedisProcess, startRedisServer } from '../redis-server.js';
import { APP_ID, REPO, SECRET } from '../scenario.js';

/** What /healthz answers. */
export interface Health {
  jobs: Record<string, number>;
  redis: string;
  role: string;
}

/** A real redis-server, the GitHub fake, one `--role web` process and `workers` worker processes. */
export interface RedisCluster {
  redis: RedisProcess;
  fake: GitHubFake;
  web: AppProcess;
  /** The running workers; tests that kill or start one keep this list current. */
  workers: AppProcess[];
  env: Record<string, string>;
  /** BullMQ's view of the deployment's queue, straight from Redis (close it after use). */
  queue(): Queue;
  stop(): Promise<void>;
}

/**
 * Starts the deployment the queue tests play in. The defaults are short leases and retries, so a
 * killed worker's job and item locks lapse within seconds; `env` adds or overrides variables.
 * Deliveries sent through `fake.hookDeliveries` reach the web process, as GitHub sends them.
 */
export async function startRedisCluster(
  options: { workers?: number; env?: Record<string, string> } = {},
): Promise<RedisCluster> {
  const keys = generateTestKeyPair();
  const redis = await startRedisServer();
  const fake = await startGitHubFake({
    app: { id: APP_ID, privateKeyPem: keys.privateKeyPem },
    repos: [REPO],
  });
  const env = {
    APP_ID: String(APP_ID),
    PRIVATE_KEY: keys.privateKeyPem,
    WEBHOOK_SECRET: SECRET,
    REDIS_URL: redis.url,
    DECISION_REGISTER_JOB_LOCK_MS: '2000',
    DECISION_REGISTER_LOCK_TTL_MS: '3000',
    DECISION_REGISTER_RETRY_BASE_MS: '300',
    DECISION_REGISTER_REDELIVER_EVERY_SECONDS: '2',
    ...fake.probotEnv(),
    ...options.env,
  };
  const startWorker = () => startAppProcess(env, { args: ['--role', 'worker'], readyPath: '/readyz' });
  const [web, ...workers] = await Promise.all([
    startAppProcess(env, { args: ['--role', 'web'] }),
    ...Array.from({ length: options.workers ?? 1 }, startWorker),
  ]);
  fake.hookDeliveries.target = { url: `${web!.url}/api/github/webhooks`, secret: SECRET };
  return {
    redis,
    fake,
    web: web!,
    workers,
    env,
    queue: () => new Queue('decision-register', { connection: { url: redis.url } }),
    async stop() {
      await Promise.all(workers.map((worker) => worker.stop()));
      await web?.stop();
      await redis.stop();
      await fake.close();
    },
  };
}

/** The app's follow-up issues on the fake (pull requests and other issues left out). */
export const followUpIssues = (fake: GitHubFake) =>
  fake.state(REPO).issues.filter((i) => !i.isPull && i.body?.includes('<!-- decision-register:followup:'));

export const health = async (app: AppProcess): Promise<Health> =>
  (await (await fetch(`${app.url}/healthz`)).json()) as Health;

/** The JSON log lines a process printed (other output left out). */
export function jsonLines(app: AppProcess): Record<string, unknown>[] {
  return app
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}
