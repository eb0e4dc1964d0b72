// The fork pattern through the bundle (dist/index.js): the untrusted pull_request job writes the
// report into artifact-dir and posts nothing; the trusted workflow_run job (`mode: report`)
// reads it from there and posts, or refuses a missing or oversized file before any request.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';
import { runActionProcess } from '../support/run-action.js';
import { workflowRunPayload } from '../support/webhook-payloads.js';
import { NAME, OWNER, type PullScenario, REPO, runReview, TODAY } from './action-harness.js';
import { cleanRegister } from './registers.js';

const PATH = 'decisions/2026-11-24-operationalization.yml';
const REPORT = 'decision-register-report.json';
const MARKER = '<!-- decision-register:review -->';
let fake: GitHubFake | undefined;
let dir: string | undefined;

afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** D1's owner written as a name attendee Dana Kim has: one owner-unknown finding with a fix. */
const byName = (register: string) =>
  register.replace('    owner: "@dkim"\n    due: 2026-12-08', '    owner: Dana\n    due: 2026-12-08');

/** A pull request from a fork by an outsider, whose head writes D1's owner as a name. */
async function forkPull(): Promise<PullScenario> {
  fake = await startGitHubFake({ repos: [REPO] });
  const baseSha = fake.commit(REPO, { [PATH]: cleanRegister() });
  const headSha = fake.commit(
    REPO,
    { [PATH]: byName(cleanRegister()) },
    { parent: baseSha, branch: 'meeting' },
  );
  const number = fake.addPull(REPO, { headSha, baseSha, headRef: 'meeting', fork: true, user: 'outsider' });
  return { fake, baseSha, headSha, number };
}

/** Requests other than reads (the `viewer` query that names the bot is a read). */
const writes = (f: GitHubFake) =>
  f.log.filter((e) => e.method !== 'GET' && e.graphqlFields?.join() !== 'viewer').length;

function runReport(f: GitHubFake, artifactDir: string, headSha: string) {
  return runActionProcess({
    apiUrl: f.url,
    token: f.token,
    eventName: 'workflow_run',
    payload: workflowRunPayload({ owner: OWNER, repo: NAME, headSha }),
    repository: REPO,
    sha: headSha,
    inputs: { today: TODAY, mode: 'report', 'artifact-dir': artifactDir },
  });
}

describe('fork pull requests through the bundled Action', () => {
  it('the untrusted job writes the artifact and posts nothing; the trusted job posts from it', async () => {
    const pr = await forkPull();
    const gh = pr.fake;
    dir = await mkdtemp(join(tmpdir(), 'dr-artifact-'));
    const artifactDir = join(dir, 'nested', 'report');

    const untrusted = await runReview(pr, { inputs: { 'dry-run': 'true', 'artifact-dir': artifactDir } });
    expect(untrusted.code, untrusted.stdout + untrusted.stderr).toBe(0);
    expect(writes(gh)).toBe(0);
    const artifact = JSON.parse(await readFile(join(artifactDir, REPORT), 'utf8'));
    expect(artifact).toMatchObject({
      version: 1,
      repository: REPO,
      pull: { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha },
    });
    const owner = artifact.findings.find((f: { rule: string }) => f.rule === 'owner-unknown');
    expect(owner).toMatchObject({ file: PATH, line: 11, fix: { edits: [{ line: 11, text: '"@dkim"' }] } });

    const trusted = await runReport(gh, artifactDir, pr.headSha);
    expect(trusted.code, trusted.stdout + trusted.stderr).toBe(0);
    const state = gh.state(REPO);
    expect(state.comments.filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    const ours = state.reviewComments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours.map((c) => [c.path, c.line])).toEqual([[PATH, 11]]);
    expect(ours[0]!.body).toContain('```suggestion\n    owner: "@dkim"\n```');
    expect(state.checkRuns.map((r) => r.headSha)).toEqual([pr.headSha]);
    expect(trusted.outputs['comment-url']).not.toBe('');
  });

  it('refuses a missing artifact and one over the cap (by its size on disk), touching nothing on GitHub (only the bot login is read)', async () => {
    const pr = await forkPull();
    const gh = pr.fake;
    dir = await mkdtemp(join(tmpdir(), 'dr-artifact-'));
    const missing = await runReport(gh, dir, pr.headSha);
    expect(missing.code).toBe(1);
    expect(missing.failure).toMatch(new RegExp(`${REPORT} was not found in .*\\. Nothing was posted\\.`));

    // Valid JSON padded past 1 MiB: only the size can refuse it.
    const report = {
      version: 1,
      repository: REPO,
      pull: { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha },
      findings: [],
    };
    await writeFile(join(dir, REPORT), JSON.stringify(report) + ' '.repeat(1024 * 1024));
    const big = await runReport(gh, dir, pr.headSha);
    expect(big.code).toBe(1);
    expect(big.failure).toMatch(/is \d+ bytes, over the 1048576-byte cap\. Nothing was posted\./);
    expect(gh.log.filter((e) => e.graphqlFields?.join() !== 'viewer')).toEqual([]);

    // Control: the same report within the cap is read and posted.
    await writeFile(join(dir, REPORT), JSON.stringify(report));
    const small = await runReport(gh, dir, pr.headSha);
    expect(small.code, small.stdout + small.stderr).toBe(0);
    expect(writes(gh)).toBeGreaterThan(0);
  });
});
