// Microsoft's SARIF multitool, with its GitHub rules (what code scanning's ingestion requires) and
// its SARIF rules, finds nothing in the CLI's SARIF: every broken fixture's findings, and stdin.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE24 } from '../support/run-action.js';
import { multitool, multitoolAvailable } from '../support/sarif-multitool.js';

function cliSarif(args: string[], input = ''): string {
  const run = spawnSync(
    NODE24,
    ['dist/cli.js', 'check', '--format', 'sarif', '--today', '2026-11-25', ...args],
    {
      input,
      encoding: 'utf8',
    },
  );
  expect(run.stderr).toBe('');
  return run.stdout;
}

if (!multitoolAvailable) {
  console.warn(
    `SARIF multitool tests skipped: its binary exists for x64 only (here ${process.platform}-${process.arch}).`,
  );
}

describe.skipIf(!multitoolAvailable)('SARIF multitool, GitHub rules', () => {
  it('finds nothing in the SARIF of every broken fixture', () => {
    const broken = readdirSync('fixtures/broken')
      .filter((f) => /\.(ya?ml|md)$/.test(f) && f !== 'README.md')
      .map((f) => `fixtures/broken/${f}`);
    const sarif = cliSarif(broken);
    expect(JSON.parse(sarif).runs[0].results.length).toBeGreaterThan(20);
    expect(multitool(sarif)).toEqual([]);
  });

  it('finds nothing in the SARIF of standard input, fixes included', () => {
    const sarif = cliSarif(
      ['-'],
      'review:\n  date: 2026-11-24\n  attendees:\n    - { name: Dana Kim, github: dkim }\n' +
        'decisions:\n  - { id: D1, title: X, status: assigned, owner: TBD, due: 2026-12-01 }\n' +
        '  - { id: D2, title: Y, status: assigned, owner: Dana, due: 2026-12-01 }\n',
    );
    // D2's owner name has a certain fix, so the log carries `fixes` for the multitool to judge.
    const fixes = JSON.parse(sarif).runs[0].results.flatMap((r: { fixes?: unknown[] }) => r.fixes ?? []);
    expect(fixes).toHaveLength(1);
    expect(multitool(sarif)).toEqual([]);
  });

  it('does report a rule without fullDescription or help (so the checks above can fail)', () => {
    const log = JSON.parse(cliSarif(['fixtures/broken/owner-vague.yml']));
    delete log.runs[0].tool.driver.rules[0].fullDescription;
    delete log.runs[0].tool.driver.informationUri;
    const found = multitool(JSON.stringify(log));
    expect(found.map((f) => f.rule)).toEqual(expect.arrayContaining(['GH2012', 'SARIF2005']));
  });
});
