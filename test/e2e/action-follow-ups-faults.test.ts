// Follow-up issues under hostile objects and faults (#15): planted issues and claims by others,
// a label created between runs, a run killed halfway, oversized items, one item refused.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { REPO } from './action-harness.js';
import { followUps, KEYS, keyOf, mergedPull, PATH, runMerge } from './follow-ups-harness.js';
import { cleanRegister } from './registers.js';

const markerOf = (key: string) =>
  `<!-- decision-register:followup:${encodeURIComponent(key).replaceAll('-', '%2D')} -->`;

describe.concurrent('follow-up issues: foreign objects and faults', { timeout: 120_000 }, () => {
  it('ignores planted issues carrying the marker (any author, open or closed, labelled or not) and logs them', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    const a1 = KEYS[0] as string;
    const a2 = KEYS[1] as string;
    const o2 = KEYS[2] as string;
    m.fake.addIssue(REPO, { title: 'planted', body: markerOf(a1), user: 'mallory', labels: ['follow-up'] });
    m.fake.addIssue(REPO, { title: 'planted', body: markerOf(a2), user: 'other-app[bot]', state: 'closed' });
    m.fake.addIssue(REPO, {
      title: 'planted',
      body: markerOf(o2),
      user: 'mallory',
      state: 'closed',
      labels: ['follow-up'],
    });
    const run = await runMerge(m);
    expect(run.code, run.stdout).toBe(0);
    const ours = followUps(m.fake).filter((i) => i.user.login === 'github-actions[bot]');
    expect(ours.map((i) => keyOf(i.body)).sort()).toEqual([...KEYS].sort());
    expect(JSON.parse(run.outputs['created-issues']!)).toHaveLength(5);
    // Planted issues are never edited.
    expect(
      followUps(m.fake)
        .filter((i) => i.title === 'planted')
        .every((i) => i.body?.startsWith('<!--')),
    ).toBe(true);
    expect(m.fake.countBy('issues/update')).toBe(0);
    expect(
      m.fake.log.some(
        (e) => e.operationId === 'issues/list-for-repo' && e.query.creator === 'github-actions[bot]',
      ),
    ).toBe(true);
  });

  it('lists without creator and logs foreign issues when the login is unknown', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    m.fake.addIssue(REPO, { title: 'planted', body: markerOf(KEYS[0] as string), user: 'mallory' });
    m.fake.inject({ operationId: 'graphql', status: 404, times: Number.POSITIVE_INFINITY });
    const run = await runMerge(m);
    expect(run.code, run.stdout).toBe(0);
    expect(followUps(m.fake).filter((i) => i.user.login === 'github-actions[bot]')).toHaveLength(5);
    expect(
      run.annotations.some((a) => a.level === 'warning' && /Ignoring #\d+ by mallory/.test(a.message)),
    ).toBe(true);
  });

  it("another bot's claim comment on the merged pull request blocks nothing", async ({ onTestFinished }) => {
    const m = await mergedPull(onTestFinished);
    m.fake.addComment(REPO, m.number, '<!-- decision-register:claim -->\nmine now', 'other-app[bot]');
    const run = await runMerge(m);
    expect(run.code, run.stdout).toBe(0);
    expect(followUps(m.fake)).toHaveLength(5);
    expect(
      run.annotations.some(
        (a) => a.level === 'warning' && /claim comment .* by other-app\[bot\]/.test(a.message),
      ),
    ).toBe(true);
    // The foreign comment is left as it was.
    expect(m.fake.state(REPO).comments.filter((c) => c.user.login === 'other-app[bot]')).toHaveLength(1);
  });

  it('label refused (403), then created by an admin, then re-run: no duplicates', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    m.fake.setPermission('labels', 'read');
    const first = await runMerge(m);
    expect(first.code, first.stdout).toBe(0);
    expect(followUps(m.fake)).toHaveLength(5);
    m.fake.addLabel(REPO, 'follow-up');
    m.fake.setPermission('labels', 'write');
    const again = await runMerge(m);
    expect(again.code, again.stdout).toBe(0);
    expect(followUps(m.fake)).toHaveLength(5);
    expect(JSON.parse(again.outputs['existing-issues']!)).toHaveLength(5);
  });

  it('a run killed after 2 of 5 issues, re-run at once (next attempt), opens the other 3, none twice', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    // The third create hangs; the run is killed while it waits.
    m.fake.inject({ operationId: 'issues/create', after: 2, delayMs: 60_000 });
    const abort = new AbortController();
    const env = { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1' };
    const killed = runMerge(m, {}, { env, signal: abort.signal });
    for (let i = 0; i < 600 && m.fake.countBy('issues/create') < 2; i++) await sleep(50);
    await sleep(300);
    abort.abort();
    const dead = await killed;
    expect(dead.code).not.toBe(0);
    expect(followUps(m.fake)).toHaveLength(2);
    m.fake.clearFaults();
    const rerun = await runMerge(m, {}, { env: { ...env, GITHUB_RUN_ATTEMPT: '2' } });
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(JSON.parse(rerun.outputs['created-issues']!)).toHaveLength(3);
    expect(
      followUps(m.fake)
        .map((i) => keyOf(i.body))
        .sort(),
    ).toEqual([...KEYS].sort());
    // The dead run's claim was taken over and removed.
    expect(m.fake.state(REPO).comments.filter((c) => c.body.includes('decision-register:claim'))).toEqual([]);
  });

  it('caps a 70,000-character title and body with a visible note; every item opens', async ({
    onTestFinished,
  }) => {
    const long = 'x'.repeat(70_000);
    const register = cleanRegister().replace('title: Draft workload order', `title: ${long}`);
    const m = await mergedPull(onTestFinished, { register });
    const run = await runMerge(m);
    expect(run.code, run.stdout).toBe(0);
    const issues = followUps(m.fake);
    expect(issues).toHaveLength(5);
    const a1 = issues.find((i) => keyOf(i.body) === `${PATH}#A1`)!;
    expect(a1.title.length).toBeLessThanOrEqual(256);
    expect(a1.title.endsWith('… (truncated)')).toBe(true);
    expect(a1.body!.length).toBeLessThanOrEqual(65_536);
    expect(a1.body).toContain('…truncated');
  });

  it('one item refused (422) never stops the others; it is reported, the run fails, a re-run opens it', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    // The second create and its unassigned retry are refused.
    m.fake.inject({ operationId: 'issues/create', status: 422, after: 1, times: 2 });
    const run = await runMerge(m);
    expect(run.code).toBe(1);
    const opened = followUps(m.fake).length;
    expect(opened).toBeGreaterThanOrEqual(3);
    expect(opened).toBeLessThan(5);
    expect(run.failure).toMatch(/could not be opened/);
    expect(run.summary).toMatch(/could not be opened/);
    const again = await runMerge(m);
    expect(again.code, again.stdout).toBe(0);
    expect(
      followUps(m.fake)
        .map((i) => keyOf(i.body))
        .sort(),
    ).toEqual([...KEYS].sort());
  });
});
