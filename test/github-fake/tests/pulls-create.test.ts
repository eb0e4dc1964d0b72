// The fake's pulls list/create/update as GitHub answers them: one open pull request per head and
// base (422 for a second), `head=owner:branch` filtering, and a head that follows its branch.
import { afterEach, describe, expect, it } from 'vitest';
import { type GitHubFake, startGitHubFake } from '../index.js';
import { createFakeOctokit } from '../octokit.js';

const REPO = 'acme/decisions';
const base = { owner: 'acme', repo: 'decisions' };
let fake: GitHubFake | undefined;
afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

describe('GitHub fake: pulls create, list and update', () => {
  it('refuses a second open pull request from the same branch, lists by head, follows the branch', async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    const octokit = createFakeOctokit(fake);
    fake.commit(REPO, { 'a.md': 'a\n' });
    const first = fake.commit(REPO, { 'a.md': 'b\n' }, { branch: 'sync' });
    const draft = { ...base, title: 'Sync', body: 'one', head: 'sync', base: 'main' };
    const { data: pull } = await octokit.rest.pulls.create(draft);
    expect(pull).toMatchObject({
      state: 'open',
      head: { ref: 'sync', sha: first },
      user: { login: 'github-actions[bot]' },
    });
    const again = await octokit.rest.pulls.create(draft).catch((error: { status: number }) => error);
    expect((again as { status: number }).status).toBe(422);

    const listed = await octokit.rest.pulls.list({ ...base, head: 'acme:sync', state: 'open' });
    expect(listed.data.map((p) => p.number)).toEqual([pull.number]);
    // Control: another branch lists nothing.
    expect((await octokit.rest.pulls.list({ ...base, head: 'acme:other' })).data).toEqual([]);

    const moved = fake.commit(REPO, { 'a.md': 'c\n' }, { parent: first });
    await octokit.rest.git.updateRef({ ...base, ref: 'heads/sync', sha: moved, force: true });
    const { data: updated } = await octokit.rest.pulls.update({
      ...base,
      pull_number: pull.number,
      body: 'two',
    });
    expect(updated).toMatchObject({ body: 'two', head: { sha: moved } });

    await octokit.rest.pulls.update({ ...base, pull_number: pull.number, state: 'closed' });
    expect((await octokit.rest.pulls.list({ ...base, head: 'acme:sync' })).data).toEqual([]);
    // Closed, a new one may be opened from the same branch.
    expect((await octokit.rest.pulls.create(draft)).status).toBe(201);
  });
});
