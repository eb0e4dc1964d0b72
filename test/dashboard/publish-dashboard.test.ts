import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dashboardDir, publishDashboard } from '../../src/flows/scheduled/publish-dashboard.js';
import { markerFor } from '../../src/plan/comment-marker.js';
import { fakePort, REPO, recordingLogger, repoContext } from '../agenda/fake-port.js';
import { seedConfig } from '../agenda/seed-registers.js';
import { seedFiles } from '../agenda/seed-yaml.js';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';

describe('publishDashboard against the GitHub fake', () => {
  let fake: GitHubFake;
  let workspace: string;
  beforeEach(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    workspace = await mkdtemp(join(tmpdir(), 'dashboard-'));
  });
  afterEach(async () => {
    fake.assertNoViolations();
    await fake.close();
    await rm(workspace, { recursive: true, force: true });
  });

  const run = (sha: string, options: { branch?: string; dryRun?: boolean; today?: string } = {}) =>
    publishDashboard({
      port: fakePort(fake),
      repo: repoContext(fake),
      sha,
      config: seedConfig(),
      today: options.today ?? '2026-12-03',
      dir: 'status',
      ...(options.branch ? { branch: options.branch } : {}),
      dryRun: options.dryRun ?? false,
      log: recordingLogger(),
      write: async (file) => {
        const { mkdir, writeFile } = await import('node:fs/promises');
        await mkdir(join(workspace, file.path, '..'), { recursive: true });
        await writeFile(join(workspace, file.path), file.content);
      },
    });

  it('writes rows that match the registers, with follow-up issues found by marker', async () => {
    const issue = fake.addIssue(REPO, {
      title: '[O1] Updated Status Dashboard',
      body: `O1\n\n${markerFor('followup', 'decisions/2026-11-24.yml#O1')}`,
      user: 'github-actions[bot]',
    });
    const sha = fake.commit(REPO, seedFiles());
    const outcome = await run(sha);
    expect(outcome.files.map((f) => f.path)).toEqual(['status/STATUS.md', 'status/index.html']);
    expect(outcome.commit).toBeUndefined();

    const html = await readFile(join(workspace, 'status/index.html'), 'utf8');
    const rows = [
      ...html.matchAll(/<tr data-owner="([^"]*)" data-status="([^"]*)" data-overdue="(\d)"/g),
    ].map((m) => m.slice(1));
    expect(rows).toEqual([
      ['', 'resolved', '0'], // D0
      ['@dkim', 'assigned', '0'], // D1
      ['@slee', 'blocked', '1'], // D2
      ['@ops', 'resolved', '0'], // D3
      ['@obs', 'open', '0'], // D4
      ['@dkim', 'assigned', '1'], // D5
      ['@ops', 'open', '1'], // A1
      ['@dkim', 'done', '0'], // A2
      ['@pm', 'open', '0'], // O1
      ['@dkim', 'done', '0'], // O2
      ['@pm', 'open', '0'], // O3
    ]);
    const status = await readFile(join(workspace, 'status/STATUS.md'), 'utf8');
    expect(status).toContain(`| [#${issue}](${fake.url}/acme/plans/issues/${issue}) |`);
    expect(status).toMatch(
      /Output O3\*\*\]\([^)]+\) Readiness checklist \| @&#8203;pm \| 2026-12-20 \| open \| none yet \|/,
    );
    expect(status).toContain('| **Total** | 6 | 2 | 3 | 11 |');
  });

  it('commits to the dashboard branch, and a re-run with the same content adds no commit', async () => {
    const sha = fake.commit(REPO, seedFiles());
    const first = await run(sha, { branch: 'status-pages' });
    expect(first.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(fake.readFile(REPO, 'status-pages', 'status/STATUS.md')).toBe(first.files[0]?.content);
    expect(fake.readFile(REPO, 'status-pages', 'status/index.html')).toBe(first.files[1]?.content);
    const again = await run(sha, { branch: 'status-pages' });
    expect(again.commit).toBe(first.commit);
    expect(fake.state(REPO).refs['refs/heads/status-pages']).toBe(first.commit);
  });

  it('commits nothing with dry-run', async () => {
    const sha = fake.commit(REPO, seedFiles());
    const outcome = await run(sha, { branch: 'status-pages', dryRun: true });
    expect(outcome.commit).toBeUndefined();
    expect(fake.state(REPO).refs['refs/heads/status-pages']).toBeUndefined();
  });
});

describe('dashboardDir', () => {
  it('normalises inside paths and refuses ones that leave the repository', () => {
    expect(dashboardDir('status/')).toBe('status');
    expect(dashboardDir('./docs//status')).toBe('docs/status');
    expect(dashboardDir('.')).toBe('.');
    expect(dashboardDir('')).toBe('.');
    expect(() => dashboardDir('../elsewhere')).toThrow(
      'dashboard-dir must be a directory inside the repository',
    );
    expect(() => dashboardDir('/etc')).toThrow('dashboard-dir');
    expect(() => dashboardDir('a/../../b')).toThrow('dashboard-dir');
  });
});
