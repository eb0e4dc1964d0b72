import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendReminders } from '../../src/flows/scheduled/send-reminders.js';
import { authoredBy } from '../../src/github/sticky-comment.js';
import { markerFor } from '../../src/plan/comment-marker.js';
import { fakePort, REPO, recordingLogger, repoContext } from '../agenda/fake-port.js';
import { seedConfig } from '../agenda/seed-registers.js';
import { seedFiles } from '../agenda/seed-yaml.js';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';

const A1 = 'decisions/2026-11-24.yml#A1';
const O1 = 'decisions/2026-11-24.yml#O1';

describe('sendReminders against the GitHub fake', () => {
  let fake: GitHubFake;
  let a1Issue: number;
  beforeEach(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    // Follow-up issues as open-follow-ups leaves them: the item's marker in the body.
    const bot = 'github-actions[bot]';
    a1Issue = fake.addIssue(REPO, {
      title: '[A1] Draft workload order',
      body: `A1\n\n${markerFor('followup', A1)}`,
      user: bot,
    });
    fake.addIssue(REPO, {
      title: '[O1] Updated Status Dashboard',
      body: `O1\n\n${markerFor('followup', O1)}`,
      user: bot,
    });
  });
  afterEach(async () => {
    fake.assertNoViolations();
    await fake.close();
  });

  const run = (sha: string, today: string, dryRun = false) =>
    sendReminders({
      port: fakePort(fake),
      repo: repoContext(fake),
      sha,
      config: seedConfig(),
      today,
      dryRun,
      log: recordingLogger(),
      isOurs: authoredBy('github-actions[bot]'),
    });
  const reminders = () =>
    fake.state(REPO).comments.filter((c) => c.body.includes('decision-register:reminder'));
  const digests = () => fake.state(REPO).issues.filter((i) => (i.body ?? '').includes(markerFor('digest')));

  it('reminds once on day 1, not again the same day, once more on day 2', async () => {
    const sha = fake.commit(REPO, seedFiles());

    const day1 = await run(sha, '2026-12-02');
    expect(day1.posted.map((r) => r.key)).toEqual([A1]);
    expect(
      reminders().map((c) => [c.issueNumber, c.body.includes(markerFor('reminder', `${A1}@2026-12-02`))]),
    ).toEqual([[a1Issue, true]]);
    expect(reminders()[0]?.body).toContain('was due 2026-12-01, 1 day ago');

    const rerun = await run(sha, '2026-12-02');
    expect(rerun.posted).toEqual([]);
    expect(rerun.alreadySent.map((r) => r.key)).toEqual([A1]);
    expect(rerun.digest.action).toBe('unchanged');
    expect(reminders()).toHaveLength(1);

    const day2 = await run(sha, '2026-12-03');
    expect(day2.posted.map((r) => r.key)).toEqual([A1]);
    expect(reminders().map((c) => c.body.includes(markerFor('reminder', `${A1}@2026-12-03`)))).toEqual([
      false,
      true,
    ]);
    expect(reminders()).toHaveLength(2);
    expect(fake.countBy('issues/create-comment')).toBe(2);
  });

  it('keeps one digest for overdue items without an issue, updated in place, closed when all is done', async () => {
    const sha = fake.commit(REPO, seedFiles());
    const first = await run(sha, '2026-12-02');
    expect(first.digest.action).toBe('created');
    expect(digests()).toHaveLength(1);
    const [digest] = digests();
    expect(digest?.title).toBe('Overdue decisions');
    expect(digest?.state).toBe('open');
    expect(digest?.body).toContain('| Decision D5 | Who approves hosting spend |');
    expect(digest?.body).toContain('| Decision D2 |');
    expect(digest?.body).toContain(
      '| HRIS export of membership | Decision D2 | @&#8203;hris | 2026-12-01 | 1 |',
    );
    expect(digest?.body).not.toContain('Action A1');

    const next = await run(sha, '2026-12-03');
    expect(next.digest.action).toBe('updated');
    expect(digests()).toHaveLength(1);
    expect(digests()[0]?.body).toContain(
      '| Decision D5 | Who approves hosting spend | Dana Kim (@&#8203;dkim) | 2026-11-28 | 5 |',
    );

    const done = fake.commit(
      REPO,
      seedFiles({ a1Status: 'done', d2Status: 'resolved', d5Status: 'resolved' }),
    );
    const cleared = await run(done, '2026-12-04');
    expect(cleared.posted).toEqual([]);
    expect(cleared.digest.action).toBe('closed');
    expect(digests().map((i) => [i.number, i.state])).toEqual([[digest?.number, 'closed']]);
    expect(digests()[0]?.body).toContain('Nothing is overdue as of 2026-12-04.');

    const quiet = await run(done, '2026-12-05');
    expect(quiet.digest.action).toBe('none');

    // Overdue again: the same issue reopens.
    const late = fake.commit(
      REPO,
      seedFiles({ a1Status: 'done', d2Status: 'resolved', d5Status: 'resolved', hrisDue: '2026-12-06' }),
    );
    const reopened = await run(late, '2026-12-20');
    expect(reopened.digest.action).toBe('reopened');
    expect(digests().map((i) => [i.number, i.state])).toEqual([[digest?.number, 'open']]);
    expect(fake.countBy('issues/create')).toBe(1);
  });

  it("ignores and logs a follow-up issue someone else opened with A1's marker: no reminder there, A1 in the digest", async () => {
    const sha = fake.commit(REPO, seedFiles());
    // Our own A1 issue is gone; a planted one carries its marker.
    await fakePort(fake).updateIssue(a1Issue, { state: 'closed' });
    const planted = fake.addIssue(REPO, {
      title: '[A1] Draft workload order',
      body: `planted\n\n${markerFor('followup', A1)}\n${markerFor('digest')}`,
      user: 'mallory',
    });
    const log = recordingLogger();
    const outcome = await sendReminders({
      port: fakePort(fake),
      repo: repoContext(fake),
      sha,
      config: seedConfig(),
      today: '2026-12-02',
      dryRun: false,
      log,
      isOurs: authoredBy('github-actions[bot]'),
    });
    expect(outcome.posted).toEqual([]);
    expect(reminders()).toEqual([]);
    expect(outcome.digest.action).toBe('created');
    expect(outcome.digest.issue?.number).not.toBe(planted);
    expect(outcome.digest.issue?.body).toContain('Action A1');
    expect(fake.state(REPO).issues.find((i) => i.number === planted)?.body).toContain('planted');
    expect(log.lines).toContain(
      `warning: Ignoring #${planted} by mallory: it carries this tool's marker but this tool did not open it.`,
    );
  });

  it('posts and creates nothing with dry-run, but says what it would do', async () => {
    const sha = fake.commit(REPO, seedFiles());
    const outcome = await run(sha, '2026-12-02', true);
    expect(outcome.posted.map((r) => r.key)).toEqual([A1]);
    expect(outcome.digest).toMatchObject({ action: 'created', dryRun: true });
    expect(reminders()).toEqual([]);
    expect(digests()).toEqual([]);
  });

  it('skips a reminder on a locked issue with a warning and carries on', async () => {
    const sha = fake.commit(REPO, seedFiles());
    fake.setPermission('comments', 'read');
    const log = recordingLogger();
    const outcome = await sendReminders({
      port: fakePort(fake),
      repo: repoContext(fake),
      sha,
      config: seedConfig(),
      today: '2026-12-02',
      dryRun: false,
      log,
      isOurs: authoredBy('github-actions[bot]'),
    });
    expect(outcome.posted).toEqual([]);
    expect(log.lines.some((l) => l.startsWith(`warning: Could not remind on #${a1Issue}`))).toBe(true);
    expect(outcome.digest.action).toBe('created');
  });

  it('looks before posting again when a reminder response is lost', async () => {
    const sha = fake.commit(REPO, seedFiles());
    const fault = fake.inject({ operationId: 'issues/create-comment', status: 502, thenApply: true });
    const outcome = await run(sha, '2026-12-02');
    expect(fault.fired).toBe(1);
    expect(outcome.posted.map((r) => r.key)).toEqual([A1]);
    expect(reminders()).toHaveLength(1);
  });
});
