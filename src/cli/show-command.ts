import { parseFiles } from '../check/check-files.js';
import { renderShowJson, renderShowText, renderShowYaml } from '../render/render-show.js';
import { showRegisters } from '../render/show-items.js';
import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { commandInputs, OPERANDS_HELP, REGISTER_OPTIONS, REGISTER_OPTIONS_HELP } from './command-inputs.js';
import { parseOptions, UsageError } from './parse-options.js';

const FORMATS = ['text', 'json', 'yaml'] as const;

/**
 * `show [PATH|GLOB|- …] [--format text|json|yaml]`: prints every item as read, so a user sees
 * what the tool understood of a file. Informational: exits 0 (2 on usage errors).
 */
export const showCommand: Command = {
  summary: 'Print every item as read (what the tool understood of each file)',
  usage: `Usage: decision-register show [PATH|GLOB|- …] [options]

Prints every decision, action and output as read, with its line, owners, due date and status.

Options:
  --format text|json|yaml   Output format (default: text; JSON: schema/show.schema.json)
${REGISTER_OPTIONS_HELP}  -h, --help           Show this help
  -v, --version        Show the version

${OPERANDS_HELP}
Exit codes: 0 shown, 2 usage or config error, a path that cannot be read, or no
register file matched.
`,
  run: runShow,
};

async function runShow(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', default: 'text' },
    ...REGISTER_OPTIONS,
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const { config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  const statuses = (config as { statuses?: Record<string, string> }).statuses;
  const output = showRegisters(parsed.registers, parsed.parseFindings, statuses);
  io.write(
    format === 'json'
      ? renderShowJson(output)
      : format === 'yaml'
        ? renderShowYaml(output)
        : renderShowText(output),
  );
  return 0;
}
