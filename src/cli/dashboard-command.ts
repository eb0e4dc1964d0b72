import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFiles } from '../check/check-files.js';
import { planDashboard } from '../plan/plan-dashboard.js';
import { renderDashboardHtml } from '../render/render-dashboard-html.js';
import { renderStatusMd } from '../render/render-status-md.js';
import type { CliIo } from './cli-io.js';
import { commandInputs, warnUnparsed } from './command-inputs.js';
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
  const { today, config, files } = await commandInputs(values, positionals, io);
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
