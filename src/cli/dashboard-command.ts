import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFiles } from '../check/check-files.js';
import { describeFsError } from '../flows/describe-fs-error.js';
import { planDashboard } from '../plan/agenda/plan-dashboard.js';
import { renderDashboardHtml } from '../render/render-dashboard-html.js';
import { renderStatusMd } from '../render/render-status-md.js';
import type { CliIo } from './cli-io.js';
import { InputError } from './collect-files.js';
import type { Command } from './command.js';
import {
  commandInputs,
  OPERANDS_HELP,
  REGISTER_OPTIONS,
  REGISTER_OPTIONS_HELP,
  warnUnparsed,
} from './command-inputs.js';
import { parseOptions, UsageError } from './parse-options.js';

/**
 * `dashboard [PATH|GLOB|- …] --out DIR`: writes DIR/STATUS.md and DIR/index.html and prints where
 * they are. Follow-up issue numbers are not looked up: the CLI never queries GitHub (the
 * Action's `mode: dashboard` does).
 */
export const dashboardCommand: Command = {
  summary: 'Write DIR/STATUS.md and DIR/index.html (exit 0)',
  usage: `Usage: decision-register dashboard [PATH|GLOB|- …] --out DIR [options]

Writes the status dashboard: DIR/STATUS.md and DIR/index.html.

Options:
  --out DIR            Directory to write to (required; created when missing)
${REGISTER_OPTIONS_HELP}  -h, --help           Show this help
  -v, --version        Show the version

${OPERANDS_HELP}
Exit codes: 0 written, 2 usage or config error, a path that cannot be read or
written, or no register file matched.
`,
  run: runDashboard,
};

async function runDashboard(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    ...REGISTER_OPTIONS,
  });
  if (!values.out)
    throw new UsageError('--out DIR is required: the directory to write STATUS.md and index.html to');
  const { today, config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  warnUnparsed(parsed.parseFindings, io);
  const dashboard = planDashboard({ registers: parsed.registers, config, today });

  const out = resolve(io.cwd, values.out);
  const status = join(out, 'STATUS.md');
  const page = join(out, 'index.html');
  try {
    await mkdir(out, { recursive: true });
    await writeFile(status, renderStatusMd(dashboard));
    await writeFile(page, renderDashboardHtml(dashboard));
  } catch (error) {
    throw new InputError(`cannot write to ${values.out}: ${describeFsError(error)}`);
  }
  io.write(
    `Wrote ${status} and ${page} (${dashboard.items.length} items from ${dashboard.registers} register file(s)).\n` +
      `Open ${pathToFileURL(page).href} in a browser.\n`,
  );
  return 0;
}
