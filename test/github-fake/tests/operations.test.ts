import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubFake, startGitHubFake } from '../index.js';
import { createFakeOctokit, type FakeOctokitClient } from '../octokit.js';

const REPO = 'acme/decisions';
const [owner, repo] = ['acme', 'decisions'];

describe('GitHub fake: stateful operations through a real Octokit', () => {
  let fake: GitHubFake;
  let octokit: FakeOctokitClient;
  let base: string;
  let head: string;
  let pull: number;

  beforeAll(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    octokit = createFakeOctokit(fake);
    base = fake.commit(REPO, { 'docs/decisions.yaml': 'a: 1\n', 'README.md': '# hi\n' });
    head = fake.commit(
      REPO,
      { 'docs/decisions.yaml': 'a: 2\nb: 3\n', 'docs/new.md': 'new\n', 'README.md': null },
      { branch: 'feature' },
    );
    pull = fake.addPull(REPO, {
      headSha: head,
      baseSha: base,
      headRef: 'feature',
      title: 'Update decisions',
    });
  });
  afterAll(async () => {
    fake.assertNoViolations();
    await fake.close();
  });

  it('serves pulls/get and pulls/list-files computed from the two snapshots', async () => {
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pull });
    expect(data).toMatchObject({ number: pull, state: 'open', merged: false, title: 'Update decisions' });
    expect(data.head).toMatchObject({ sha: head, ref: 'feature', repo: { full_name: REPO } });
    expect(data.base).toMatchObject({ sha: base, ref: 'main' });
    const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: pull });
    expect(files.data.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['README.md', 'removed', 0, 2],
      ['docs/decisions.yaml', 'modified', 2, 1],
      ['docs/new.md', 'added', 2, 0],
    ]);
  });

  it('serves file contents at a ref, directories, and 404 for a missing file', async () => {
    const file = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'docs/decisions.yaml',
      ref: 'feature',
    });
    expect(Array.isArray(file.data)).toBe(false);
    const content = file.data as { content: string; encoding: string; sha: string };
    expect(Buffer.from(content.content, 'base64').toString('utf8')).toBe('a: 2\nb: 3\n');
    const atBase = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'docs/decisions.yaml',
      ref: base,
    });
    expect(Buffer.from((atBase.data as { content: string }).content, 'base64').toString()).toBe('a: 1\n');
    const dir = await octokit.rest.repos.getContent({ owner, repo, path: 'docs', ref: 'feature' });
    expect((dir.data as { name: string; type: string }[]).map((e) => [e.name, e.type])).toEqual([
      ['decisions.yaml', 'file'],
      ['new.md', 'file'],
    ]);
    await expect(octokit.rest.repos.getContent({ owner, repo, path: 'nope.yaml' })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('lists a recursive tree with git blob shas and reads a blob', async () => {
    const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: 'feature', recursive: '1' });
    expect(data.tree.map((e) => [e.path, e.type])).toEqual([
      ['docs', 'tree'],
      ['docs/decisions.yaml', 'blob'],
      ['docs/new.md', 'blob'],
    ]);
    // git hash-object of "new\n"
    expect(data.tree.find((e) => e.path === 'docs/new.md')?.sha).toBe(
      '3e757656cf36eca53338e520d134963a44f793f8',
    );
    const blob = await octokit.rest.git.getBlob({
      owner,
      repo,
      file_sha: '3e757656cf36eca53338e520d134963a44f793f8',
    });
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe('new\n');
  });

  it('commits through the git database API and moves a branch only fast-forward', async () => {
    const ref = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    expect(ref.data.object.sha).toBe(base);
    const blob = await octokit.rest.git.createBlob({ owner, repo, content: 'x: 1\n', encoding: 'utf-8' });
    const tree = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: (await octokit.rest.git.getCommit({ owner, repo, commit_sha: base })).data.tree.sha,
      tree: [{ path: 'out/x.yaml', mode: '100644', type: 'blob', sha: blob.data.sha }],
    });
    const commit = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'Add x',
      tree: tree.data.sha,
      parents: [base],
    });
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/heads/bot', sha: commit.data.sha });
    expect(fake.readFile(REPO, 'bot', 'out/x.yaml')).toBe('x: 1\n');
    expect(fake.readFile(REPO, 'bot', 'README.md')).toBe('# hi\n');
    await expect(
      octokit.rest.git.updateRef({ owner, repo, ref: 'heads/bot', sha: base }),
    ).rejects.toMatchObject({ status: 422 });
    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/bot', sha: base, force: true });
    expect(fake.state(REPO).refs['refs/heads/bot']).toBe(base);
  });

  it('creates and then updates a file through the contents API', async () => {
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'notes/a.md',
      message: 'add',
      content: Buffer.from('one\n').toString('base64'),
      branch: 'main',
    });
    expect(created.status).toBe(201);
    const updated = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'notes/a.md',
      message: 'update',
      content: Buffer.from('two\n').toString('base64'),
      sha: created.data.content?.sha,
    });
    expect(updated.status).toBe(200);
    expect(fake.readFile(REPO, 'main', 'notes/a.md')).toBe('two\n');
  });

  it('serves repos/get, labels, assignability and rate limit', async () => {
    const { data } = await octokit.rest.repos.get({ owner, repo });
    expect(data).toMatchObject({ full_name: REPO, default_branch: 'main', owner: { login: owner } });
    await octokit.rest.issues.createLabel({ owner, repo, name: 'decision', color: 'ff0000' });
    await expect(octokit.rest.issues.createLabel({ owner, repo, name: 'Decision' })).rejects.toMatchObject({
      status: 422,
    });
    expect((await octokit.rest.issues.getLabel({ owner, repo, name: 'decision' })).data.color).toBe('ff0000');
    expect((await octokit.rest.issues.listLabelsForRepo({ owner, repo })).data.map((l) => l.name)).toEqual([
      'decision',
    ]);
    fake.setAssignable(REPO, ['alice']);
    expect(
      (await octokit.rest.issues.checkUserCanBeAssigned({ owner, repo, assignee: 'alice' })).status,
    ).toBe(204);
    await expect(
      octokit.rest.issues.checkUserCanBeAssigned({ owner, repo, assignee: 'bob' }),
    ).rejects.toMatchObject({ status: 404 });
    const rate = await octokit.rest.rateLimit.get();
    expect(rate.data.rate.remaining).toBeGreaterThan(0);
  });

  it('creates, completes and lists check runs, accumulating annotations', async () => {
    const annotation = (line: number) => ({
      path: 'docs/decisions.yaml',
      start_line: line,
      end_line: line,
      annotation_level: 'warning' as const,
      message: `m${line}`,
    });
    const created = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'decision-register',
      head_sha: head,
      status: 'in_progress',
    });
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: created.data.id,
      output: {
        title: 't',
        summary: 's',
        annotations: Array.from({ length: 50 }, (_, i) => annotation(i + 1)),
      },
    });
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: 't', summary: 'done', annotations: [annotation(99)] },
    });
    const run = fake.state(REPO).checkRuns[0];
    expect(run).toMatchObject({
      name: 'decision-register',
      status: 'completed',
      conclusion: 'failure',
      updates: 2,
    });
    expect(run?.annotations).toHaveLength(51);
    const listed = await octokit.rest.checks.listForRef({ owner, repo, ref: 'feature' });
    expect(listed.data.total_count).toBe(1);
    expect(listed.data.check_runs[0]?.output.annotations_count).toBe(51);
    expect(
      (await octokit.rest.checks.get({ owner, repo, check_run_id: created.data.id })).data.conclusion,
    ).toBe('failure');
  });

  it('answers the /api/v3 prefix the way GitHub Enterprise does', async () => {
    const ghe = createFakeOctokit(fake, { ghe: true });
    const { data } = await ghe.rest.issues.get({ owner, repo, issue_number: pull });
    expect(data.url).toBe(`${fake.url}/api/v3/repos/${REPO}/issues/${pull}`);
    expect(fake.log.at(-1)?.path).toBe(`/repos/${REPO}/issues/${pull}`);
  });
});
