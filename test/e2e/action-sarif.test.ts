// The Action's sarif-file input: a review writes its findings as SARIF 2.1.0 where
// github/codeql-action/upload-sarif reads it, and GitHub's SARIF rules find nothing in it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubFake } from '../github-fake/index.js';
import { multitool, multitoolAvailable } from '../support/sarif-multitool.js';
import { openPull, runReview } from './action-harness.js';
import { brokenRegister } from './registers.js';

const PATH = 'decisions/2026-11-24-operationalization.yml';
let fake: GitHubFake | undefined;
let dir: string | undefined;

afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  fake = undefined;
});

describe('the Action with sarif-file', () => {
  it('writes the findings as SARIF, names the file in an output, and still fails on errors', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    dir = await mkdtemp(join(tmpdir(), 'dr-action-sarif-'));
    const file = join(dir, 'results', 'decision-register.sarif');
    const run = await runReview(pr, { inputs: { 'sarif-file': file } });
    expect(run.code).toBe(1);
    expect(run.outputs['sarif-file']).toBe(file);
    const text = await readFile(file, 'utf8');
    const log = JSON.parse(text);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(
      log.runs[0].results.map(
        (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
          r.ruleId,
          r.locations[0]!.physicalLocation.artifactLocation.uri,
        ],
      ),
    ).toEqual([
      ['owner-vague', PATH],
      ['due-missing', PATH],
    ]);
    if (multitoolAvailable) expect(multitool(text)).toEqual([]);
  });

  it('writes no SARIF without the input', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    const run = await runReview(pr);
    expect(run.outputs['sarif-file']).toBeUndefined();
  });
});
