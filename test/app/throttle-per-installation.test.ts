import { Probot, ProbotOctokit } from 'probot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { throttlePerInstallation } from '../../src/app/throttle-per-installation.js';
import { type GitHubFake, generateTestKeyPair, startGitHubFake } from '../github-fake/index.js';
import { pullRequestPayload } from '../support/webhook-payloads.js';
import { captureLog } from './capture-log.js';
import { APP_ID, NAME, OWNER, REPO } from './scenario.js';

// Probot's throttling lets one write a second through per key. Installation 1 writes twice in a
// row, then installation 2 writes once: on a shared key 2's write waits behind 1's second (order
// 1, 1, 2); keyed per installation it goes at once (order 1, 2, 1). The order is what the fake
// received, not a timing. The plain ProbotOctokit is the control that shows the order can differ.
const keys = generateTestKeyPair();
const Unretried = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  retry: { enabled: false },
}));

describe('Probot throttling keyed per installation', { timeout: 30_000 }, () => {
  let fake: GitHubFake;
  beforeAll(async () => {
    fake = await startGitHubFake({
      app: { id: APP_ID, privateKeyPem: keys.privateKeyPem, installationId: 1, otherInstallationIds: [2] },
      repos: [REPO],
    });
  });
  afterAll(() => fake?.close());

  /** Writes 1a, 1b (installation 1) and 2a (installation 2) through handlers' `context.octokit`; returns the order received. */
  async function writeOrder(Octokit: typeof ProbotOctokit, tag: string): Promise<string[]> {
    const probot = new Probot({
      appId: APP_ID,
      privateKey: keys.privateKeyPem,
      baseUrl: fake.url,
      log: captureLog().log,
      Octokit,
    });
    const clients = new Map<number, InstanceType<typeof ProbotOctokit>>();
    await probot.load((app) => {
      app.on('pull_request.synchronize', async (context) => {
        clients.set(context.payload.installation!.id, context.octokit);
      });
    });
    const head = fake.commit(REPO, { 'a.txt': tag }, { branch: `b-${tag}` });
    for (const installationId of [1, 2]) {
      const payload = pullRequestPayload('synchronize', {
        owner: OWNER,
        repo: NAME,
        number: 1,
        headSha: head,
        baseSha: head,
        installationId,
      });
      await probot.receive({ id: `${tag}-${installationId}`, name: 'pull_request', payload } as never);
    }
    const write = (installation: number, name: string) =>
      clients.get(installation)!.request('POST /repos/{owner}/{repo}/check-runs', {
        owner: OWNER,
        repo: NAME,
        name: `${tag}-${name}`,
        head_sha: head,
      });
    // Tokens first (reads pass the write limiter), so only the writes queue up.
    for (const installation of [1, 2])
      await clients.get(installation)!.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo: NAME });
    await write(1, '1a');
    await Promise.all([write(1, '1b'), write(2, '2a')]);
    expect(fake.contractViolations).toEqual([]);
    return fake.log
      .filter((entry) => entry.operationId === 'checks/create')
      .map((entry) => String((entry.body as { name: string }).name))
      .filter((name) => name.startsWith(`${tag}-`))
      .map((name) => name.slice(tag.length + 1));
  }

  it("one installation's writes do not hold back another's", async () => {
    expect(await writeOrder(throttlePerInstallation(Unretried), 'keyed')).toEqual(['1a', '2a', '1b']);
  });

  it("control: Probot's own clients share one key, so installation 2 waits behind 1", async () => {
    expect(await writeOrder(Unretried, 'shared')).toEqual(['1a', '1b', '2a']);
  });
});
