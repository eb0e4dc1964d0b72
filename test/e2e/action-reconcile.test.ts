// Register → issues on every push to the default branch (#11 point 2): dist/index.js under
// Node 24 on `push` events against the fake, after a merge opened the five follow-up issues.
import { describe, expect, it } from 'vitest';
import type { GitHubFake } from '../github-fake/index.js';
import { runActionProcess } from '../support/run-action.js';
import { pushPayload } from '../support/webhook-payloads.js';
import { NAME, OWNER, printRequests, REPO, TODAY } from './action-harness.js';
import { followUps, type Merge, mergedPull, PATH, runMerge } from './follow-ups-harness.js';
import { cleanRegister } from './registers.js';

/** Commits `register` on main and runs the Action on that push. */
async function push(m: Merge, register: string | null, extra: { env?: Record<string, string> } = {}) {
  const before = m.fake.state(REPO).refs['refs/heads/main'] as string;
  const after = m.fake.commit(REPO, { [PATH]: register }, { branch: 'main', message: 'Update register' });
  const run = await runPush(m.fake, before, after, extra);
  return { run, before, after };
}

function runPush(
  fake: GitHubFake,
  before: string,
  after: string,
  extra: { env?: Record<string, string> } = {},
) {
  return runActionProcess({
    apiUrl: fake.url,
    token: fake.token,
    eventName: 'push',
    payload: pushPayload({ owner: OWNER, repo: NAME, baseSha: before, headSha: after }),
    repository: REPO,
    sha: after,
    inputs: { today: TODAY },
    ...extra,
  });
}

const byId = (f: GitHubFake, id: string) =>
  followUps(f).find((i) => i.title.startsWith(`[${id}]`)) as ReturnType<typeof followUps>[number];
const commentsOn = (f: GitHubFake, number: number) =>
  f.state(REPO).comments.filter((c) => c.issueNumber === number);

/** A1 done, O2 dropped, A2's due moved, O3 re-owned, O4 removed. */
function editedRegister(): string {
  return cleanRegister()
    .replace(
      'owner: "@lpark", due: 2026-12-01, status: open',
      'owner: "@lpark", due: 2026-12-01, status: done',
    )
    .replace(
      'Updated Status Dashboard, timing: follow-up, owner: "@dkim", due: 2026-12-08, status: open',
      'Updated Status Dashboard, timing: follow-up, owner: "@dkim", due: 2026-12-08, status: dropped',
    )
    .replace('due: 2026-12-02, status: open', 'due: 2026-12-04, status: open')
    .replace(
      'Program plan, timing: follow-up, owner: "@lpark"',
      'Program plan, timing: follow-up, owner: "@dkim"',
    )
    .replace(/ {2}- \{ id: O4,[^\n]*\n/, '');
}

describe.concurrent('follow-up issues follow the register on every push', { timeout: 180_000 }, () => {
  it('closes done (completed) and dropped/removed (not planned) with a comment naming the commit, updates due and owner, reopens, and a re-run changes nothing', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    expect((await runMerge(m)).code).toBe(0);
    expect(followUps(m.fake)).toHaveLength(5);
    const from = m.fake.log.length;

    const { run, after, before } = await push(m, editedRegister());
    printRequests('push: 5 of 5 items changed', m.fake, from);
    expect(run.code, run.stdout).toBe(0);
    const a1 = byId(m.fake, 'A1');
    expect([a1.state, a1.stateReason]).toEqual(['closed', 'completed']);
    expect(
      commentsOn(m.fake, a1.number)
        .map((c) => c.body)
        .join(),
    ).toContain(`/commit/${after}`);
    expect([byId(m.fake, 'O2').state, byId(m.fake, 'O2').stateReason]).toEqual(['closed', 'not_planned']);
    expect([byId(m.fake, 'O4').state, byId(m.fake, 'O4').stateReason]).toEqual(['closed', 'not_planned']);
    const a2 = byId(m.fake, 'A2');
    expect(a2.state).toBe('open');
    expect(a2.title).toBe('[A2] Book the identity deep-dive (due 2026-12-04)');
    expect(a2.body).toContain('2026-12-04');
    expect(byId(m.fake, 'O3').assignees).toEqual(['dkim']);
    expect(followUps(m.fake)).toHaveLength(5);
    expect(run.summary).toMatch(/closed now \(done\)/);

    // The same push again (a re-run): nothing changes, no comment twice.
    const comments = m.fake.state(REPO).comments.length;
    const writes = m.fake.log.filter((e) => e.method !== 'GET' && e.operationId !== 'graphql').length;
    const again = await runPush(m.fake, before, after, { env: { GITHUB_RUN_ATTEMPT: '2' } });
    expect(again.code, again.stdout).toBe(0);
    expect(m.fake.state(REPO).comments.length).toBe(comments);
    expect(m.fake.log.filter((e) => e.method !== 'GET' && e.operationId !== 'graphql').length).toBe(writes);

    // The register reopens A1.
    const reopened = await push(
      m,
      editedRegister().replace('due: 2026-12-01, status: done', 'due: 2026-12-01, status: open'),
    );
    expect(reopened.run.code, reopened.run.stdout).toBe(0);
    expect(byId(m.fake, 'A1').state).toBe('open');
    expect(followUps(m.fake)).toHaveLength(5);
  });

  it('a register deleted closes its open issues as not planned; a push touching no register does nothing', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    expect((await runMerge(m)).code).toBe(0);
    const before = m.fake.state(REPO).refs['refs/heads/main'] as string;
    const after = m.fake.commit(REPO, { 'README.md': 'changed\n' }, { branch: 'main' });
    const from = m.fake.log.length;
    const quiet = await runPush(m.fake, before, after);
    expect(quiet.code).toBe(0);
    expect(m.fake.log.slice(from).filter((e) => e.method !== 'GET' && e.operationId !== 'graphql')).toEqual(
      [],
    );
    const { run } = await push(m, null);
    expect(run.code, run.stdout).toBe(0);
    expect(followUps(m.fake).map((i) => [i.state, i.stateReason])).toEqual(
      Array.from({ length: 5 }, () => ['closed', 'not_planned']),
    );
  });

  it('a 502 and a secondary rate limit in the middle still end with each issue once, as the register says', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    expect((await runMerge(m)).code).toBe(0);
    m.fake.inject({ operationId: 'issues/update', status: 502, after: 1 });
    m.fake.inject({
      operationId: 'issues/create-comment',
      status: 403,
      after: 1,
      headers: { 'retry-after': '1', 'x-ratelimit-remaining': '4999' },
      body: {
        message: 'You have exceeded a secondary rate limit.',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      },
    });
    const { run } = await push(m, editedRegister());
    expect(run.code, run.stdout).toBe(0);
    expect(followUps(m.fake)).toHaveLength(5);
    expect(followUps(m.fake).filter((i) => i.state === 'closed')).toHaveLength(3);
    for (const issue of followUps(m.fake).filter((i) => i.state === 'closed'))
      expect(
        commentsOn(m.fake, issue.number).filter((c) => c.body.includes('decision-register:closed')),
      ).toHaveLength(1);
  });

  it('two concurrent runs on one push: each issue opened, closed and commented once; claims cleaned up', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    const before = m.fake.state(REPO).refs['refs/heads/main'] as string;
    // A push that adds a second register (5 new items) and edits the first.
    const second = cleanRegister({ prefix: 'B' });
    const after = m.fake.commit(
      REPO,
      { [PATH]: editedRegister(), 'decisions/second.yml': second },
      { branch: 'main' },
    );
    expect((await runMerge(m)).code).toBe(0);
    const [a, b] = await Promise.all([
      runPush(m.fake, before, after, { env: { GITHUB_RUN_ID: '1' } }),
      runPush(m.fake, before, after, { env: { GITHUB_RUN_ID: '2' } }),
    ]);
    expect([a.code, b.code], a.stdout + b.stdout).toEqual([0, 0]);
    const titles = followUps(m.fake).map((i) => i.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(followUps(m.fake)).toHaveLength(10);
    for (const issue of followUps(m.fake).filter((i) => i.state === 'closed'))
      expect(
        commentsOn(m.fake, issue.number).filter((c) => c.body.includes('decision-register:closed')),
      ).toHaveLength(1);
    expect(m.fake.state(REPO).commitComments).toEqual([]);
  });
});
