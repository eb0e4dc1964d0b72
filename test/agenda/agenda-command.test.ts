import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { cliIn } from './cli-io.js';
import { seedFiles } from './seed-yaml.js';

const CONFIG = `core_group: ["@pat"]
topics:
  org-truth: [HRIS representative]
`;

describe('decision-register agenda', () => {
  it('prints the pre-read in Markdown from the config paths, judged on --today', async () => {
    const io = await cliIn({ ...seedFiles(), '.github/decision-register.yml': CONFIG });
    const code = await runCli(['agenda', '--today', '2026-12-03'], io);
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    const text = io.out.join('');
    expect(text.startsWith('# Pre-read: 2026-12-08\n')).toBe(true);
    expect(text).toContain(
      '| **Decision D5** Who approves hosting spend | assigned | **2026-11-28 (overdue)** | — |',
    );
    expect(text).toContain('| @&#8203;pat | core decision group |');
    expect(text).toContain('| HRIS representative | org-truth | D2 | Sam Lee (@&#8203;slee) |');
    await rm(io.cwd, { recursive: true });
  });

  it('prints JSON with --format json, for the named paths only', async () => {
    const io = await cliIn(seedFiles());
    const code = await runCli(['agenda', 'decisions/2026-11-10.yml', '--format', 'json'], io);
    expect(code).toBe(0);
    const agenda = JSON.parse(io.out.join(''));
    expect(agenda).toMatchObject({
      version: 1,
      today: '2026-12-03',
      title: 'Pre-read: 2026-11-24',
      registers: 1,
    });
    expect(agenda.groups).toEqual([]);
    await rm(io.cwd, { recursive: true });
  });

  it('exits 2 with one line on a bad option', async () => {
    const io = await cliIn({});
    expect(await runCli(['agenda', '--format', 'html'], io)).toBe(2);
    expect(io.err).toEqual([
      'decision-register: --format must be one of md, json (see decision-register agenda --help)\n',
    ]);
    expect(await runCli(['agenda', '--today', '2026-02-30'], io)).toBe(2);
    expect(io.err[1]).toBe(
      'decision-register: --today must be a real date as YYYY-MM-DD, not "2026-02-30" (see decision-register agenda --help)\n',
    );
    await rm(io.cwd, { recursive: true });
  });

  it('warns on stderr about files it could not parse, and still prints the rest', async () => {
    const io = await cliIn({ ...seedFiles(), 'decisions/broken.yml': 'decisions: [\n' });
    expect(await runCli(['agenda'], io)).toBe(0);
    expect(io.err.join('')).toContain(
      '1 file(s) could not be parsed and are left out (decisions/broken.yml)',
    );
    expect(io.out.join('')).toContain('# Pre-read: 2026-12-08');
    await rm(io.cwd, { recursive: true });
  });
});
