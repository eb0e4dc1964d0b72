// The CLI's contract as a table: the built dist/cli.js as its own process, each row's exit code,
// stdout and stderr. Rebuild with `npm run build` after changing src/cli.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24 } from '../support/run-action.js';

const CLI = join(process.cwd(), 'dist/cli.js');
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const CLEAN = `review: { title: Kickoff, date: 2026-11-24 }
decisions:
  - { id: D1, title: Pick the region, status: assigned, owner: "@dkim", due: 2026-12-08 }
`;
const CLEAN_MD = `# Hosting

## Decisions

| ID | Decision | Status | Owner | Due |
| --- | --- | --- | --- | --- |
| H1 | Pick a host | assigned | @dkim | 2026-12-08 |
`;
const VAGUE = `decisions:
  - { id: V1, title: Choose the database, status: assigned, owner: TBD, due: 2026-12-08 }
`;
const WARNS_ONLY = `decisions:
  - { id: W1, title: Agree the budget, status: open, owner: "@dkim", due: 2026-12-08 }
`;

/** A repository with registers where the default paths find them, and files they must not take. */
function makeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'dr-contract-'));
  const files: Record<string, string> = {
    'decisions/2026-11-24-kickoff.yml': CLEAN,
    'notes/hosting.decisions.md': CLEAN_MD,
    'decisions/README.md': '# Not a register\n\n| a |\n| - |\n| b |\n',
    'action.yml': 'name: x\nruns: { using: node24, main: index.js }\n',
    'broken/vague.yml': VAGUE,
    'warn/only.yml': WARNS_ONLY,
    'empty/notes.txt': 'nothing here\n',
    'config/app.yml': 'app:\n  fail-on: warning\n  colour: red\n',
    'config/bad.yml': 'rules:\n  owner-vague: loud\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const REPO = makeRepo();
const ELSEWHERE = mkdtempSync(join(tmpdir(), 'dr-elsewhere-'));

function cli(
  args: string[],
  cwd = REPO,
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [CLI, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const filesOf = (stdout: string) =>
  [...new Set((JSON.parse(stdout) as { findings: { file: string }[] }).findings.map((f) => f.file))].sort();
const countOf = (stdout: string) => (JSON.parse(stdout) as { summary: { files: number } }).summary.files;

type Row = {
  name: string;
  args: string[];
  cwd?: string;
  input?: string;
  code: number;
  /** Exact text, a pattern, or a check on it. */
  stdout?: string | RegExp | ((out: string) => void);
  stderr?: string | RegExp;
};

const J = ['--format', 'json', '--today', '2026-11-25'];
const usageLine = (command: string) => new RegExp(`^Usage: decision-register ${command} `);

const ROWS: Row[] = [
  // No arguments, help and version.
  {
    name: 'no arguments: usage on stderr',
    args: [],
    code: 2,
    stdout: '',
    stderr: /^Usage: decision-register <command>/,
  },
  { name: '--help', args: ['--help'], code: 0, stdout: /^Usage: decision-register <command>/, stderr: '' },
  { name: 'help check', args: ['help', 'check'], code: 0, stdout: usageLine('check'), stderr: '' },
  { name: '--version', args: ['--version'], code: 0, stdout: `${version}\n`, stderr: '' },
  ...['check', 'agenda', 'dashboard', 'show', 'fix'].flatMap((command): Row[] => [
    { name: `${command} --help`, args: [command, '--help'], code: 0, stdout: usageLine(command), stderr: '' },
    {
      name: `${command} -h after options`,
      args: [command, '--today', 'x', '-h'],
      code: 0,
      stdout: usageLine(command),
    },
    {
      name: `${command} --version`,
      args: [command, '--version'],
      code: 0,
      stdout: `${version}\n`,
      stderr: '',
    },
  ]),
  // Bad usage: one line on stderr, exit 2.
  {
    name: 'unknown option',
    args: ['check', '--frob'],
    code: 2,
    stdout: '',
    stderr: "decision-register: unknown option '--frob' (see decision-register check --help)\n",
  },
  {
    name: 'bad --format',
    args: ['check', '--format', 'xml'],
    code: 2,
    stderr:
      'decision-register: --format must be one of text, json, sarif, github (see decision-register check --help)\n',
  },
  {
    name: 'bad --fail-on',
    args: ['check', '--fail-on', 'loud'],
    code: 2,
    stderr:
      'decision-register: --fail-on must be one of error, warning, never (see decision-register check --help)\n',
  },
  {
    name: 'bad --today',
    args: ['agenda', '--today', '2026-02-30'],
    code: 2,
    stderr:
      'decision-register: --today must be a real date as YYYY-MM-DD, not "2026-02-30" (see decision-register agenda --help)\n',
  },
  {
    name: 'unknown command',
    args: ['frobnicate'],
    code: 2,
    stderr:
      'decision-register: unknown command "frobnicate" (commands: check, agenda, dashboard, show, fix; see --help)\n',
  },
  {
    name: 'dashboard without --out',
    args: ['dashboard'],
    code: 2,
    stderr:
      'decision-register: --out DIR is required: the directory to write STATUS.md and index.html to (see decision-register dashboard --help)\n',
  },
  // Which files: the config's paths for directories, explicit files always.
  {
    name: 'no operands: the config paths from cwd',
    args: ['check', ...J],
    code: 0,
    stdout: (out) => expect(countOf(out)).toBe(2),
    stderr: '',
  },
  {
    name: 'check .',
    args: ['check', '.', ...J],
    code: 0,
    stdout: (out) => expect(countOf(out)).toBe(2),
    stderr: '',
  },
  {
    name: 'a relative directory',
    args: ['check', 'decisions', ...J],
    code: 0,
    stdout: (out) => expect(countOf(out)).toBe(1),
  },
  {
    name: 'an absolute directory, from elsewhere',
    args: ['check', REPO, ...J],
    cwd: ELSEWHERE,
    code: 0,
    stdout: (out) => expect(countOf(out)).toBe(2),
    stderr: '',
  },
  {
    name: 'a file outside the paths, named explicitly',
    args: ['check', 'broken/vague.yml', ...J],
    code: 1,
    stdout: (out) => expect(filesOf(out)).toEqual(['broken/vague.yml']),
  },
  {
    name: 'an absolute file, from elsewhere',
    args: ['check', join(REPO, 'broken/vague.yml'), ...J],
    cwd: ELSEWHERE,
    code: 1,
    stdout: (out) => expect(filesOf(out)).toEqual([join(REPO, 'broken/vague.yml')]),
  },
  {
    name: 'a quoted glob',
    args: ['check', 'broken/*.yml', ...J],
    code: 1,
    stdout: (out) => expect(countOf(out)).toBe(1),
  },
  // Nothing matched: exit 2 naming it, unless --allow-empty.
  {
    name: 'a directory with no registers',
    args: ['check', 'empty'],
    code: 2,
    stdout: '',
    stderr:
      "decision-register: no register files matched empty (no file below it matches the config's paths); name the files, or pass --allow-empty to accept none\n",
  },
  {
    name: 'a glob that matches nothing, next to one that does',
    args: ['check', 'nowhere/*.yml', 'decisions'],
    code: 2,
    stderr:
      'decision-register: no register files matched nowhere/*.yml; name the files, or pass --allow-empty to accept none\n',
  },
  {
    name: 'no operands in a folder without registers',
    args: ['check'],
    cwd: ELSEWHERE,
    code: 2,
    stderr: `decision-register: no register files matched the config's paths (decisions/**/*.{yml,yaml,md}, **/*.decisions.{yml,yaml,md}, docs/decisions/**/*.md, docs/adr/**/*.md, doc/adr/**/*.md, **/kep.yaml) below ${ELSEWHERE}; name the files, or pass --allow-empty to accept none\n`,
  },
  ...['show', 'fix'].map(
    (command): Row => ({
      name: `${command} in a directory with no registers`,
      args: [command, 'empty'],
      code: 2,
      stdout: '',
      stderr:
        "decision-register: no register files matched empty (no file below it matches the config's paths); name the files, or pass --allow-empty to accept none\n",
    }),
  ),
  {
    name: 'fix --dry-run on a clean register changes nothing, exit 0',
    args: ['fix', '--dry-run', '--today', '2026-11-25', 'decisions'],
    code: 0,
    stdout: '',
    stderr: 'Would fix 0 finding(s) in 0 file(s); 0 error(s) and 0 warning(s) left to fix by hand.\n',
  },
  {
    name: 'fix --dry-run with errors left, exit 1 as check',
    args: ['fix', '--dry-run', '--today', '2026-11-25', 'broken/vague.yml'],
    code: 1,
    stdout: '',
    stderr: /^Would fix 0 finding\(s\) in 0 file\(s\); [1-9]\d* error\(s\)/,
  },
  { name: '--allow-empty', args: ['check', '--allow-empty', 'empty'], code: 0, stderr: '' },
  { name: 'agenda --allow-empty', args: ['agenda', '--allow-empty'], cwd: ELSEWHERE, code: 0, stderr: '' },
  // Paths that cannot be read: the path and the reason in words.
  {
    name: 'a missing file',
    args: ['check', 'missing.yml'],
    code: 2,
    stderr: 'decision-register: missing.yml: no such file or directory\n',
  },
  {
    name: 'a file used as a directory',
    args: ['check', 'broken/vague.yml/x.yml'],
    code: 2,
    stderr: 'decision-register: broken/vague.yml/x.yml: a part of the path is a file, not a directory\n',
  },
  {
    name: 'a missing --config',
    args: ['check', '--config', 'missing.yml'],
    code: 2,
    stderr: 'decision-register: cannot read config missing.yml: no such file or directory\n',
  },
  {
    name: 'a directory as --config',
    args: ['check', '--config', 'empty'],
    code: 2,
    stderr: 'decision-register: cannot read config empty: is a directory, not a file\n',
  },
  {
    name: 'an invalid config names the key',
    args: ['check', '--config', 'config/bad.yml'],
    code: 2,
    stderr:
      'decision-register: config config/bad.yml: rules.owner-vague: must be one of error, warning, off\n',
  },
  {
    name: 'the app section is ignored, an unknown key in it warned about',
    args: ['check', '--config', 'config/app.yml', 'warn/only.yml'],
    code: 0,
    stderr:
      'decision-register: warning: config config/app.yml: app.colour: unknown key "colour" (the app knows filter-mode, fail-on, mention-owners, issues-for, labels, max-issues); ignored\n',
  },
  {
    name: 'dashboard --out under a file',
    args: ['dashboard', '--out', 'broken/vague.yml/site', 'decisions'],
    code: 2,
    stderr:
      'decision-register: cannot write to broken/vague.yml/site: a part of the path is a file, not a directory\n',
  },
  // Exit codes against --fail-on.
  { name: 'warnings only, default --fail-on', args: ['check', 'warn/only.yml', ...J], code: 0 },
  { name: '--fail-on warning', args: ['check', '--fail-on', 'warning', 'warn/only.yml', ...J], code: 1 },
  { name: '--fail-on never', args: ['check', '--fail-on', 'never', 'broken/vague.yml', ...J], code: 0 },
  // Standard input: read once, named <stdin> in every format, combined with files.
  {
    name: '- - reads stdin once',
    args: ['check', '-', '-', ...J],
    input: VAGUE,
    code: 1,
    stdout: (out) => {
      expect(countOf(out)).toBe(1);
      expect(filesOf(out)).toEqual(['<stdin>']);
    },
  },
  {
    name: 'stdin with files',
    args: ['check', '-', 'decisions', 'broken/vague.yml', ...J],
    input: WARNS_ONLY,
    code: 1,
    stdout: (out) => expect(countOf(out)).toBe(3),
  },
  {
    name: 'stdin in text',
    args: ['check', '-'],
    input: VAGUE,
    code: 1,
    stdout: /^<stdin>\n/,
  },
  {
    name: 'stdin in github annotations',
    args: ['check', '--format', 'github', '-'],
    input: VAGUE,
    code: 1,
    stdout: /^::error file=<stdin>,line=2,/,
  },
  {
    name: 'stdin in SARIF',
    args: ['check', '--format', 'sarif', '-'],
    input: VAGUE,
    code: 1,
    stdout: (out) => {
      expect(out).not.toContain('%3C');
      const location = JSON.parse(out).runs[0].results[0].locations[0];
      expect(location.logicalLocations).toEqual([{ name: '<stdin>', kind: 'resource' }]);
    },
  },
];

// Concurrent: each row is its own process, and most of its time is Node starting up.
describe.concurrent('the CLI contract (dist/cli.js)', () => {
  it.each(ROWS)('$name', async (row) => {
    const run = await cli(row.args, row.cwd, row.input);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(row.code);
    if (typeof row.stdout === 'string') expect(run.stdout).toBe(row.stdout);
    else if (row.stdout instanceof RegExp) expect(run.stdout).toMatch(row.stdout);
    else row.stdout?.(run.stdout);
    if (typeof row.stderr === 'string') expect(run.stderr).toBe(row.stderr);
    else if (row.stderr instanceof RegExp) expect(run.stderr).toMatch(row.stderr);
    if (row.code === 2 && !row.stderr?.toString().includes('Usage')) {
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+|E[A-Z]{3,}:/);
  });
});
