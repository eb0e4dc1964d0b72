// The token never appears in stdout, stderr, the job summary, the outputs (and the findings file
// they name) or any request body, whether the run succeeds or fails.
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubFake } from '../github-fake/index.js';
import type { ActionRun } from '../support/run-action.js';
import { openPull, runReview } from './action-harness.js';
import { brokenRegister } from './registers.js';

const PATH = 'decisions/2026-11-24-operationalization.yml';
const TOKEN = 'ghs_CANARY7f3a9TOKEN0e1d2c3b4a5f6e7d8c9b0a';
let fake: GitHubFake | undefined;

afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

/** Everything a run leaves behind, except the runner's own mask command. */
function leftBehind(run: ActionRun, f: GitHubFake): Record<string, string> {
  return {
    stdout: run.stdout.replace(/^::add-mask::.*$/gm, ''),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    findingsFile: JSON.stringify(run.findingsJson ?? null),
    requestBodies: JSON.stringify(f.log.map((entry) => entry.body ?? null)),
  };
}

describe('the token', () => {
  it('appears nowhere, in a run with findings and in runs that fail', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() }, { token: TOKEN });
    fake = pr.fake;
    const runs = [await runReview(pr, { token: TOKEN })];
    // The comment refused, then GitHub refusing the token itself.
    fake.inject({ operationId: 'issues/create-comment', status: 500, times: Number.POSITIVE_INFINITY });
    runs.push(await runReview(pr, { token: TOKEN }));
    fake.clearFaults();
    fake.inject({
      operationId: 'pulls/list-files',
      status: 401,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
    });
    runs.push(await runReview(pr, { token: TOKEN }));

    expect(runs.map((r) => r.code)).toEqual([1, 1, 1]);
    expect(runs[2]!.failure).toMatch(/Bad credentials \(HTTP 401\)/);
    expect(fake.log.some((entry) => entry.operationId === 'graphql')).toBe(true);
    for (const run of runs) {
      // The mask command itself shows the token was known to the runner.
      expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
      for (const [where, text] of Object.entries(leftBehind(run, fake))) {
        expect(text.includes(TOKEN), `token in ${where}`).toBe(false);
        expect(text.includes(TOKEN.slice(4, 24)), `part of the token in ${where}`).toBe(false);
      }
    }
  });
});
