import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_RUN_NAME } from '../../src/flows/review/check-pull-request.js';
import { markerFor } from '../../src/plan/comment-marker.js';
import type { GitHubFake } from '../github-fake/index.js';
import { checkRunRerequestedPayload, issuesOpenedPayload } from '../support/webhook-payloads.js';
import { startHarness } from './probot-harness.js';
import {
  APP_ID,
  BOT_LOGIN,
  cleanRegister,
  followUpRegister,
  NAME,
  OWNER,
  REPO,
  seedMerge,
  seedPull,
  vagueRegister,
} from './scenario.js';

let fake: GitHubFake | undefined;
afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

type Harness = Awaited<ReturnType<typeof startHarness>>;
const receive = (h: Harness, name: string, payload: unknown, id: string) =>
  h.probot.receive({ id, name, payload } as never);

async function harness(deps: Parameters<typeof startHarness>[0] = {}) {
  const h = await startHarness(deps);
  fake = h.fake;
  return h;
}

describe('pull_request review', () => {
  it('completes a failing "Decision register" check run with every finding annotated, 50 per request', async () => {
    const h = await harness();
    const pull = seedPull(h.fake, { before: cleanRegister(), after: vagueRegister(120) });
    await receive(h, 'pull_request', pull.payload, 'delivery-1');

    const [run, ...others] = h.fake.state(REPO).checkRuns;
    expect(others).toEqual([]);
    expect(run).toMatchObject({
      name: CHECK_RUN_NAME,
      headSha: pull.headSha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run?.app.login).toBe(BOT_LOGIN);
    expect(run?.annotations).toHaveLength(120);
    expect(new Set(run?.annotations.map((a) => a.start_line)).size).toBe(120);
    expect(run?.updates).toBe(3);
    expect(run?.output.title).toBe('120 errors');

    const comments = h.fake.state(REPO).comments.filter((c) => c.body.includes(markerFor('review')));
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ issueNumber: pull.number, user: { login: BOT_LOGIN } });
  });

  it('keeps one sticky comment across pushes and passes once fixed', async () => {
    const h = await harness();
    const broken = seedPull(h.fake, { before: cleanRegister(), after: vagueRegister(2) });
    await receive(h, 'pull_request', broken.payload, 'delivery-1');
    const fixedHead = h.fake.commit(
      REPO,
      { 'decisions/2030-01-06.yml': cleanRegister() },
      { parent: broken.headSha },
    );
    const fixed = {
      ...broken.payload,
      pull_request: {
        ...broken.payload.pull_request,
        head: { ...broken.payload.pull_request.head, sha: fixedHead },
      },
    };
    await receive(h, 'pull_request', fixed, 'delivery-2');

    const state = h.fake.state(REPO);
    expect(state.checkRuns.map((r) => r.conclusion)).toEqual(['failure', 'success']);
    const comments = state.comments.filter((c) => c.body.includes(markerFor('review')));
    expect(comments).toHaveLength(1);
  });

  it('skips a delivery id it has already handled (redelivery)', async () => {
    const h = await harness();
    const pull = seedPull(h.fake, { before: cleanRegister(), after: vagueRegister(1) });
    await receive(h, 'pull_request', pull.payload, 'delivery-1');
    const requests = h.fake.requestCount;
    await receive(h, 'pull_request', pull.payload, 'delivery-1');
    expect(h.fake.requestCount).toBe(requests);
    expect(h.fake.state(REPO).checkRuns).toHaveLength(1);
    expect(h.capture.text()).toContain('Delivery delivery-1 (pull_request.synchronize) was already handled');
  });

  it('turns a bad config into an action_required check run naming the key', async () => {
    const h = await harness();
    const pull = seedPull(h.fake, {
      before: cleanRegister(),
      after: vagueRegister(1),
      config: 'rules:\n  owner-vague: loud\n',
    });
    await receive(h, 'pull_request', pull.payload, 'delivery-1');
    const [run] = h.fake.state(REPO).checkRuns;
    expect(run).toMatchObject({ name: CHECK_RUN_NAME, status: 'completed', conclusion: 'action_required' });
    expect(run?.output.summary).toContain('rules.owner-vague');
    expect(run?.output.summary).toContain('.github/decision-register.yml');
    expect(h.fake.state(REPO).comments).toEqual([]);
  });

  it("falls back to the organisation's .github repository, app section included", async () => {
    const h = await harness();
    h.fake.addRepo(`${OWNER}/.github`);
    h.fake.commit(`${OWNER}/.github`, { '.github/decision-register.yml': 'app:\n  fail-on: never\n' });
    const pull = seedPull(h.fake, { before: cleanRegister(), after: vagueRegister(1) });
    await receive(h, 'pull_request', pull.payload, 'delivery-1');
    // Errors remain, but fail-on: never lets them pass: neutral, still visible.
    expect(h.fake.state(REPO).checkRuns.map((r) => r.conclusion)).toEqual(['neutral']);
  });

  it('follows _extends to another repository', async () => {
    const h = await harness();
    h.fake.addRepo(`${OWNER}/policy`);
    h.fake.commit(`${OWNER}/policy`, { '.github/decision-register.yml': 'rules:\n  owner-vague: warning\n' });
    const pull = seedPull(h.fake, {
      before: cleanRegister(),
      after: vagueRegister(1),
      config: '_extends: policy\n',
    });
    await receive(h, 'pull_request', pull.payload, 'delivery-1');
    const [run] = h.fake.state(REPO).checkRuns;
    expect(run).toMatchObject({ conclusion: 'success', output: { title: '1 warning' } });
  });

  it('answers a failure with a DeliveryError (HTTP 500) logged with the delivery id, and closes the run', async () => {
    const h = await harness();
    const pull = seedPull(h.fake, { before: cleanRegister(), after: vagueRegister(1) });
    h.fake.inject({ operationId: 'pulls/list-files', status: 404 });
    const failure = await receive(h, 'pull_request', pull.payload, 'delivery-broken').then(
      () => undefined,
      (error: unknown) => error,
    );
    const inner = (failure as AggregateError).errors?.[0] as { status?: number; message?: string };
    expect(inner?.status).toBe(500);
    expect(inner?.message).toContain('delivery delivery-broken (pull_request.synchronize) failed');
    const logged = h.capture.lines.find(
      (line) => line.level === 'error' && line.msg.includes('delivery-broken'),
    );
    expect(logged?.fields).toMatchObject({ delivery: 'delivery-broken', event: 'pull_request.synchronize' });
    expect(h.fake.state(REPO).checkRuns.map((r) => [r.status, r.conclusion])).toEqual([
      ['completed', 'neutral'],
    ]);

    // The id was forgotten: GitHub's redelivery is handled, and now succeeds.
    await receive(h, 'pull_request', pull.payload, 'delivery-broken');
    expect(h.fake.state(REPO).checkRuns.map((r) => r.conclusion)).toEqual(['neutral', 'failure']);
  });
});

describe('check_run.rerequested', () => {
  it('reviews the pull request again in a new check run', async () => {
    const h = await harness();
    const pull = seedPull(h.fake, { before: cleanRegister(), after: vagueRegister(1) });
    await receive(h, 'pull_request', pull.payload, 'delivery-1');
    const rerun = checkRunRerequestedPayload({
      owner: OWNER,
      repo: NAME,
      number: pull.number,
      headSha: pull.headSha,
      baseSha: pull.baseSha,
      checkName: CHECK_RUN_NAME,
      appId: APP_ID,
    });
    await receive(h, 'check_run', rerun, 'delivery-2');
    const runs = h.fake.state(REPO).checkRuns;
    expect(runs.map((r) => [r.name, r.headSha, r.conclusion])).toEqual([
      [CHECK_RUN_NAME, pull.headSha, 'failure'],
      [CHECK_RUN_NAME, pull.headSha, 'failure'],
    ]);
  });

  it("ignores another app's check run and another name", async () => {
    const h = await harness();
    const pull = seedPull(h.fake, { before: cleanRegister(), after: vagueRegister(1) });
    const params = {
      owner: OWNER,
      repo: NAME,
      number: pull.number,
      headSha: pull.headSha,
      baseSha: pull.baseSha,
    };
    await receive(
      h,
      'check_run',
      checkRunRerequestedPayload({ ...params, checkName: CHECK_RUN_NAME, appId: 99 }),
      'd-1',
    );
    await receive(
      h,
      'check_run',
      checkRunRerequestedPayload({ ...params, checkName: 'lint', appId: APP_ID }),
      'd-2',
    );
    expect(h.fake.state(REPO).checkRuns).toEqual([]);
  });
});

describe('merged pull request', () => {
  it('opens one issue per follow-up item, once, even for two concurrent deliveries and a redelivery', async () => {
    const h = await harness();
    const merge = seedMerge(h.fake, followUpRegister(3, 2));
    await Promise.all([
      receive(h, 'pull_request', merge.payload, 'merge-a'),
      receive(h, 'pull_request', merge.payload, 'merge-b'),
    ]);
    await receive(h, 'pull_request', merge.payload, 'merge-a');
    const state = h.fake.state(REPO);
    const issues = state.issues.filter((i) => !i.isPull);
    expect(issues.map((i) => i.title.replace(/ \(due .*\)$/, '')).sort()).toEqual([
      '[A1] Action 1',
      '[A2] Action 2',
      '[O1] Output 1',
      '[O2] Output 2',
      '[O3] Output 3',
    ]);
    const linkBack = state.comments.filter((c) => c.body.includes(markerFor('followups')));
    expect(linkBack).toHaveLength(1);
    expect(linkBack[0]?.issueNumber).toBe(merge.number);
  });

  it('does nothing for a pull request closed without merging', async () => {
    const h = await harness();
    const merge = seedMerge(h.fake, followUpRegister(1, 1));
    const unmerged = {
      ...merge.payload,
      pull_request: { ...merge.payload.pull_request, merged: false, merged_at: null, merged_by: null },
    };
    const before = h.fake.requestCount;
    await receive(h, 'pull_request', unmerged, 'closed-1');
    expect(h.fake.requestCount).toBe(before);
  });

  it('holds back a batch over max-issues and says so in an action_required check run', async () => {
    const h = await harness();
    const merge = seedMerge(h.fake, followUpRegister(2, 2), { config: 'app:\n  max-issues: 3\n' });
    await receive(h, 'pull_request', merge.payload, 'merge-1');
    const state = h.fake.state(REPO);
    expect(state.issues.filter((i) => !i.isPull)).toEqual([]);
    expect(state.checkRuns).toHaveLength(1);
    expect(state.checkRuns[0]).toMatchObject({ headSha: merge.mergeSha, conclusion: 'action_required' });
  });
});

describe('other events', () => {
  it('acknowledges an event it does not handle without calling GitHub', async () => {
    const h = await harness();
    await receive(h, 'issues', issuesOpenedPayload({ owner: OWNER, repo: NAME }), 'issue-1');
    expect(h.fake.requestCount).toBe(0);
  });
});
