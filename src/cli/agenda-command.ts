import { parseFiles } from '../check/check-files.js';
import { planAgenda } from '../plan/plan-agenda.js';
import { renderAgenda } from '../render/render-agenda.js';
import type { CliIo } from './cli-io.js';
import { commandInputs, warnUnparsed } from './command-inputs.js';
import { parseOptions, UsageError } from './parse-options.js';

const FORMATS = ['md', 'json'] as const;

/**
 * `agenda [PATH|GLOB|- …] [--today D] [--format md|json] [--config FILE]`: prints the pre-read of
 * the next review. Informational, so it exits 0 whatever the registers hold (2 on usage errors).
 */
export async function agendaCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', default: 'md' },
    today: { type: 'string' },
    config: { type: 'string' },
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
