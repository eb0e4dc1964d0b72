import { parseFiles } from '../check/check-files.js';
import { planAgenda } from '../plan/agenda/plan-agenda.js';
import { renderAgenda } from '../render/render-agenda.js';
import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import {
  commandInputs,
  OPERANDS_HELP,
  REGISTER_OPTIONS,
  REGISTER_OPTIONS_HELP,
  warnUnparsed,
} from './command-inputs.js';
import { parseOptions, UsageError } from './parse-options.js';

const FORMATS = ['md', 'json'] as const;

/**
 * `agenda [PATH|GLOB|- …]`: prints the pre-read of the next review. Informational, so it exits 0
 * whatever the registers hold (2 on usage errors).
 */
export const agendaCommand: Command = {
  summary: 'Print the pre-read of the next review (exit 0)',
  usage: `Usage: decision-register agenda [PATH|GLOB|- …] [options]

Prints the pre-read of the next review: open decisions, what is due, suggested attendees.

Options:
  --format md|json     Output format (default: md)
${REGISTER_OPTIONS_HELP}  -h, --help           Show this help
  -v, --version        Show the version

${OPERANDS_HELP}
Exit codes: 0 printed, 2 usage or config error, a path that cannot be read, or no
register file matched.
`,
  run: runAgenda,
};

async function runAgenda(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', default: 'md' },
    ...REGISTER_OPTIONS,
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const { today, config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  warnUnparsed(parsed.parseFindings, io);
  const agenda = planAgenda({ registers: parsed.registers, config, today });
  io.write(
    format === 'json'
      ? `${JSON.stringify(agenda, null, 2)}\n`
      : renderAgenda(agenda, { maxChars: Number.POSITIVE_INFINITY }),
  );
  return 0;
}
