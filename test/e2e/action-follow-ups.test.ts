// Follow-up issues on merge: dist/index.js under Node 24 on a merged pull_request.closed event,
// against the OpenAPI-checked fake. Each scenario asserts the fake's final issue list.
import { describe, expect, it } from 'vitest';
import { runActionProcess } from '../support/run-action.js';
import { pushPayload } from '../support/webhook-payloads.js';
import { NAME, OWNER, printRequests, REPO, TODAY } from './action-harness.js';
import { followUps, KEYS, keyOf, mergedPull, PATH, runMerge } from './follow-ups-harness.js';

// Concurrent: most of each scenario is the throttling plugin's pause between content-creating writes.
describe.concurrent('follow-up issues on merge', { timeout: 120_000 }, () => {
  it('opens 5 issues (3 follow-up outputs + 2 actions), assigned and labelled, and links them back', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    const run = await runMerge(m);
    printRequests('merge, 5 issues', m.fake);
    expect(run.code, run.stdout).toBe(0);
    const issues = followUps(m.fake);
    expect(issues.map((i) => i.title).sort()).toEqual([
      '[A1] Draft workload order (due 2026-12-01)',
      '[A2] Book the identity deep-dive (due 2026-12-02)',
      '[O2] Updated Status Dashboard (due 2026-12-08)',
      '[O3] Program plan (due 2026-12-08)',
      '[O4] Readiness checklist (due 2026-12-05)',
    ]);
    expect(issues.map((i) => keyOf(i.body)).sort()).toEqual([...KEYS].sort());
    expect(issues.every((i) => i.labels.includes('follow-up'))).toBe(true);
    const a1 = issues.find((i) => i.title.startsWith('[A1]'))!;
    expect(a1.assignees).toEqual(['lpark']);
    expect(a1.body).toContain('Operationalization review');
    expect(a1.body).toContain(`blob/${m.mergeSha}/${PATH}#L`);
    expect(a1.body).toContain(`/pull/${m.number}`);
    expect(a1.body).toMatch(/Serves decision:\*\* D1/);
    const links = m.fake.state(REPO).comments.filter((c) => c.body.includes('decision-register:followups'));
    expect(links).toHaveLength(1);
    expect(links[0]!.body).toContain('5 of 5 tracked');
    expect(JSON.parse(run.outputs['created-issues']!)).toHaveLength(5);
    expect(JSON.parse(run.outputs['existing-issues']!)).toEqual([]);

    const before = m.fake.log.length;
    const again = await runMerge(m);
    printRequests('merge re-run', m.fake, before);
    expect(again.code).toBe(0);
    expect(followUps(m.fake)).toHaveLength(5);
    expect(JSON.parse(again.outputs['created-issues']!)).toEqual([]);
    expect(JSON.parse(again.outputs['existing-issues']!)).toHaveLength(5);
    expect(m.fake.countBy('search/issues-and-pull-requests')).toBe(0);
  });

  it('after a failure on the 4th create, a re-run creates exactly the rest', async ({ onTestFinished }) => {
    const m = await mergedPull(onTestFinished);
    const fault = m.fake.inject({
      operationId: 'issues/create',
      status: 500,
      after: 3,
      times: Number.POSITIVE_INFINITY,
    });
    const failed = await runMerge(m);
    expect(failed.code).toBe(1);
    expect(followUps(m.fake)).toHaveLength(3);
    fault.cancel();
    const rerun = await runMerge(m);
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(JSON.parse(rerun.outputs['created-issues']!)).toHaveLength(2);
    expect(
      followUps(m.fake)
        .map((i) => keyOf(i.body))
        .sort(),
    ).toEqual([...KEYS].sort());
  });

  it('a create answered 502 after it happened is not duplicated', async ({ onTestFinished }) => {
    const m = await mergedPull(onTestFinished);
    m.fake.inject({ operationId: 'issues/create', status: 502, thenApply: true });
    const run = await runMerge(m);
    expect(run.code, run.stdout).toBe(0);
    expect(followUps(m.fake)).toHaveLength(5);
  });

  it('two concurrent runs create each issue once', async ({ onTestFinished }) => {
    const m = await mergedPull(onTestFinished);
    const [a, b] = await Promise.all([runMerge(m), runMerge(m)]);
    printRequests('two concurrent merge runs', m.fake);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(
      followUps(m.fake)
        .map((i) => keyOf(i.body))
        .sort(),
    ).toEqual([...KEYS].sort());
    expect(m.fake.state(REPO).comments.filter((c) => c.body.includes('decision-register:claim'))).toEqual([]);
  });

  it('mentions an owner who cannot be assigned (404) instead of failing', async ({ onTestFinished }) => {
    const m = await mergedPull(onTestFinished);
    m.fake.setAssignable(REPO, ['dkim']);
    const run = await runMerge(m);
    expect(run.code, run.stdout).toBe(0);
    const a1 = followUps(m.fake).find((i) => i.title.startsWith('[A1]'))!;
    expect(a1.assignees).toEqual([]);
    expect(a1.body).toContain('@lpark (not assignable');
    expect(run.annotations.some((a) => a.level === 'warning' && a.message.includes('lpark'))).toBe(true);
  });

  it('opens issues without the label when creating it is forbidden', async ({ onTestFinished }) => {
    const m = await mergedPull(onTestFinished);
    m.fake.setPermission('labels', 'read');
    const run = await runMerge(m);
    expect(run.code, run.stdout).toBe(0);
    expect(followUps(m.fake)).toHaveLength(5);
    expect(followUps(m.fake).every((i) => i.labels.length === 0)).toBe(true);
    expect(run.annotations.some((a) => a.level === 'warning' && /forbidden/.test(a.message))).toBe(true);
    const again = await runMerge(m);
    expect(again.code).toBe(0);
    expect(followUps(m.fake)).toHaveLength(5);
  });

  it('creates nothing and fails when more than max-issues are missing', async ({ onTestFinished }) => {
    const m = await mergedPull(onTestFinished);
    const run = await runMerge(m, { 'max-issues': '4' });
    expect(run.code).toBe(1);
    expect(run.failure).toMatch(/5 follow-up issues are missing, more than max-issues \(4\)/);
    expect(followUps(m.fake)).toHaveLength(0);
    expect(run.summary).toContain('Readiness checklist');
  });

  it('dry-run prints what it would create and changes nothing', async ({ onTestFinished }) => {
    const m = await mergedPull(onTestFinished);
    const run = await runMerge(m, { 'dry-run': 'true' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('would open "[O4] Readiness checklist (due 2026-12-05)"');
    expect(followUps(m.fake)).toHaveLength(0);
    // Nothing but reads (the GraphQL `viewer` query is one: who the token is).
    expect(m.fake.log.filter((e) => e.method !== 'GET' && e.operationId !== 'graphql')).toEqual([]);
  });

  it('does nothing for a pull request closed without merging', async ({ onTestFinished }) => {
    const m = await mergedPull(onTestFinished, { merged: false });
    const run = await runMerge(m);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('closed without merging');
    expect(m.fake.log).toEqual([]);
  });

  it('opens the issues of a push to the default branch, from its before/after range', async ({
    onTestFinished,
  }) => {
    const m = await mergedPull(onTestFinished);
    const payload = pushPayload({ owner: OWNER, repo: NAME, baseSha: m.baseSha, headSha: m.mergeSha });
    const run = await runActionProcess({
      apiUrl: m.fake.url,
      token: m.fake.token,
      eventName: 'push',
      payload,
      repository: REPO,
      sha: m.mergeSha,
      inputs: { today: TODAY },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(m.fake.countBy('repos/compare-commits')).toBe(1);
    expect(
      followUps(m.fake)
        .map((i) => keyOf(i.body))
        .sort(),
    ).toEqual([...KEYS].sort());
    // No pull request to link back to, so no comment and no claim.
    expect(m.fake.state(REPO).comments).toEqual([]);
  });

  it('does not re-create or re-open an issue a person closed', async ({ onTestFinished }) => {
    const m = await mergedPull(onTestFinished);
    await runMerge(m);
    const o2 = followUps(m.fake).find((i) => i.title.startsWith('[O2]'))!;
    m.fake.closeIssue(REPO, o2.number);
    const run = await runMerge(m);
    expect(run.code).toBe(0);
    expect(followUps(m.fake)).toHaveLength(5);
    expect(followUps(m.fake).find((i) => i.number === o2.number)!.state).toBe('closed');
  });
});
