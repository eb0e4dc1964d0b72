// The trusted half of the fork pattern, against the GitHub fake: a workflow_run payload from
// @octokit/webhooks-examples, the artifact the untrusted job wrote, and every tampering refused.
import { afterEach, describe, expect, it } from 'vitest';
import { pickMode } from '../../src/action/pick-mode.js';
import { isRepoPath, readReportArtifact } from '../../src/check/report-artifact.js';
import { reportPullRequest } from '../../src/flows/review/report-pull-request.js';
import { createOctokitPort } from '../../src/github/octokit/octokit-port.js';
import { authoredBy } from '../../src/github/sticky-comment.js';
import type { GitHubFake } from '../github-fake/index.js';
import { startGitHubFake } from '../github-fake/index.js';
import { createFakeOctokit } from '../github-fake/octokit.js';
import { workflowRunPayload } from '../support/webhook-payloads.js';

const REPO = 'acme/decisions';
const PATH = 'decisions/review.yml';
const quiet = { info: () => {}, notice: () => {}, warning: () => {}, debug: () => {} };
let fake: GitHubFake | undefined;

afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

const BASE =
  'decisions:\n  - id: D1\n    title: Pick a host\n    status: assigned\n    owner: "@dkim"\n    due: 2026-12-08\n';
const HEAD = BASE.replace('owner: "@dkim"', 'owner: Dana');

async function forkPull() {
  fake = await startGitHubFake({ repos: [REPO] });
  const baseSha = fake.commit(REPO, { [PATH]: BASE });
  const headSha = fake.commit(REPO, { [PATH]: HEAD }, { parent: baseSha, branch: 'meeting' });
  const number = fake.addPull(REPO, { headSha, baseSha, headRef: 'meeting', fork: true, user: 'outsider' });
  const report = {
    version: 1,
    repository: REPO,
    pull: { number, headSha, baseSha },
    findings: [
      {
        file: PATH,
        line: 5,
        column: 12,
        rule: 'owner-unknown',
        severity: 'warning',
        message: 'Decision D1 is owned by "Dana", who is neither an attendee nor in the owners directory',
        item: 'D1',
        fix: {
          description: 'Write the owner as @dkim',
          edits: [{ line: 5, column: 12, endLine: 5, endColumn: 16, text: '"@dkim"' }],
        },
      },
    ],
  };
  return { fake, baseSha, headSha, number, report };
}

async function report(
  f: GitHubFake,
  artifact: unknown,
  run: { headSha: string; pullRequests?: Array<{ number: number; headSha: string }> },
) {
  const read = readReportArtifact(JSON.stringify(artifact), REPO);
  if (!read.ok) return read;
  const port = createOctokitPort(createFakeOctokit(f), { owner: 'acme', repo: 'decisions' });
  return reportPullRequest({
    port,
    repo: { owner: 'acme', repo: 'decisions', serverUrl: 'https://github.com' },
    report: read.report,
    run: { headSha: run.headSha, pullRequests: run.pullRequests ?? [] },
    isOurs: authoredBy('github-actions[bot]'),
    suggestions: true,
    failOn: 'error',
    log: quiet,
  });
}

const writes = (f: GitHubFake) => f.log.filter((e) => e.method !== 'GET').length;

describe('mode report on workflow_run', () => {
  it('reads the run from a workflow_run payload whose pull_requests is empty (a fork)', () => {
    const payload = workflowRunPayload({ owner: 'acme', repo: 'decisions', headSha: 'a'.repeat(40) });
    expect(pickMode('auto', 'workflow_run', payload as never)).toEqual({
      kind: 'report',
      run: { headSha: 'a'.repeat(40), pullRequests: [] },
    });
  });

  it('confirms the fork PR by its head SHA, then posts the comment, one suggestion and the check', async () => {
    const pr = await forkPull();
    const payload = workflowRunPayload({ owner: 'acme', repo: 'decisions', headSha: pr.headSha });
    const picked = pickMode('report', 'workflow_run', payload as never);
    if (picked.kind !== 'report') throw new Error('not report');
    const outcome = await report(pr.fake, pr.report, picked.run);
    expect(outcome.ok).toBe(true);
    const state = pr.fake.state(REPO);
    expect(state.comments.filter((c) => c.issueNumber === pr.number)).toHaveLength(1);
    expect(state.reviewComments).toHaveLength(1);
    expect(state.reviewComments[0]!.body).toContain('```suggestion\n    owner: "@dkim"\n```');
    expect(state.checkRuns.map((r) => [r.headSha, r.conclusion])).toEqual([[pr.headSha, 'success']]);
  });

  it('refuses, touching nothing: another head, a run for another commit, a closed PR, a disagreeing pull_requests', async () => {
    const pr = await forkPull();
    const other = pr.fake.commit(REPO, { [PATH]: BASE }, { parent: pr.headSha, branch: 'meeting' });
    const cases: Array<
      [unknown, { headSha: string; pullRequests?: Array<{ number: number; headSha: string }> }, RegExp]
    > = [
      [
        { ...pr.report, pull: { ...pr.report.pull, headSha: other } },
        { headSha: other },
        /is at .*, not the run's/,
      ],
      [pr.report, { headSha: other }, /the artifact is for commit/],
      [
        { ...pr.report, pull: { ...pr.report.pull, number: 99 } },
        { headSha: pr.headSha },
        /#99 does not exist/,
      ],
      [
        pr.report,
        { headSha: pr.headSha, pullRequests: [{ number: 7, headSha: pr.headSha }] },
        /not the one the run was for/,
      ],
    ];
    for (const [artifact, run, reason] of cases) {
      const outcome = await report(pr.fake, artifact, run);
      expect(outcome.ok).toBe(false);
      expect(outcome.ok ? '' : outcome.reason).toMatch(reason);
    }
    pr.fake.updatePull(REPO, pr.number, { state: 'closed' });
    const closed = await report(pr.fake, pr.report, { headSha: pr.headSha });
    expect(closed.ok ? '' : closed.reason).toMatch(/is closed/);
    expect(writes(pr.fake)).toBe(0);
  });

  it('refuses broken, oversized, off-schema and path-escaping artifacts before any request', () => {
    const good = {
      version: 1,
      repository: REPO,
      pull: { number: 1, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) },
      findings: [],
    };
    const finding = {
      file: 'x.yml',
      line: 1,
      column: 1,
      rule: 'schema',
      severity: 'error',
      message: 'm',
      item: null,
    };
    expect(readReportArtifact(JSON.stringify(good), REPO).ok).toBe(true);
    const refused = (value: unknown) => {
      const read = readReportArtifact(typeof value === 'string' ? value : JSON.stringify(value), REPO);
      return read.ok ? 'accepted' : read.reason;
    };
    expect(refused('{"version": 1,')).toMatch(/not valid JSON/);
    expect(refused('x'.repeat(1024 * 1024 + 1))).toMatch(/over the 1048576-byte cap/);
    expect(refused({ ...good, extra: 1 })).toMatch(/report schema/);
    expect(refused({ ...good, pull: { ...good.pull, headSha: 'main' } })).toMatch(/report schema/);
    expect(refused({ ...good, findings: [{ ...finding, rule: 'no-such-rule' }] })).toMatch(/report schema/);
    expect(refused({ ...good, repository: 'evil/other' })).toMatch(/is for evil\/other/);
    for (const file of ['../secrets.yml', '/etc/passwd', 'a/../../b', 'a\\b', 'C:/x', '']) {
      expect(refused({ ...good, findings: [{ ...finding, file }] }), file).toMatch(
        /outside the repository|schema/,
      );
    }
    expect(isRepoPath('decisions/2026-11-24.yml')).toBe(true);
  });
});
