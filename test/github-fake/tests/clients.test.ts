import { getOctokit } from '@actions/github';
import { ProbotOctokit } from 'probot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubFake, startGitHubFake } from '../index.js';

const REPO = 'acme/decisions';
const [owner, repo] = ['acme', 'decisions'];
const QUIET = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

describe('GitHub fake: the clients the product uses pass the contract', () => {
  let fake: GitHubFake;
  let issue: number;

  beforeAll(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    issue = fake.addIssue(REPO, { title: 'x' });
  });
  afterAll(async () => {
    fake.assertNoViolations();
    await fake.close();
  });

  it("@actions/github's getOctokit (the Action)", async () => {
    const octokit = getOctokit(fake.token, { baseUrl: fake.url, log: QUIET });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: 'from the action' });
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issue,
    });
    expect(comments.map((c) => c.body)).toEqual(['from the action']);
  });

  it("Probot's Octokit against the GitHub Enterprise prefix (the App)", async () => {
    const octokit = new ProbotOctokit({
      auth: { token: fake.token },
      baseUrl: `${fake.url}/api/v3`,
      log: QUIET,
    });
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue,
      body: 'from the app',
    });
    expect(data.url).toContain('/api/v3/repos/acme/decisions/issues/comments/');
    expect(fake.log.at(-1)).toMatchObject({ path: `/repos/${REPO}/issues/${issue}/comments`, status: 201 });
  });
});
