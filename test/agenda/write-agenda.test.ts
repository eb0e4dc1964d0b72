import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateOf, writeAgenda } from '../../src/flows/scheduled/write-agenda.js';
import { authoredBy } from '../../src/github/sticky-comment.js';
import { markerFor } from '../../src/plan/comment-marker.js';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';
import { fakePort, REPO, recordingLogger, repoContext } from './fake-port.js';
import { seedConfig } from './seed-registers.js';
import { seedFiles } from './seed-yaml.js';

describe('writeAgenda against the GitHub fake', () => {
  let fake: GitHubFake;
  beforeEach(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
  });
  afterEach(async () => {
    fake.assertNoViolations();
    await fake.close();
  });

  const run = (sha: string, today: string, dryRun = false) =>
    writeAgenda({
      port: fakePort(fake),
      repo: repoContext(fake),
      sha,
      config: seedConfig(),
      today,
      dryRun,
      log: recordingLogger(),
      isOurs: authoredBy('github-actions[bot]'),
    });
  const agendaIssues = () =>
    fake.state(REPO).issues.filter((i) => (i.body ?? '').includes(markerFor('agenda')));

  it('creates the pre-read issue, then updates that same issue (never a second one)', async () => {
    const first = fake.commit(REPO, seedFiles());
    const created = await run(first, '2026-12-01');
    expect(created.issue.action).toBe('created');
    expect(agendaIssues()).toHaveLength(1);
    const [issue] = agendaIssues();
    expect(issue?.title).toBe('Pre-read: 2026-12-08');
    expect(issue?.state).toBe('open');
    expect(issue?.body).toContain('## Unresolved decisions by owner');
    expect(issue?.body).toContain(markerFor('agenda', '2026-12-08'));
    expect(stateOf({ body: issue?.body ?? '' })).toEqual({ built: first });

    const again = await run(first, '2026-12-01');
    expect(again.issue.action).toBe('unchanged');

    const second = fake.commit(REPO, seedFiles({ a1Status: 'done' }));
    const updated = await run(second, '2026-12-02');
    expect(updated.issue.action).toBe('updated');
    expect(agendaIssues()).toHaveLength(1);
    const [after] = agendaIssues();
    expect(after?.number).toBe(issue?.number);
    expect(after?.body).toContain('As of 2026-12-02');
    expect(after?.body).not.toContain('Draft workload order');
    expect(fake.countBy('issues/create')).toBe(1);
  });

  it('opens the next cycle as a new issue, diffs against the previous pre-read, closes the old one', async () => {
    const first = fake.commit(REPO, seedFiles());
    await run(first, '2026-12-01');
    const files = seedFiles({ d2Status: 'resolved' });
    const next = fake.commit(REPO, {
      ...files,
      'decisions/2026-12-08.yml':
        'review:\n  title: Second review\n  date: 2026-12-08\n  problem: Membership is settled; identity next.\n',
    });
    const outcome = await run(next, '2026-12-09');
    expect(outcome.agenda.title).toBe('Pre-read: 2026-12-22');
    expect(outcome.closedPrevious).toHaveLength(1);
    const issues = agendaIssues();
    expect(issues.map((i) => [i.title, i.state])).toEqual([
      ['Pre-read: 2026-12-08', 'closed'],
      ['Pre-read: 2026-12-22', 'open'],
    ]);
    const body = issues[1]?.body ?? '';
    expect(body).toContain(`Compared field by field with the registers at commit ${first.slice(0, 7)}`);
    expect(body).toMatch(
      /Decision D2\*\*\]\([^)]+\) Which source of truth defines Builder Relations membership: status blocked → resolved; resolution \(none\) → Settled\./,
    );
    expect(body).toContain('> Membership is settled; identity next.');
    expect(stateOf({ body })).toEqual({ built: next, baseline: first });
  });

  it('changes nothing with dry-run', async () => {
    const sha = fake.commit(REPO, seedFiles());
    const outcome = await run(sha, '2026-12-01', true);
    expect(outcome.issue).toMatchObject({ action: 'created', dryRun: true });
    expect(outcome.body).toContain('# Pre-read: 2026-12-08');
    expect(fake.state(REPO).issues).toEqual([]);
  });
});
