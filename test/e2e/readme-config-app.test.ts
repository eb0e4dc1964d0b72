// The README's config example through the app as its own process (dist/app.js against the fake):
// the same register gets the same findings as from the CLI, as check-run annotations, and the
// `app:` section's `fail-on: warning` decides the conclusion. The app has no fixed "today", so
// the CLI is run with the date the app sees.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_RUN_NAME } from '../../src/flows/review/check-pull-request.js';
import { type AppProcess, startAppProcess } from '../app/app-process.js';
import { APP_ID, NAME, OWNER, REPO, SECRET, settled } from '../app/scenario.js';
import { type GitHubFake, generateTestKeyPair, startGitHubFake } from '../github-fake/index.js';
import { NODE24 } from '../support/run-action.js';
import { pullRequestPayload } from '../support/webhook-payloads.js';
import { CONFIG, CONFIG_PATH, REGISTER, REGISTER_PATH } from './readme-config-example.js';

describe("the README's config example in the app process", { timeout: 120_000 }, () => {
  const keys = generateTestKeyPair();
  let fake: GitHubFake;
  let app: AppProcess;

  beforeAll(async () => {
    fake = await startGitHubFake({ app: { id: APP_ID, privateKeyPem: keys.privateKeyPem }, repos: [REPO] });
    app = await startAppProcess({
      APP_ID: String(APP_ID),
      PRIVATE_KEY: keys.privateKeyPem,
      WEBHOOK_SECRET: SECRET,
      DECISION_REGISTER_REDELIVER_EVERY_SECONDS: '0',
      ...fake.probotEnv(),
    });
  });

  afterAll(async () => {
    await app?.stop();
    await fake?.close();
  });

  it('judges the register as the CLI does, with no config warning', async () => {
    const base = fake.commit(REPO, { [CONFIG_PATH]: CONFIG });
    const head = fake.commit(
      REPO,
      { [REGISTER_PATH]: REGISTER, 'decisions/README.md': '# About\n' },
      { parent: base, branch: 'config-tour' },
    );
    const number = fake.addPull(REPO, { headSha: head, baseSha: base });
    const today = new Date().toISOString().slice(0, 10);
    const payload = pullRequestPayload('opened', {
      owner: OWNER,
      repo: NAME,
      number,
      headSha: head,
      baseSha: base,
    });
    expect(
      (await app.deliver('pull_request', payload, { id: 'readme-config-1', secret: SECRET })).status,
    ).toBe(202);
    const runs = await settled(
      () => fake.state(REPO).checkRuns.filter((r) => r.headSha === head),
      (now) => now.some((r) => r.status === 'completed'),
      { limitMs: 60_000, quietMs: 500 },
    );
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    expect(run.name).toBe(CHECK_RUN_NAME);

    const repo = mkdtempSync(join(tmpdir(), 'dr-readme-config-app-'));
    mkdirSync(join(repo, '.github'));
    mkdirSync(join(repo, 'decisions'));
    writeFileSync(join(repo, CONFIG_PATH), CONFIG);
    writeFileSync(join(repo, REGISTER_PATH), REGISTER);
    const cli = spawnSync(
      NODE24,
      [join(process.cwd(), 'dist/cli.js'), 'check', '--format', 'json', '--today', today],
      {
        cwd: repo,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    const fromCli = (
      JSON.parse(cli.stdout) as { findings: { rule: string; line: number; file: string; severity: string }[] }
    ).findings;
    expect(fromCli.length).toBeGreaterThan(0);
    const annotated = run.annotations.map(
      (a) => `${a.path}:${a.start_line} ${a.title} ${a.annotation_level === 'failure' ? 'error' : 'warning'}`,
    );
    expect(annotated.sort()).toEqual(
      fromCli.map((f) => `${f.file}:${f.line} ${f.rule} ${f.severity}`).sort(),
    );
    // No annotation or summary line about the config: every key of the example is known.
    expect(`${run.output.summary}\n${run.output.text}`).not.toMatch(/unknown key|Config \.github/);
    expect(app.output()).not.toMatch(/unknown key/);
    // The example's register has errors: the check fails.
    expect(run.conclusion).toBe('failure');
    fake.assertNoViolations();
  });
});
