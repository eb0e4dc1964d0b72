// The bundled CLI (dist/cli.js) as its own process: exit codes, output formats, fixtures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24 } from '../support/run-action.js';

const TODAY = '2026-11-25';

function cli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const run = spawnSync(NODE24, [join(process.cwd(), 'dist/cli.js'), ...args], {
    cwd: options.cwd ?? process.cwd(),
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...options.env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const json = (stdout: string) =>
  JSON.parse(stdout) as {
    version: number;
    summary: { files: number; decisions: number; errors: number; warnings: number };
    findings: {
      file: string;
      line: number;
      column: number;
      rule: string;
      severity: string;
      item: string | null;
    }[];
  };

describe('node dist/cli.js check', () => {
  it('exits 0 with no findings on the examples, in both forms together', () => {
    const run = cli(['check', '--format', 'json', '--today', TODAY, 'fixtures/examples/*']);
    expect(run.code, run.stderr).toBe(0);
    expect(json(run.stdout)).toEqual({
      version: 1,
      summary: { files: 2, decisions: 8, errors: 0, warnings: 0 },
      findings: [],
    });
  });

  // One process per fixture: slow on a loaded machine, hence the longer timeout.
  it('gives each broken fixture exactly its intended rule ids at the right lines', {
    timeout: 180_000,
  }, () => {
    const expected = JSON.parse(readFileSync('fixtures/broken/expected.json', 'utf8')) as Record<
      string,
      { rule: string; line: number }[]
    >;
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(20);
    for (const [name, wanted] of Object.entries(expected)) {
      const run = cli(['check', '--format', 'json', '--today', TODAY, `fixtures/broken/${name}`]);
      const report = json(run.stdout);
      const got = report.findings.map((f) => ({ rule: f.rule, line: f.line }));
      const sort = (list: { rule: string; line: number }[]) =>
        [...list].sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
      expect(sort(got), name).toEqual(sort(wanted));
      expect(run.code, name).toBe(report.summary.errors > 0 ? 1 : 0);
      expect(report.findings.every((f) => f.file === `fixtures/broken/${name}`)).toBe(true);
    }
  });

  it('gives the same findings for the same register in YAML and Markdown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dr-parity-'));
    writeFileSync(join(dir, 'r.decisions.yml'), PARITY_YAML);
    writeFileSync(join(dir, 'r.decisions.md'), PARITY_MARKDOWN);
    const strip = (stdout: string) =>
      json(stdout).findings.map(({ rule, severity, item }) => ({ rule, severity, item }));
    const yaml = cli(['check', '--format', 'json', '--today', TODAY, 'r.decisions.yml'], { cwd: dir });
    const md = cli(['check', '--format', 'json', '--today', TODAY, 'r.decisions.md'], { cwd: dir });
    expect(
      strip(yaml.stdout)
        .map((f) => f.rule)
        .sort(),
    ).toEqual(
      [
        'decision-undecided',
        'dependency-missing',
        'dependency-unknown',
        'dependency-unowned',
        'due-missing',
        'due-missing',
        'owner-missing',
        'owner-vague',
        'overdue',
      ].sort(),
    );
    expect(strip(md.stdout)).toEqual(strip(yaml.stdout));
  });

  it('reads standard input with -', () => {
    const input = readFileSync('fixtures/broken/owner-vague.yml', 'utf8');
    const run = cli(['check', '--format', 'json', '--today', TODAY, '-'], { input });
    expect(run.code).toBe(1);
    expect(json(run.stdout).findings.map((f) => [f.file, f.rule])).toEqual([['<stdin>', 'owner-vague']]);
  });

  it('prints workflow commands, SARIF 2.1.0 and text', () => {
    const file = 'fixtures/broken/owner-vague.yml';
    const github = cli(['check', '--format', 'github', '--today', TODAY, file]);
    expect(github.stdout).toMatch(
      /^::error file=fixtures\/broken\/owner-vague\.yml,line=\d+,col=\d+,title=owner-vague::/m,
    );
    const sarif = JSON.parse(cli(['check', '--format', 'sarif', '--today', TODAY, file]).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'owner-vague', level: 'error' });
    const text = cli(['check', '--today', TODAY, file], { env: { NO_COLOR: '1' } });
    expect(text.stdout).toContain('owner-vague');
    expect(text.stdout).not.toContain('\x1b[');
  });

  it('uses the config globs from the working directory when given no paths', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dr-cli-'));
    const run = cli(['check', '--format', 'json', '--today', TODAY, '--allow-empty'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(json(run.stdout).summary.files).toBe(0);
  });

  it('exits 2 with one line on usage, config and I/O errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dr-cli-'));
    writeFileSync(join(dir, 'bad.yml'), 'rules:\n  owner-vague: loud\n');
    const cases = [
      cli(['check', '--format', 'xml']),
      cli(['check', '--today', '2026-02-30']),
      cli(['check', 'no/such/file.yml']),
      cli(['check', '--config', join(dir, 'bad.yml'), 'fixtures/examples']),
      cli(['frobnicate']),
    ];
    for (const run of cases) {
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
    expect(cases[3]!.stderr).toContain('rules.owner-vague');
  });
});

const PARITY_YAML = `review:
  title: Hosting review
  date: 2026-11-10
decisions:
  - { id: H1, title: Pick the region, status: open, owner: "@dkim", due: 2026-12-01 }
  - { id: H2, title: Choose the database, status: assigned, owner: TBD, due: 2026-12-01 }
  - { id: H3, title: Agree the budget, status: blocked, owner: "@lpark", due: 2026-12-01 }
  - id: H4
    title: Sign the contract
    status: blocked
    owner: "@lpark"
    due: 2026-11-20
    depends_on: [H9]
    blocked_by:
      - { what: Legal review }
actions:
  - { id: HA1, title: Draft the RFP, status: open }
  - { id: HA2, title: Call the vendor, owner: "@dkim", status: open }
`;

const PARITY_MARKDOWN = `---
title: Hosting review
date: 2026-11-10
---

# Hosting review

## Decisions

| ID | Decision | Status | Owner | Due | Depends on |
| --- | --- | --- | --- | --- | --- |
| H1 | Pick the region | open | @dkim | 2026-12-01 | |
| H2 | Choose the database | assigned | TBD | 2026-12-01 | |
| H3 | Agree the budget | blocked | @lpark | 2026-12-01 | |
| H4 | Sign the contract | blocked | @lpark | 2026-11-20 | H9; Legal review |

## Next actions

| ID | Action | Status | Owner | Due |
| --- | --- | --- | --- | --- |
| HA1 | Draft the RFP | open | | |
| HA2 | Call the vendor | open | @dkim | |
`;
