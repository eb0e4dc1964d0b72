import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertStickyIssue } from '../../src/flows/scheduled/upsert-sticky-issue.js';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';
import { fakePort, REPO } from './fake-port.js';

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

  const upsert = async (
    body: string,
    state: 'open' | 'closed' = 'open',
    listed?: Awaited<ReturnType<ReturnType<typeof fakePort>['listIssues']>>,
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
});
