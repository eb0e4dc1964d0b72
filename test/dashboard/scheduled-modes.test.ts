import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { scheduledModes } from '../../src/action/scheduled-modes.js';
import { authoredBy } from '../../src/github/sticky-comment.js';
import { markerFor } from '../../src/plan/comment-marker.js';
import { fakePort, REPO } from '../agenda/fake-port.js';
import { seedConfig } from '../agenda/seed-registers.js';
import { seedFiles } from '../agenda/seed-yaml.js';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';

describe('the Action scheduled modes (in-process, against the GitHub fake)', () => {
  let fake: GitHubFake;
  let workspace: string;
  let summaryDir: string;
  let summaryFile: string;
  const saved = { ...process.env };
  // @actions/core remembers the summary file's path after its first write: one file for all tests.
  beforeAll(async () => {
    summaryDir = await mkdtemp(join(tmpdir(), 'dr-summary-'));
    summaryFile = join(summaryDir, 'summary.md');
  });
  afterAll(async () => {
    process.env = { ...saved };
    await rm(summaryDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    workspace = await mkdtemp(join(tmpdir(), 'dr-action-'));
    process.env.GITHUB_WORKSPACE = workspace;
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    await writeFile(summaryFile, '');
  });
  afterEach(async () => {
    fake.assertNoViolations();
    await fake.close();
    await rm(workspace, { recursive: true, force: true });
  });

  const inputs = (extra: Record<string, string>) =>
    readInputs((name) => ({ 'github-token': 't', today: '2026-12-03', ...extra })[name] ?? '');
  const repo = () => ({ owner: 'acme', repo: 'plans', serverUrl: fake.url, today: '2026-12-03' });
  const ours = authoredBy('github-actions[bot]');

  it('mode dashboard writes into dashboard-dir in the workspace and commits to dashboard-branch', async () => {
    const sha = fake.commit(REPO, seedFiles());
    const given = inputs({
      mode: 'dashboard',
      'dashboard-dir': 'docs/status',
      'dashboard-branch': 'gh-pages',
    });
    await scheduledModes('dashboard', given, repo(), sha, fakePort(fake), seedConfig(), ours);
    const status = await readFile(join(workspace, 'docs/status/STATUS.md'), 'utf8');
    expect(status).toContain('# Status dashboard');
    expect(fake.readFile(REPO, 'gh-pages', 'docs/status/STATUS.md')).toBe(status);
    expect(fake.readFile(REPO, 'gh-pages', 'docs/status/index.html')).toBe(
      await readFile(join(workspace, 'docs/status/index.html'), 'utf8'),
    );
    expect(await readFile(summaryFile, 'utf8')).toContain('## By owner');
  });

  it('mode dashboard refuses a dashboard-dir outside the workspace', async () => {
    const sha = fake.commit(REPO, seedFiles());
    const given = inputs({ mode: 'dashboard', 'dashboard-dir': '../out' });
    await expect(
      scheduledModes('dashboard', given, repo(), sha, fakePort(fake), seedConfig(), ours),
    ).rejects.toThrow('dashboard-dir must be a directory inside the repository, not "../out"');
  });

  it('mode agenda and mode remind report in the job summary', async () => {
    const sha = fake.commit(REPO, seedFiles());
    await scheduledModes(
      'agenda',
      inputs({ mode: 'agenda' }),
      repo(),
      sha,
      fakePort(fake),
      seedConfig(),
      ours,
    );
    await scheduledModes(
      'remind',
      inputs({ mode: 'remind' }),
      repo(),
      sha,
      fakePort(fake),
      seedConfig(),
      ours,
    );
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary).toContain('# Pre-read: 2026-12-08');
    expect(summary).toMatch(/_created issue #\d+\._/);
    expect(summary).toContain('- Digest "Overdue decisions": created');
    const issues = fake.state(REPO).issues;
    expect(issues.map((i) => i.title)).toEqual(['Pre-read: 2026-12-08', 'Overdue decisions']);
    expect(issues[1]?.body).toContain(markerFor('digest'));
  });
});
