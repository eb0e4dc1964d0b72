import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

const REGISTER = [
  'review:',
  '  date: 2026-01-10',
  '  attendees:',
  '    - { name: Priya Raman, github: praman }',
  'decisions:',
  '  - id: D1',
  '    title: Pick a host   # keep me',
  '    status: assigned',
  "    owner: 'Priya'",
  '    due: 2026-02-01',
  '  - id: D2',
  '    title: Pick a vendor',
  '    status: assigned',
  '    owner: Nobody Known',
  '    due: 2026-02-01',
  '',
].join('\r\n');

async function run(args: string[], cwd: string, stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    env: {},
    stdoutIsTty: false,
    write: (t) => {
      stdout += t;
    },
    writeError: (t) => {
      stderr += t;
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    today: () => '2026-01-15',
  });
  return { code, stdout, stderr };
}

function repo(text = REGISTER): string {
  const dir = mkdtempSync(join(tmpdir(), 'dr-fix-'));
  writeFileSync(join(dir, 'register.yml'), `\uFEFF${text}`);
  return dir;
}

describe('decision-register fix', () => {
  it('--dry-run prints a unified diff and writes nothing', async () => {
    const dir = repo();
    const result = await run(['fix', '--dry-run', 'register.yml'], dir);
    expect(result.stdout).toContain('--- a/register.yml');
    expect(result.stdout).toContain("-    owner: 'Priya'\r\n+    owner: '@praman'\r\n");
    expect(result.stderr).toBe(
      'Would fix 1 finding(s) in 1 file(s); 0 error(s) and 2 warning(s) left to fix by hand.\n',
    );
    expect(readFileSync(join(dir, 'register.yml'), 'utf8')).toBe(`\uFEFF${REGISTER}`);
    expect(result.code).toBe(0);
  });

  it('fixes in place, keeping BOM, CRLF and comments, and a second run changes nothing', async () => {
    const dir = repo();
    const first = await run(['fix', 'register.yml'], dir);
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, 'register.yml'), 'utf8')).toBe(
      `\uFEFF${REGISTER.replace("owner: 'Priya'", "owner: '@praman'")}`,
    );
    const second = await run(['fix', '--dry-run', 'register.yml'], dir);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(/^Would fix 0 finding\(s\) in 0 file\(s\)/);
  });

  it('exits 1 when error findings are left, like check', async () => {
    const dir = repo(REGISTER.replace('    owner: Nobody Known\r\n', ''));
    const result = await run(['fix', 'register.yml'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 error(s)');
  });

  it('takes --fail-on like check: warnings left fail with warning, errors left pass with never', async () => {
    // After the owner fix, two warnings are left and no error.
    const warnings = await run(['fix', '--dry-run', '--fail-on', 'warning', 'register.yml'], repo());
    expect(warnings.stderr).toContain('0 error(s) and 2 warning(s) left');
    expect(warnings.code).toBe(1);
    expect((await run(['fix', '--dry-run', 'register.yml'], repo())).code).toBe(0);
    const errors = repo(REGISTER.replace('    owner: Nobody Known\r\n', ''));
    expect((await run(['fix', '--dry-run', '--fail-on', 'never', 'register.yml'], errors)).code).toBe(0);
    const bad = await run(['fix', '--fail-on', 'loud', 'register.yml'], repo());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-on must be one of error, warning, never');
  });

  it('writes the fixed standard input to stdout', async () => {
    const result = await run(['fix', '-'], tmpdir(), REGISTER.replaceAll('\r\n', '\n'));
    expect(result.stdout).toContain("    owner: '@praman'\n");
  });

  it("applies read-core's status and date fixes too (Markdown), with the owner fix", async () => {
    const md = [
      '# Review',
      '',
      '## Attendees',
      '',
      '| Name | GitHub |',
      '|---|---|',
      '| Priya Raman | praman |',
      '',
      '## Decisions',
      '',
      '| ID | Decision | Status | Owner | Due | Resolution |',
      '|----|----|----|----|----|----|',
      '| D1 | Pick | Resolvd | Priya | Dec 5, 2026 | yes |',
      '',
    ].join('\n');
    const result = await run(['fix', '-'], tmpdir(), md);
    expect(result.stdout).toContain('| D1 | Pick | resolved | @praman | 2026-12-05 | yes |');
  });

  it('exits 2 on a usage error', async () => {
    const result = await run(['fix', '--nope'], tmpdir());
    expect(result.code).toBe(2);
  });
});
