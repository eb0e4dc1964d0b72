import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GitHubFake, startGitHubFake } from '../index.js';
import { createFakeOctokit, type FakeOctokitClient } from '../octokit.js';

const REPO = 'acme/decisions';
const [owner, repo] = ['acme', 'decisions'];

describe('GitHub fake: requests are checked against the OpenAPI description', () => {
  let fake: GitHubFake;
  let octokit: FakeOctokitClient;

  beforeEach(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    octokit = createFakeOctokit(fake);
  });
  afterEach(() => fake.close());

  // Untyped on purpose: these requests break the contract that Octokit's types would enforce.
  const send = (route: string, params: Record<string, unknown>) => octokit.request(route, params);

  it('rejects a comment without its required body field and records the violation', async () => {
    const issue = fake.addIssue(REPO, { title: 'x' });
    const request = send('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: issue,
      text: 'x',
    });
    await expect(request).rejects.toMatchObject({ status: 422 });
    expect(fake.contractViolations).toEqual([
      expect.objectContaining({
        kind: 'request',
        operationId: 'issues/create-comment',
        errors: ["body must have required property 'body'"],
      }),
    ]);
    expect(fake.state(REPO).comments).toEqual([]);
    expect(() => fake.assertNoViolations()).toThrow(
      /1 contract violation.*\n- request: POST \/repos\/acme\/decisions\/issues\/1\/comments \(issues\/create-comment\)\n {4}body must have required property 'body'/,
    );
  });

  it('rejects labels sent as a string instead of an array', async () => {
    await expect(
      send('POST /repos/{owner}/{repo}/issues', { owner, repo, title: 't', labels: 'a,b' }),
    ).rejects.toMatchObject({ status: 422 });
    expect(fake.contractViolations[0]?.errors).toEqual(['body/labels must be array']);
    expect(fake.state(REPO).issues).toEqual([]);
  });

  it('rejects an unknown query parameter, a wrong enum value and a path no operation has', async () => {
    await expect(
      send('GET /repos/{owner}/{repo}/issues', { owner, repo, colour: 'red' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      send('GET /repos/{owner}/{repo}/issues', { owner, repo, state: 'opened' }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(send('GET /repos/{owner}/{repo}/decisions', { owner, repo })).rejects.toMatchObject({
      status: 404,
    });
    expect(fake.contractViolations.map((v) => v.errors[0])).toEqual([
      'query must NOT have additional properties',
      `query/state must be equal to one of the allowed values (["open","closed","all"])`,
      "no operation in GitHub's OpenAPI description matches GET /repos/acme/decisions/decisions",
    ]);
  });

  it('rejects a JSON body sent without a JSON content type', async () => {
    const issue = fake.addIssue(REPO, { title: 'x' });
    const response = await fetch(`${fake.url}/repos/${REPO}/issues/${issue}/comments`, {
      method: 'POST',
      headers: { authorization: `token ${fake.token}`, 'content-type': 'text/plain' },
      body: JSON.stringify({ body: 'hi' }),
    });
    expect(response.status).toBe(422);
    expect(fake.contractViolations[0]?.errors).toEqual([
      'content-type must be application/json for a JSON body, got "text/plain"',
    ]);
  });

  it('rejects more than 50 annotations in one check run request', async () => {
    const annotations = Array.from({ length: 51 }, (_, i) => ({
      path: 'a',
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: 'notice' as const,
      message: 'm',
    }));
    const create = octokit.rest.checks.create({
      owner,
      repo,
      name: 'c',
      head_sha: 'abc',
      output: { title: 't', summary: 's', annotations },
    });
    await expect(create).rejects.toMatchObject({ status: 422 });
    expect(fake.contractViolations[0]?.errors).toEqual([
      'body/output/annotations must NOT have more than 50 items',
    ]);
  });

  it('caps per_page at 100 like GitHub: the description sets no maximum, so it is no violation', async () => {
    const sha = fake.commit(
      REPO,
      Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`f${i}.md`, `${i}\n`])),
    );
    const pull = fake.addPull(REPO, { headSha: sha, baseSha: fake.state(REPO).commits[0]?.sha ?? '' });
    const { data } = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull, per_page: 1000 });
    expect(data).toHaveLength(100);
    fake.assertNoViolations();
  });

  it('answers 401 without a known token, and never logs credentials', async () => {
    const stranger = createFakeOctokit(fake, { token: 'ghs_wrong' });
    await expect(stranger.rest.repos.get({ owner, repo })).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('Bad credentials'),
    });
    const anonymous = await fetch(`${fake.url}/repos/${REPO}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' });
    expect(JSON.stringify(fake.log)).not.toMatch(/ghs_|authorization/i);
    fake.assertNoViolations();
  });

  it('answers operations it does not implement from the spec example, and logs them as mocked', async () => {
    const { data, status } = await octokit.rest.repos.listBranches({ owner, repo });
    expect(status).toBe(200);
    expect(Array.isArray(data)).toBe(true);
    expect(fake.log.at(-1)).toMatchObject({ operationId: 'repos/list-branches', mocked: true, status: 200 });
    fake.assertNoViolations();
  });

  it('records a wrong response of its own (through the test-only tamper hook)', async () => {
    fake.tamperResponses((operationId, _status, body) =>
      operationId === 'issues/get' ? { ...(body as object), number: 'one' } : body,
    );
    const issue = fake.addIssue(REPO, { title: 'x' });
    await octokit.rest.issues.get({ owner, repo, issue_number: issue });
    expect(fake.contractViolations).toEqual([
      expect.objectContaining({
        kind: 'response',
        operationId: 'issues/get',
        status: 200,
        errors: ['number must be integer'],
      }),
    ]);
  });
});
