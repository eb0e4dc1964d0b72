// Shared scenario of the follow-up e2e tests: a merged pull request adding a clean register.
import type { TestContext } from 'vitest';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';
import { runActionProcess } from '../support/run-action.js';
import { pullRequestPayload } from '../support/webhook-payloads.js';
import { NAME, OWNER, REPO, TODAY } from './action-harness.js';
import { cleanRegister } from './registers.js';

export const PATH = 'decisions/2026-11-24-operationalization.yml';
export const KEYS = ['A1', 'A2', 'O2', 'O3', 'O4'].map((id) => `${PATH}#${id}`);

export interface Merge {
  fake: GitHubFake;
  number: number;
  headSha: string;
  baseSha: string;
  mergeSha: string;
}

export async function mergedPull(
  onTestFinished: TestContext['onTestFinished'],
  options: { merged?: boolean; fakeOptions?: object; register?: string } = {},
): Promise<Merge> {
  const f = await startGitHubFake({ repos: [REPO], ...options.fakeOptions });
  f.setAssignable(REPO, ['dkim', 'lpark']);
  const baseSha = f.commit(REPO, { 'README.md': 'hi\n' });
  const headSha = f.commit(
    REPO,
    { [PATH]: options.register ?? cleanRegister() },
    { parent: baseSha, branch: 'meeting-notes' },
  );
  const merged = options.merged ?? true;
  const mergeSha = merged
    ? f.commit(REPO, { [PATH]: options.register ?? cleanRegister() }, { parent: baseSha, branch: 'main' })
    : '';
  const number = f.addPull(REPO, {
    headSha,
    baseSha,
    headRef: 'meeting-notes',
    merged,
    state: 'closed',
    mergeCommitSha: merged ? mergeSha : null,
  });
  onTestFinished(async () => {
    f.assertNoViolations();
    await f.close();
  });
  return { fake: f, number, headSha, baseSha, mergeSha };
}

export function runMerge(
  m: Merge,
  inputs: Record<string, string> = {},
  extra: { env?: Record<string, string>; signal?: AbortSignal } = {},
) {
  const payload = pullRequestPayload('closed', {
    owner: OWNER,
    repo: NAME,
    number: m.number,
    headSha: m.headSha,
    baseSha: m.baseSha,
    mergeSha: m.mergeSha || undefined,
    merged: Boolean(m.mergeSha),
  });
  return runActionProcess({
    apiUrl: m.fake.url,
    token: m.fake.token,
    eventName: 'pull_request',
    payload,
    repository: REPO,
    sha: m.mergeSha || m.headSha,
    inputs: { today: TODAY, ...inputs },
    ...extra,
  });
}

export const followUps = (f: GitHubFake) => f.state(REPO).issues.filter((i) => !i.isPull);
export const keyOf = (body: string | null) =>
  KEYS.find((key) =>
    body?.includes(`decision-register:followup:${encodeURIComponent(key).replaceAll('-', '%2D')}`),
  );
