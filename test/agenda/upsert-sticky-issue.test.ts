import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertStickyIssue } from '../../src/flows/scheduled/upsert-sticky-issue.js';
import { authoredBy } from '../../src/github/sticky-comment.js';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';
import { fakePort, REPO, recordingLogger } from './fake-port.js';

const MARKER = '<!-- decision-register:digest -->';

describe('upsertStickyIssue', () => {
  let fake: GitHubFake;
  beforeEach(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
  });
  afterEach(async () => {
    fake.assertNoViolations();
    await fake.close();
  });

  // The fake's token acts as github-actions[bot].
  const ours = authoredBy('github-actions[bot]');
  let log = recordingLogger();
  const upsert = async (
    body: string,
    state: 'open' | 'closed' = 'open',
    listed?: Awaited<ReturnType<ReturnType<typeof fakePort>['listIssues']>>,
    isOurs = ours,
  ) => {
    const port = fakePort(fake);
    return upsertStickyIssue({
      port,
      issues: listed ?? (await port.listIssues()),
      marker: MARKER,
      title: 'Overdue decisions',
      body: `${body}\n${MARKER}`,
      state,
      dryRun: false,
      isOurs,
      log,
    });
  };

  it('creates, leaves an identical issue alone, updates, closes and reopens the same issue', async () => {
    const created = await upsert('one');
    expect(created.action).toBe('created');
    expect((await upsert('one')).action).toBe('unchanged');
    expect((await upsert('two')).action).toBe('updated');
    expect((await upsert('clear', 'closed')).action).toBe('closed');
    expect((await upsert('clear', 'closed')).action).toBe('none');
    expect((await upsert('three')).action).toBe('reopened');
    const issues = fake.state(REPO).issues;
    expect(issues.map((i) => [i.number, i.state, i.body])).toEqual([
      [created.issue?.number, 'open', `three\n${MARKER}`],
    ]);
  });

  it('closes the duplicate a concurrent run created, keeping the oldest with the newest body', async () => {
    const other = fake.addIssue(REPO, {
      title: 'Overdue decisions',
      body: `theirs\n${MARKER}`,
      user: 'github-actions[bot]',
    });
    // Our listing predates the other run's issue.
    const result = await upsert('ours', 'open', []);
    expect(result.action).toBe('updated');
    expect(result.issue?.number).toBe(other);
    expect(result.closedDuplicates).toHaveLength(1);
    const issues = fake.state(REPO).issues;
    expect(issues.map((i) => [i.number, i.state])).toEqual([
      [other, 'open'],
      [result.closedDuplicates[0], 'closed'],
    ]);
    expect(issues[0]?.body).toBe(`ours\n${MARKER}`);
    expect(issues[1]?.body).toBe(`Duplicate of #${other}.`);
  });

  it('re-lists instead of creating twice when the create response is lost', async () => {
    const fault = fake.inject({ operationId: 'issues/create', status: 502, thenApply: true });
    const result = await upsert('once');
    expect(fault.fired).toBe(1);
    expect(result.action).toBe('created');
    expect(fake.state(REPO).issues).toHaveLength(1);
  });

  describe('an issue by someone else that carries the marker', () => {
    const plant = (state: 'open' | 'closed' = 'open') =>
      fake.addIssue(REPO, { title: 'Overdue decisions', body: `planted\n${MARKER}`, user: 'mallory', state });

    it('is never updated, reopened or closed: ours is created beside it, and the foreign one is logged', async () => {
      log = recordingLogger();
      const foreign = plant('closed');
      const created = await upsert('ours');
      expect(created.action).toBe('created');
      expect(created.issue?.number).not.toBe(foreign);
      expect(created.closedDuplicates).toEqual([]);
      expect((await upsert('clear', 'closed')).action).toBe('closed');
      const issues = fake.state(REPO).issues;
      expect(issues.map((i) => [i.number, i.state, i.body])).toEqual([
        [foreign, 'closed', `planted\n${MARKER}`],
        [created.issue?.number, 'closed', `clear\n${MARKER}`],
      ]);
      expect(log.lines).toContain(
        `warning: Ignoring #${foreign} by mallory: it carries this tool's marker but this tool did not open it.`,
      );
    });

    it('is not closed as a duplicate of ours, even when it is the oldest', async () => {
      const foreign = plant('open');
      const result = await upsert('ours', 'open', []);
      expect(result.action).toBe('created');
      expect(result.closedDuplicates).toEqual([]);
      expect(fake.state(REPO).issues.map((i) => [i.number, i.state])).toEqual([
        [foreign, 'open'],
        [result.issue?.number, 'open'],
      ]);
    });

    it('control: the same issue by our own login is the one updated', async () => {
      const mine = fake.addIssue(REPO, {
        title: 'Overdue decisions',
        body: `earlier\n${MARKER}`,
        user: 'github-actions[bot]',
      });
      const result = await upsert('ours');
      expect(result.action).toBe('updated');
      expect(result.issue?.number).toBe(mine);
      expect(fake.state(REPO).issues).toHaveLength(1);
    });

    it('with our login unknown, nothing listed counts until our own new issue shows the login', async () => {
      const mine = fake.addIssue(REPO, {
        title: 'Overdue decisions',
        body: `earlier\n${MARKER}`,
        user: 'github-actions[bot]',
      });
      const foreign = plant('open');
      const result = await upsert('ours', 'open', undefined, authoredBy(undefined));
      // The new issue shows our login: our older one is kept, the new one closed, mallory's untouched.
      expect(result.action).toBe('updated');
      expect(result.issue?.number).toBe(mine);
      const issues = fake.state(REPO).issues;
      expect(issues.map((i) => [i.number, i.state])).toEqual([
        [mine, 'open'],
        [foreign, 'open'],
        [result.closedDuplicates[0], 'closed'],
      ]);
      expect(issues[1]?.body).toBe(`planted\n${MARKER}`);
    });
  });
});
