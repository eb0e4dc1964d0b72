import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFiles } from '../check/check-files.js';
import { planDashboard } from '../plan/plan-dashboard.js';
import { renderDashboardHtml } from '../render/render-dashboard-html.js';
import { renderStatusMd } from '../render/render-status-md.js';
import { isIsoDate } from '../rules/iso-date.js';
import { warnUnparsed } from './agenda-command.js';
import type { CliIo } from './cli-io.js';
import { collectFiles } from './collect-files.js';
import { loadConfigFile } from './load-config-file.js';
import { parseOptions, UsageError } from './parse-options.js';

/**
 * `dashboard [PATH|GLOB|- …] --out DIR [--today D] [--config FILE]`: writes DIR/STATUS.md and
 * DIR/index.html and prints where they are. Follow-up issue numbers are not looked up: the CLI
 * never queries GitHub (the Action's `mode: dashboard` does).
 */
export async function dashboardCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    today: { type: 'string' },
    config: { type: 'string' },
  });
  if (!values.out)
    throw new UsageError('--out DIR is required: the directory to write STATUS.md and index.html to');
  const today = values.today ?? io.today();
  if (!isIsoDate(today)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not "${today}"`);

  const config = await loadConfigFile(io.cwd, values.config);
  const files = await collectFiles(positionals, config, io.cwd, io.readStdin);
  const parsed = parseFiles(files, config);
  warnUnparsed(parsed.parseFindings, io);
  const dashboard = planDashboard({ registers: parsed.registers, config, today });

  const out = resolve(io.cwd, values.out);
  await mkdir(out, { recursive: true });
  const status = join(out, 'STATUS.md');
  const page = join(out, 'index.html');
  await writeFile(status, renderStatusMd(dashboard));
  await writeFile(page, renderDashboardHtml(dashboard));
  io.write(
    `Wrote ${status} and ${page} (${dashboard.items.length} items from ${dashboard.registers} register file(s)).\n` +
      `Open ${pathToFileURL(page).href} in a browser.\n`,
  );
  return 0;
}
