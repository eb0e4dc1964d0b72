// #11 point 4: a tracking issue per meeting with every item as a sub-issue, blocked-by
// dependencies from decision dependencies, Projects v2 date/status fields; GHES fallback.
import { describe, expect, it } from 'vitest';
import {
  blockersOf,
  FILE,
  issuesOf,
  itemIssue,
  planningRegister,
  REPO,
  scenario,
  subIssues,
  trackingIssues,
} from './planning-harness.js';

const cardsOf = (s: Awaited<ReturnType<typeof scenario>>) => {
  const [project] = s.fake.planning.projects;
  if (!project) throw new Error('no project');
  const name = (fieldId: string) => project.fields.find((f) => f.id === fieldId)?.name;
  const option = (id?: string) =>
    project.fields.flatMap((f) => f.options ?? []).find((o) => o.id === id)?.name;
  return project.cards.map((card) => {
    const issue = s.fake.planning.issueByNodeId(card.contentId);
    const values = Object.fromEntries(
      [...card.values].map(([id, v]) => [name(id), v.date ?? option(v.optionId)] as const),
    );
    return { title: issue?.title.split(' ')[0], ...values };
  });
};

describe.concurrent('planning features', { timeout: 60_000 }, () => {
  it('opens one tracking issue with every item as a sub-issue, blockers from decision dependencies, and project cards; a re-run adds nothing', async ({
    onTestFinished,
  }) => {
    const s = await scenario(onTestFinished);
    const outcome = await s.run(s.push(planningRegister()));
    expect(outcome.failed).toEqual([]);
    const [tracking, ...others] = trackingIssues(s.fake);
    expect(others).toEqual([]);
    expect(tracking?.title).toBe('Follow-ups: Planning review');
    expect(tracking?.body).toContain(FILE);
    const items = ['A1', 'A2', 'O3'].map((id) => itemIssue(s.fake, id).number).sort((a, b) => a - b);
    expect(subIssues(s.fake).sort((a, b) => a - b)).toEqual(items);
    const a2 = itemIssue(s.fake, 'A2').number;
    expect(blockersOf(s.fake, 'A1')).toEqual([a2]);
    expect(blockersOf(s.fake, 'O3')).toEqual([a2]);
    expect(blockersOf(s.fake, 'A2')).toEqual([]);
    expect(cardsOf(s).sort((a, b) => String(a.title).localeCompare(String(b.title)))).toEqual([
      { title: '[A1]', Due: '2026-12-01', Status: 'Todo' },
      { title: '[A2]', Due: '2026-12-02', Status: 'Todo' },
      { title: '[O3]', Due: '2026-12-08', Status: 'Todo' },
    ]);
    expect(outcome.planning?.tracking.map((t) => t.number)).toEqual([tracking?.number]);

    // Re-run of the same push: nothing is added twice, and no write is made.
    const from = s.fake.log.length;
    const again = await s.run({
      sha: s.fake.state(REPO).refs['refs/heads/main'] as string,
      before: s.fake.state(REPO).commits[0]!.sha,
    });
    const writes = s.fake.log.slice(from).filter((e) => e.method !== 'GET' && e.operationId !== 'graphql');
    expect(writes.map((e) => e.operationId)).toEqual([]);
    expect(again.planning).toMatchObject({
      subIssuesAdded: 0,
      blockersAdded: 0,
      projectAdded: 0,
      projectFieldsSet: 0,
    });
    expect(issuesOf(s.fake)).toHaveLength(4);
    expect(subIssues(s.fake)).toHaveLength(3);
    expect(s.fake.planning.projects[0]?.cards).toHaveLength(3);
  });

  it('a push that marks an item done moves its project status and ticks nothing else; only the changed item costs requests', async ({
    onTestFinished,
  }) => {
    const s = await scenario(onTestFinished);
    await s.run(s.push(planningRegister()));
    const from = s.fake.log.length;
    await s.run(
      s.push(
        planningRegister((t) =>
          t.replace(
            'due: 2026-12-02, status: open, decision: D2',
            'due: 2026-12-02, status: done, decision: D2',
          ),
        ),
      ),
    );
    const ops = s.fake.log.slice(from).map((e) => e.operationId);
    expect(
      ops.filter((op) => op === 'issues/add-sub-issue' || op === 'issues/add-blocked-by-dependency'),
    ).toEqual([]);
    expect(itemIssue(s.fake, 'A2').state).toBe('closed');
    expect(cardsOf(s).find((c) => c.title === '[A2]')?.Status).toBe('Done');
    expect(trackingIssues(s.fake)[0]?.body).toContain('2 of 3 open');
  });

  it('on a GitHub without sub-issues and dependencies (GHES) the tracking issue lists the items as a task list, with one log line each, and the run succeeds', async ({
    onTestFinished,
  }) => {
    const s = await scenario(onTestFinished, { config: 'tracking_issue: true\n', project: false });
    s.fake.disable('sub-issues');
    s.fake.disable('dependencies');
    const outcome = await s.run(s.push(planningRegister()));
    expect(outcome.failed).toEqual([]);
    const [tracking] = trackingIssues(s.fake);
    const a1 = itemIssue(s.fake, 'A1').number;
    const a2 = itemIssue(s.fake, 'A2').number;
    expect(tracking?.body).toContain(`- [ ] #${a1} (blocked by #${a2})`);
    expect(tracking?.body).toContain(`- [ ] #${a2}\n`);
    expect(s.logs.filter((l) => l.includes('not available on this GitHub'))).toHaveLength(2);
    // One failed request per missing feature, however many items.
    expect(s.fake.countBy('issues/list-sub-issues')).toBe(1);
    expect(s.fake.countBy('issues/list-dependencies-blocked-by')).toBe(1);
    expect(outcome.planning?.fallbacks).toHaveLength(2);
    // A re-run writes nothing: the body is already as it should be.
    const from = s.fake.log.length;
    await s.run({
      sha: s.fake.state(REPO).refs['refs/heads/main'] as string,
      before: s.fake.state(REPO).commits[0]!.sha,
    });
    expect(s.fake.log.slice(from).filter((e) => e.operationId === 'issues/update')).toEqual([]);
  });

  it('without Projects v2 (GraphQL error), or with a missing project or field, says so in one line and does the rest', async ({
    onTestFinished,
  }) => {
    const gone = await scenario(onTestFinished);
    gone.fake.disable('projects');
    const first = await gone.run(gone.push(planningRegister()));
    expect(first.failed).toEqual([]);
    expect(gone.logs.filter((l) => l.includes('Projects v2 are not available'))).toHaveLength(1);
    expect(subIssues(gone.fake)).toHaveLength(3);

    const missing = await scenario(onTestFinished, {
      config: 'project: https://github.com/orgs/acme/projects/9\n',
    });
    await missing.run(missing.push(planningRegister()));
    expect(missing.logs.filter((l) => l.startsWith('warning: project'))).toEqual([
      'warning: project https://github.com/orgs/acme/projects/9 could not be read (Could not resolve to a ProjectV2 with the number 9.); skipped.',
    ]);
    expect(issuesOf(missing.fake)).toHaveLength(3);

    const field = await scenario(onTestFinished, {
      config: 'project: https://github.com/orgs/acme/projects/7\nfields: { due: Deadline, status: Status }\n',
    });
    await field.run(field.push(planningRegister()));
    expect(field.logs.filter((l) => l.includes('has no'))).toEqual([
      'warning: project https://github.com/orgs/acme/projects/7 has no date field "Deadline"; it is left alone.',
    ]);
    expect(cardsOf(field).map((c) => c.Status)).toEqual(['Todo', 'Todo', 'Todo']);
  });
});

describe('planning in the job summary and check run', () => {
  it('links each tracking issue and says what was added, with fallbacks one line each', async () => {
    const { planFollowUpsSummary } = await import('../../src/plan/follow-ups/plan-follow-ups-summary.js');
    const text = planFollowUpsSummary(
      {
        drafts: [],
        created: [],
        existing: [{ key: 'd.yml#A1', number: 2, url: 'http://x/2', state: 'open' }],
        claimedElsewhere: [],
        planning: {
          tracking: [{ file: 'd.yml', number: 4, url: 'http://x/4', created: true }],
          subIssuesAdded: 3,
          blockersAdded: 2,
          projectAdded: 0,
          projectFieldsSet: 0,
          fallbacks: ['sub-issues are | not available'],
          problems: [],
        },
      },
      { maxIssues: 10 },
    );
    expect(text).toContain('- Tracking issue [#4](http://x/4) for d.yml (opened now)');
    expect(text).toContain('- Added now: 3 sub-issue link(s), 2 blocked-by dependenc(ies)');
    expect(text).toContain('- sub-issues are \\| not available');
    expect(
      planFollowUpsSummary({ drafts: [], created: [], existing: [], claimedElsewhere: [] }, { maxIssues: 1 }),
    ).not.toContain('Planning');
  });
});
