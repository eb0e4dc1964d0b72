import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';
import { type ActionRun, type ActionRunOptions, runActionProcess } from '../support/run-action.js';
import { pullRequestPayload } from '../support/webhook-payloads.js';

export const REPO = 'acme/decisions';
export const [OWNER, NAME] = REPO.split('/') as [string, string];
export const TODAY = '2026-11-25';

/** A repo on the fake with one pull request from `base` files to `head` files. */
export interface PullScenario {
  fake: GitHubFake;
  baseSha: string;
  headSha: string;
  number: number;
}

/** Starts a fake and opens a pull request whose head changes files from `base` to `head`. */
export async function openPull(
  base: Record<string, string>,
  head: Record<string, string | null>,
  fakeOptions: Parameters<typeof startGitHubFake>[0] = {},
): Promise<PullScenario> {
  const fake = await startGitHubFake({ repos: [REPO], ...fakeOptions });
  const baseSha = fake.commit(REPO, base);
  const headSha = fake.commit(REPO, head, { parent: baseSha, branch: 'meeting-notes' });
  const number = fake.addPull(REPO, { headSha, baseSha, headRef: 'meeting-notes' });
  return { fake, baseSha, headSha, number };
}

/** Pushes more files onto the pull request's branch and moves its head. */
export function pushToPull(scenario: PullScenario, files: Record<string, string | null>): void {
  scenario.headSha = scenario.fake.commit(REPO, files, { parent: scenario.headSha, branch: 'meeting-notes' });
  scenario.fake.updatePull(REPO, scenario.number, { headSha: scenario.headSha });
}

/** Runs dist/index.js under Node 24 on a `pull_request` event for the scenario's pull request. */
export function runReview(
  scenario: PullScenario,
  options: {
    action?: 'opened' | 'synchronize';
    inputs?: Record<string, string>;
    token?: string;
    eventName?: string;
  } = {},
): Promise<ActionRun> {
  const payload = pullRequestPayload(options.action ?? 'synchronize', {
    owner: OWNER,
    repo: NAME,
    number: scenario.number,
    headSha: scenario.headSha,
    baseSha: scenario.baseSha,
  });
  const run: ActionRunOptions = {
    apiUrl: scenario.fake.url,
    token: options.token ?? scenario.fake.token,
    eventName: options.eventName ?? 'pull_request',
    payload,
    repository: REPO,
    sha: scenario.headSha,
    inputs: { today: TODAY, ...options.inputs },
  };
  return runActionProcess(run);
}

/** Requests per operation since `from` in the fake's log, for the printed request counts. */
export function requestCounts(
  fake: GitHubFake,
  from = 0,
): { total: number; byOperation: Record<string, number> } {
  const byOperation: Record<string, number> = {};
  const entries = fake.log.slice(from);
  for (const entry of entries) {
    const op = entry.operationId ?? `${entry.method} ${entry.path}`;
    byOperation[op] = (byOperation[op] ?? 0) + 1;
  }
  return { total: entries.length, byOperation };
}

/** Prints a scenario's request count, so the test output lists them. */
export function printRequests(scenario: string, fake: GitHubFake, from = 0): number {
  const { total, byOperation } = requestCounts(fake, from);
  const parts = Object.entries(byOperation).map(([op, n]) => `${op}×${n}`);
  console.log(`[requests] ${scenario}: ${total} (${parts.join(', ')})`);
  return total;
}
