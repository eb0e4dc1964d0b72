import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { cliIn } from '../agenda/cli-io.js';
import { seedFiles } from '../agenda/seed-yaml.js';

describe('decision-register dashboard', () => {
  it('writes STATUS.md and index.html to --out and says where to open the page', async () => {
    const io = await cliIn(seedFiles());
    const code = await runCli(['dashboard', '--out', 'site', '--today', '2026-12-03'], io);
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    const page = join(io.cwd, 'site', 'index.html');
    expect(io.out.join('')).toBe(
      `Wrote ${join(io.cwd, 'site', 'STATUS.md')} and ${page} (11 items from 2 register file(s)).\nOpen ${pathToFileURL(page).href} in a browser.\n`,
    );
    const status = await readFile(join(io.cwd, 'site', 'STATUS.md'), 'utf8');
    expect(status).toContain('| Sam Lee (@&#8203;slee) | 1 | 1 | 0 |');
    expect(status).toContain('the CLI does not query GitHub');
    const html = await readFile(page, 'utf8');
    expect(html.match(/<tr data-owner=/g)).toHaveLength(11);
    await rm(io.cwd, { recursive: true });
  });

  it('needs --out', async () => {
    const io = await cliIn({});
    expect(await runCli(['dashboard'], io)).toBe(2);
    expect(io.err[0]).toMatch(/^decision-register: --out DIR is required/);
    await rm(io.cwd, { recursive: true });
  });
});
