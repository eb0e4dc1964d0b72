import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubFake, startGitHubFake } from '../index.js';
import { createFakeOctokit, type FakeOctokitClient } from '../octokit.js';

const REPO = 'acme/decisions';
const [owner, repo] = ['acme', 'decisions'];

function files(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`decisions/d${String(i).padStart(4, '0')}.yaml`, `id: ${i}\n`]),
  );
}

describe('GitHub fake: pagination', () => {
  let fake: GitHubFake;
  let octokit: FakeOctokitClient;
  let base: string;

  beforeAll(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    octokit = createFakeOctokit(fake);
    base = fake.state(REPO).refs['refs/heads/main'] ?? '';
  });
  afterAll(async () => {
    fake.assertNoViolations();
    await fake.close();
  });

  it('sends GitHub-style Link headers that a real Octokit follows over 250 files', async () => {
    const head = fake.commit(REPO, files(250), { parent: base, branch: 'many' });
    const pull = fake.addPull(REPO, { headSha: head, baseSha: base });
    const first = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull, per_page: 100 });
    const url = `${fake.url}/repos/${REPO}/pulls/${pull}/files`;
    expect(first.headers.link).toBe(
      `<${url}?per_page=100&page=2>; rel="next", <${url}?per_page=100&page=3>; rel="last"`,
    );
    const third = await octokit.rest.pulls.listFiles({
      owner,
      repo,
      pull_number: pull,
      per_page: 100,
      page: 3,
    });
    expect(third.data).toHaveLength(50);
    expect(third.headers.link).toBe(
      `<${url}?per_page=100&page=2>; rel="prev", <${url}?per_page=100&page=1>; rel="first"`,
    );

    const before = fake.countBy('pulls/list-files');
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: pull,
      per_page: 100,
    });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((f) => f.filename)).size).toBe(250);
    expect(fake.countBy('pulls/list-files') - before).toBe(3);
    expect(fake.log.at(-1)?.query).toEqual({ per_page: '100', page: '3' });
  });

  it('keeps the /api/v3 prefix in Link headers for GitHub Enterprise clients', async () => {
    const head = fake.commit(REPO, files(120), { parent: base, branch: 'ghe' });
    const pull = fake.addPull(REPO, { headSha: head, baseSha: base });
    const ghe = createFakeOctokit(fake, { ghe: true });
    const first = await ghe.rest.pulls.listFiles({ owner, repo, pull_number: pull, per_page: 100 });
    expect(first.headers.link).toContain(
      `<${fake.url}/api/v3/repos/${REPO}/pulls/${pull}/files?per_page=100&page=2>; rel="next"`,
    );
    expect(
      await ghe.paginate(ghe.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 }),
    ).toHaveLength(120);
  });

  it('lists up to 3,000 files, as GitHub does', async () => {
    const head = fake.commit(REPO, files(3001), { parent: base, branch: 'huge' });
    const pull = fake.addPull(REPO, { headSha: head, baseSha: base });
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: pull,
      per_page: 100,
    });
    expect(all).toHaveLength(3000);
    expect(all.at(-1)?.filename).toBe('decisions/d2999.yaml');
  });

  it('serves an explicit changed-file list instead of the computed one', async () => {
    const pull = fake.addPull(REPO, {
      headSha: base,
      baseSha: base,
      files: [{ filename: 'new/name.yaml', previous_filename: 'old/name.yaml', status: 'renamed' }],
    });
    const { data } = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull });
    expect(data).toEqual([
      expect.objectContaining({
        filename: 'new/name.yaml',
        previous_filename: 'old/name.yaml',
        status: 'renamed',
      }),
    ]);
  });
});
