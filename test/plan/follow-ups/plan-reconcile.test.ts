import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/default-config.js';
import { parseRegister } from '../../../src/parse/parse-register.js';
import { textSimilarity } from '../../../src/plan/follow-ups/item-identity.js';
import { planFollowUps, renderFollowUpBody } from '../../../src/plan/follow-ups/plan-follow-ups.js';
import { type KnownIssue, planReconcile } from '../../../src/plan/follow-ups/plan-reconcile.js';

const FILE = 'decisions/r.yml';
const repo = { owner: 'acme', repo: 'd', serverUrl: 'https://github.com' };
const commit = { sha: 'abc123', url: 'https://github.com/acme/d/commit/abc123' };

function drafts(actions: string) {
  const text = `review:\n  title: R\n  date: 2026-11-24\nactions:\n${actions}`;
  const { register } = parseRegister(FILE, text, {});
  return planFollowUps({
    registers: [register],
    decisions: [],
    issuesFor: 'actions',
    config: defaultConfig(),
    repo,
    sha: 'abc123',
    allStates: true,
  });
}

/** The issues an earlier run opened for these drafts. */
function opened(ds: ReturnType<typeof drafts>, state: 'open' | 'closed' = 'open'): KnownIssue[] {
  return ds.map((d, i) => ({
    number: i + 1,
    url: `https://github.com/acme/d/issues/${i + 1}`,
    title: d.title,
    body: renderFollowUpBody(d, []),
    state,
  }));
}

const A1 = '  - { id: A1, title: Draft order, owner: "@lpark", due: 2026-12-01, status: STATUS }\n';
const a1 = (status: string, extra = '') =>
  A1.replace('STATUS', status).replace('Draft order', `Draft order${extra}`);

describe('planReconcile', () => {
  it('opens missing open items once, and nothing for items already done', () => {
    const after = drafts(a1('open') + a1('done').replace('A1', 'A2'));
    const plan = planReconcile({ drafts: after, before: [], issues: [], commit });
    expect(plan.steps.map((s) => [s.kind, s.key])).toEqual([['open', `${FILE}#A1`]]);
  });

  it('leaves an issue that matches the register alone', () => {
    const after = drafts(a1('open'));
    const plan = planReconcile({ drafts: after, before: after, issues: opened(after), commit });
    expect(plan.steps).toEqual([]);
    expect(plan.inSync).toHaveLength(1);
  });

  it('updates title, owner and due when they change', () => {
    const before = drafts(a1('open'));
    for (const edit of [
      a1('open', ' v2'),
      a1('open').replace('@lpark', '@dkim'),
      a1('open').replace('2026-12-01', '2026-12-09'),
    ]) {
      const plan = planReconcile({ drafts: drafts(edit), before, issues: opened(before), commit });
      expect(plan.steps.map((s) => s.kind)).toEqual(['update']);
    }
  });

  it('closes done as completed and dropped as not planned, naming the commit', () => {
    const before = drafts(a1('open'));
    const done = planReconcile({ drafts: drafts(a1('done')), before, issues: opened(before), commit });
    expect(done.steps).toMatchObject([{ kind: 'close', reason: 'completed', why: 'done' }]);
    expect(done.steps[0]!.kind === 'close' && done.steps[0]!.comment).toContain(commit.url);
    const dropped = planReconcile({ drafts: drafts(a1('dropped')), before, issues: opened(before), commit });
    expect(dropped.steps).toMatchObject([{ kind: 'close', reason: 'not_planned', why: 'dropped' }]);
  });

  it('closes an item removed from the register as not planned', () => {
    const before = drafts(a1('open') + a1('open').replace('A1', 'A2'));
    const plan = planReconcile({ drafts: drafts(a1('open')), before, issues: opened(before), commit });
    expect(plan.steps).toMatchObject([
      { kind: 'close', key: `${FILE}#A2`, reason: 'not_planned', why: 'removed' },
    ]);
  });

  it('reopens when the register reopens an item, but never an issue a person closed', () => {
    const wasDone = drafts(a1('done'));
    const reopened = planReconcile({
      drafts: drafts(a1('open')),
      before: wasDone,
      issues: opened(wasDone, 'closed'),
      commit,
    });
    expect(reopened.steps.map((s) => s.kind)).toEqual(['reopen']);
    const open = drafts(a1('open'));
    const personClosed = planReconcile({
      drafts: open,
      before: open,
      issues: opened(open, 'closed'),
      commit,
    });
    expect(personClosed.steps).toEqual([]);
  });

  it('does not close again an issue a person reopened after the item was done', () => {
    const done = drafts(a1('done'));
    expect(planReconcile({ drafts: done, before: done, issues: opened(done), commit }).steps).toEqual([]);
  });

  it('matches an item without an id by its text, tolerating a typo, and writes the new identity', () => {
    const item = (title: string) => `  - { title: ${title}, owner: "@lpark", status: open }\n`;
    const before = drafts(item('Draft the workload order'));
    const after = drafts(item('Draft the workload ordre'));
    expect(after[0]!.key).toBe(`${FILE}#~draft the workload ordre`);
    const plan = planReconcile({ drafts: after, before, issues: opened(before), commit });
    expect(plan.steps).toMatchObject([{ kind: 'update', changes: ['title', 'owner or due', 'identity'] }]);
    const reworded = planReconcile({
      drafts: drafts(item('Book the deep dive')),
      before,
      issues: opened(before),
      commit,
    });
    expect(reworded.steps.map((s) => s.kind).sort()).toEqual(['close', 'open']);
  });

  it('uses a written-back issue number, and reports one that is not ours without touching it', () => {
    const after = drafts(a1('open')).map((d) => ({ ...d, issue: 7 }));
    const plan = planReconcile({ drafts: after, before: after, issues: [], commit });
    expect(plan.problems[0]).toMatch(/#7 is not a follow-up issue this tool opened/);
    expect(plan.steps.map((s) => s.kind)).toEqual(['open']);
  });

  it('documents the fuzzy ratio on the examples it names', () => {
    expect(textSimilarity('draft workload order', 'draft the workload order')).toBeGreaterThanOrEqual(0.8);
    expect(textSimilarity('draft workload order', 'book workload review')).toBeLessThan(0.8);
  });
});
