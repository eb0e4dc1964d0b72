// One config for all three shells: the README's config example (and its `app:` section) through
// the CLI (dist/cli.js), the Action (dist/index.js against the fake) and the app's config loader
// (the app as its own process: readme-config-app.test.ts).
// Every key of the example is accepted without a warning by each, and all three judge the same
// register alike.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_SETTING_KEYS, DEFAULT_APP_SETTINGS } from '../../src/app/app-settings.js';
import { loadAppConfig } from '../../src/app/load-app-config.js';
import { APP_SECTION_KEYS } from '../../src/config/app-section.js';
import { defaultConfig } from '../../src/config/default-config.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { GitHubFake } from '../github-fake/index.js';
import { NODE24 } from '../support/run-action.js';
import { openPull, runReview, TODAY } from './action-harness.js';

import { CONFIG, CONFIG_PATH, REGISTER, REGISTER_PATH } from './readme-config-example.js';

type Found = { rule: string; severity: string; item: string | null; line: number; file: string };
const brief = (findings: Found[]) =>
  findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.severity} ${f.item}`).sort();

let fake: GitHubFake | undefined;
afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

describe("the README's config example in all three shells", () => {
  it('sets every key the schema knows to something other than nothing', () => {
    const keys = Object.keys(parse(CONFIG) as object);
    expect(keys).toEqual(expect.arrayContaining(['paths', 'exclude', 'rules', 'owners', 'topics', 'app']));
    const config = parseConfig(CONFIG);
    expect(config.owners).toEqual({ 'Dana Kim': '@dkim', 'Platform team': '@acme/platform' });
    expect(config.rules['owner-unknown']).toBe('error');
    expect(config.rules['followup-implied']).toBe('off');
    expect(config).not.toEqual(defaultConfig());
  });

  it('the app section keys are the ones the app reads', () => {
    expect([...APP_SECTION_KEYS].sort()).toEqual(
      Object.values(APP_SETTING_KEYS)
        .map((k) => k.key)
        .sort(),
    );
  });

  it('CLI, Action and app accept it without a warning and judge a register alike', async () => {
    // CLI: the config at its default place, no operands (so `paths` and `exclude` choose).
    const repo = mkdtempSync(join(tmpdir(), 'dr-readme-config-'));
    mkdirSync(join(repo, '.github'));
    mkdirSync(join(repo, 'decisions'));
    writeFileSync(join(repo, CONFIG_PATH), CONFIG);
    writeFileSync(join(repo, REGISTER_PATH), REGISTER);
    writeFileSync(join(repo, 'decisions/README.md'), '# About\n\nNot a register: `exclude` leaves it out.\n');
    const cli = spawnSync(
      NODE24,
      [join(process.cwd(), 'dist/cli.js'), 'check', '--format', 'json', '--today', TODAY],
      {
        cwd: repo,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(1);
    const fromCli = JSON.parse(cli.stdout) as { summary: { files: number }; findings: Found[] };
    expect(fromCli.summary.files).toBe(1);
    expect(brief(fromCli.findings)).toEqual(
      [
        `${REGISTER_PATH}:8 owner-unknown error C2`,
        `${REGISTER_PATH}:9 owner-vague error C3`,
        `${REGISTER_PATH}:11 followup-output-late warning CO1`,
        `${REGISTER_PATH}:7 specialist-missing warning C1`,
      ].sort(),
    );

    // Action: the config in the base, the register added by the PR.
    const pr = await openPull(
      { [CONFIG_PATH]: CONFIG },
      { [REGISTER_PATH]: REGISTER, 'decisions/README.md': '# About\n' },
    );
    fake = pr.fake;
    const action = await runReview(pr);
    expect(action.stdout).not.toMatch(/::warning::Config/);
    expect(action.code).toBe(1);
    expect(brief((action.findingsJson as { findings: Found[] }).findings)).toEqual(brief(fromCli.findings));

    // App: Probot's context.config gives the parsed object; the app reads `app:` as its settings.
    const loaded = await loadAppConfig(async () => parse(CONFIG), DEFAULT_APP_SETTINGS);
    expect(loaded).toEqual({
      ok: true,
      config: parseConfig(CONFIG),
      settings: {
        ...DEFAULT_APP_SETTINGS,
        failOn: 'warning',
        labels: ['follow-up', 'meeting'],
        maxIssues: 10,
      },
    });
  });

  it('the Action warns about an unknown key in the app section and goes on', async () => {
    const config = 'app:\n  fail-on: warning\n  colour: red\n';
    const pr = await openPull({ [CONFIG_PATH]: config }, { [REGISTER_PATH]: REGISTER });
    fake = pr.fake;
    const run = await runReview(pr, { inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(run.annotations.filter((a) => a.message.startsWith('Config'))).toEqual([
      {
        level: 'warning',
        message: `Config ${CONFIG_PATH}: app.colour: unknown key "colour" (the app knows filter-mode, fail-on, mention-owners, issues-for, labels, max-issues); ignored`,
      },
    ]);
  });
});
