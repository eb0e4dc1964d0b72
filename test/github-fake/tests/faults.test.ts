import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GitHubFake, secondaryRateLimit, startGitHubFake } from '../index.js';
import { createFakeOctokit, type FakeOctokitClient } from '../octokit.js';

const REPO = 'acme/decisions';
const [owner, repo] = ['acme', 'decisions'];

describe('GitHub fake: fault injection', () => {
  let fake: GitHubFake;
  let octokit: FakeOctokitClient;
  let issue: number;

  beforeEach(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    octokit = createFakeOctokit(fake);
    issue = fake.addIssue(REPO, { title: 'x' });
  });
  afterEach(async () => {
    fake.assertNoViolations();
    await fake.close();
  });

  const comment = (body = 'b') =>
    octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });

  it('answers 502 once, then serves the next request', async () => {
    const fault = fake.inject({ operationId: 'issues/create-comment', status: 502 });
    await expect(comment()).rejects.toMatchObject({ status: 502 });
    expect(fake.state(REPO).comments).toHaveLength(0);
    expect((await comment()).status).toBe(201);
    expect([fault.seen, fault.fired]).toEqual([2, 1]);
    expect(fake.log.map((e) => [e.status, e.fault ?? false])).toEqual([
      [502, true],
      [201, false],
    ]);
  });

  it('plays a secondary rate limit with retry-after', async () => {
    fake.inject(secondaryRateLimit({ method: 'POST', path: /\/comments$/ }));
    const error = await comment().catch(
      (e: { status: number; response: { headers: Record<string, string>; data: { message: string } } }) => e,
    );
    expect(error).toMatchObject({ status: 403 });
    if (!('response' in error)) throw new Error('expected an error');
    expect(error.response.headers['retry-after']).toBe('1');
    expect(error.response.data.message).toMatch(/^You have exceeded a secondary rate limit/);
  });

  it('fails from the 4th issue creation on, persistently', async () => {
    fake.inject({ operationId: 'issues/create', after: 3, times: Number.POSITIVE_INFINITY, status: 500 });
    const outcomes: number[] = [];
    for (let i = 0; i < 5; i++) {
      outcomes.push(
        await octokit.rest.issues.create({ owner, repo, title: `t${i}` }).then(
          (r) => r.status,
          (e: { status: number }) => e.status,
        ),
      );
    }
    expect(outcomes).toEqual([201, 201, 201, 500, 500]);
    expect(fake.state(REPO).issues.map((i) => i.title)).toEqual(['x', 't0', 't1', 't2']);
  });

  it('performs a create and then answers 502: the outcome is unknown to the client', async () => {
    fake.inject({ operationId: 'issues/create-comment', status: 502, thenApply: true });
    await expect(comment('lost answer')).rejects.toMatchObject({ status: 502 });
    expect(fake.state(REPO).comments.map((c) => c.body)).toEqual(['lost answer']);
  });

  it('performs a create and then resets the connection', async () => {
    fake.inject({ operationId: 'issues/create-comment', reset: true, thenApply: true });
    await expect(comment('reset')).rejects.toThrow();
    expect(fake.state(REPO).comments.map((c) => c.body)).toEqual(['reset']);
    expect(fake.log.at(-1)).toMatchObject({ status: 0, fault: true });
  });

  it('delays a request and then serves it, and leaves non-matching requests alone', async () => {
    fake.inject({ method: 'GET', operationId: 'issues/get', delayMs: 20 });
    expect((await comment()).status).toBe(201);
    expect((await octokit.rest.issues.get({ owner, repo, issue_number: issue })).data.comments).toBe(1);
    expect(fake.log.map((e) => e.fault ?? false)).toEqual([false, true]);
  });

  it('stops firing once cancelled', async () => {
    const fault = fake.inject({
      operationId: 'issues/create-comment',
      status: 500,
      times: Number.POSITIVE_INFINITY,
    });
    await expect(comment()).rejects.toMatchObject({ status: 500 });
    fault.cancel();
    expect((await comment()).status).toBe(201);
  });
});
