import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GitHubFake, startGitHubFake } from '../index.js';
import { createFakeOctokit, type FakeOctokitClient } from '../octokit.js';

const REPO = 'acme/decisions';
const [owner, repo] = ['acme', 'decisions'];

describe('GitHub fake: comments and issues', () => {
  let fake: GitHubFake;
  let octokit: FakeOctokitClient;

  beforeEach(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    octokit = createFakeOctokit(fake);
  });
  afterEach(async () => {
    fake.assertNoViolations();
    await fake.close();
  });

  it('does comment CRUD on a pull request, authored by the token holder', async () => {
    const sha = fake.commit(REPO, { 'a.yaml': 'a: 1\n' });
    const pull = fake.addPull(REPO, { headSha: sha, baseSha: sha });
    const seeded = fake.addComment(REPO, pull, 'first, by a human', 'alice');
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: pull,
      body: 'report v1',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: 'report v1',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect(created.data.id).toBeGreaterThan(seeded);
    expect(created.data.html_url).toBe(`${fake.url}/${REPO}/pull/${pull}#issuecomment-${created.data.id}`);

    await octokit.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: 'report v2' });
    expect(
      (await octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id })).data.body,
    ).toBe('report v2');
    const listed = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pull,
      per_page: 1,
    });
    expect(listed.map((c) => [c.user?.login, c.body])).toEqual([
      ['alice', 'first, by a human'],
      ['github-actions[bot]', 'report v2'],
    ]);

    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: created.data.id });
    expect(fake.state(REPO).comments.map((c) => c.body)).toEqual(['first, by a human']);
    await expect(
      octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('answers 404 for a comment deleted behind the client', async () => {
    const issue = fake.addIssue(REPO, { title: 'x' });
    const id = fake.addComment(REPO, issue, 'old report', 'github-actions[bot]');
    expect(fake.deleteComment(id)).toBe(true);
    await expect(
      octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body: 'new' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('gives racing comment creations distinct increasing ids', async () => {
    const issue = fake.addIssue(REPO, { title: 'race' });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: `c${i}` }),
      ),
    );
    const ids = results.map((r) => r.data.id);
    expect(new Set(ids).size).toBe(12);
    expect(fake.state(REPO).comments.map((c) => c.id)).toEqual([...ids].sort((a, b) => a - b));
  });

  it('lists issues with pull requests marked, which the client filters out', async () => {
    const sha = fake.commit(REPO, { 'a.yaml': 'a: 1\n' });
    fake.addIssue(REPO, { title: 'follow-up 1', labels: ['decision-follow-up'] });
    fake.addPull(REPO, { headSha: sha, baseSha: sha, labels: ['decision-follow-up'] });
    fake.addIssue(REPO, { title: 'closed follow-up', labels: ['decision-follow-up'], state: 'closed' });
    fake.addIssue(REPO, { title: 'unrelated' });
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: 'decision-follow-up',
      state: 'all',
      per_page: 2,
    });
    expect(all.map((i) => [i.number, i.state, 'pull_request' in i && i.pull_request !== undefined])).toEqual([
      [3, 'closed', false],
      [2, 'open', true],
      [1, 'open', false],
    ]);
    const issuesOnly = all.filter((i) => !i.pull_request);
    expect(issuesOnly.map((i) => i.title)).toEqual(['closed follow-up', 'follow-up 1']);
    const open = await octokit.rest.issues.listForRepo({ owner, repo });
    expect(open.data.map((i) => i.number)).toEqual([4, 2, 1]);
  });

  it('creates an issue with labels and assignees, then closes it', async () => {
    fake.setAssignable(REPO, ['alice']);
    const { data } = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'Decide X',
      body: 'b',
      labels: ['decision-follow-up'],
      assignees: ['alice'],
    });
    expect(data).toMatchObject({
      number: 1,
      state: 'open',
      labels: [{ name: 'decision-follow-up' }],
      assignees: [{ login: 'alice' }],
    });
    await expect(
      octokit.rest.issues.create({ owner, repo, title: 'Y', assignees: ['mallory'] }),
    ).rejects.toMatchObject({ status: 422 });
    const closed = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: data.number,
      state: 'closed',
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(fake.state(REPO).issues[0]).toMatchObject({
      title: 'Decide X',
      state: 'closed',
      labels: ['decision-follow-up'],
    });
    expect(fake.state(REPO).labels.map((l) => l.name)).toEqual(['decision-follow-up']);
    expect(fake.countBy('issues/create')).toBe(2);
  });

  it('refuses writes with 403 for a read-only token, one kind or all', async () => {
    const issue = fake.addIssue(REPO, { title: 'x' });
    fake.setPermission('labels', 'read');
    await expect(octokit.rest.issues.createLabel({ owner, repo, name: 'l' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: 'still allowed' });
    fake.setPermission('all', 'read');
    await expect(
      octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: 'no' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      octokit.rest.checks.create({ owner, repo, name: 'c', head_sha: 'abc' }),
    ).rejects.toMatchObject({ status: 403 });
    expect(fake.state(REPO).comments).toHaveLength(1);
  });

  it('answers users/get-authenticated with 403 for an installation token and the user for a PAT', async () => {
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    fake.addToken('ghp_alice', { kind: 'pat', login: 'alice' });
    const alice = createFakeOctokit(fake, { token: 'ghp_alice' });
    expect((await alice.rest.users.getAuthenticated()).data.login).toBe('alice');
    const issue = fake.addIssue(REPO, { title: 'x' });
    const comment = await alice.rest.issues.createComment({ owner, repo, issue_number: issue, body: 'hi' });
    expect(comment.data.user).toMatchObject({ login: 'alice', type: 'User' });
  });
});
