// #11 point 6 for the planning features: concurrent runs, a run cut off halfway and re-run, a 5xx
// or a secondary rate limit mid-run — each ends with one issue per item, one tracking issue, each
// item once among its sub-issues, and the project cards set.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/flows/logger.js';
import { commitClaim } from '../../src/github/pull-request-claim.js';
import { authoredBy } from '../../src/github/sticky-comment.js';
import { secondaryRateLimit } from '../github-fake/index.js';
import {
  issuesOf,
  planningRegister,
  REPO,
  type Scenario,
  scenario,
  subIssues,
  trackingIssues,
} from './planning-harness.js';

/** The end state every scenario must reach. */
function expectExactlyOnce(s: Scenario) {
  const items = issuesOf(s.fake).filter((i) => !i.title.startsWith('Follow-ups:'));
  expect(items.map((i) => i.title.slice(0, 4)).sort()).toEqual(['[A1]', '[A2]', '[O3]']);
  expect(trackingIssues(s.fake)).toHaveLength(1);
  const children = subIssues(s.fake);
  expect(new Set(children).size).toBe(children.length);
  expect(children.sort((a, b) => a - b)).toEqual(items.map((i) => i.number).sort((a, b) => a - b));
  const cards = s.fake.planning.projects[0]?.cards ?? [];
  expect(new Set(cards.map((c) => c.contentId)).size).toBe(3);
  expect(cards.every((c) => c.values.size === 2)).toBe(true);
}

const succeeded = (s: Scenario, op: string) =>
  s.fake.log.filter((e) => e.operationId === op && e.status >= 200 && e.status < 300).length;

describe.concurrent('planning under faults', { timeout: 90_000 }, () => {
  it('two concurrent runs on one push: one tracking issue, each sub-issue linked once', async ({
    onTestFinished,
  }) => {
    const s = await scenario(onTestFinished);
    const range = s.push(planningRegister());
    const run = (id: string) =>
      s.run(range, {
        claim: commitClaim(
          s.port,
          range.sha,
          { run: id, attempt: 1 },
          authoredBy('github-actions[bot]'),
          silentLogger,
        ),
      });
    const [a, b] = await Promise.all([run('101'), run('102')]);
    expect([a.failed, b.failed]).toEqual([[], []]);
    // They did race: one left the items (and the tracking issue) to the other.
    expect([a, b].some((o) => o.claimedElsewhere.length > 0)).toBe(true);
    // Whoever lost the claim finishes on its next run (the app retries; a workflow re-runs).
    await s.run(range);
    expectExactlyOnce(s);
    expect(succeeded(s, 'issues/add-sub-issue')).toBe(3);
  });

  it('a run cut off halfway (connection reset while linking) and re-run finishes without adding anything twice', async ({
    onTestFinished,
  }) => {
    const s = await scenario(onTestFinished);
    const range = s.push(planningRegister());
    s.fake.inject({ operationId: 'issues/add-sub-issue', after: 1, reset: true, times: Infinity });
    s.fake.inject({ operationId: 'graphql', after: 3, reset: true, times: Infinity });
    const first = await s.run(range);
    expect(first.failed).toEqual([]);
    expect(first.planning?.problems.length).toBeGreaterThan(0);
    expect(subIssues(s.fake)).toHaveLength(1);
    s.fake.clearFaults();
    const second = await s.run(range);
    expect(second.planning?.problems).toEqual([]);
    expectExactlyOnce(s);
    expect(succeeded(s, 'issues/add-sub-issue')).toBe(3);
  });

  it('a 5xx after the tracking issue was created (answer lost) re-lists instead of opening a second one', async ({
    onTestFinished,
  }) => {
    const s = await scenario(onTestFinished);
    const range = s.push(planningRegister());
    // The three items are created first; the fourth create is the tracking issue.
    const fault = s.fake.inject({ operationId: 'issues/create', after: 3, status: 502, thenApply: true });
    const outcome = await s.run(range);
    expect(fault.fired).toBe(1);
    expect(outcome.planning?.tracking).toHaveLength(1);
    expectExactlyOnce(s);
  });

  it('a secondary rate limit and a 5xx in the middle of the project writes: the rest goes on, the next run completes', async ({
    onTestFinished,
  }) => {
    const s = await scenario(onTestFinished);
    const range = s.push(planningRegister());
    s.fake.inject({ operationId: 'graphql', after: 3, ...secondaryRateLimit() });
    s.fake.inject({ operationId: 'issues/list-dependencies-blocked-by', status: 503 });
    const first = await s.run(range);
    expect(first.failed).toEqual([]);
    expect(first.planning?.problems.length).toBe(2);
    await s.run(range);
    expectExactlyOnce(s);
    const [tracking] = trackingIssues(s.fake);
    expect(
      s.fake.planning.blockerNumbers(REPO, issuesOf(s.fake).find((i) => i.title.startsWith('[A1]'))!.number),
    ).toHaveLength(1);
    expect(tracking).toBeDefined();
  });
});
