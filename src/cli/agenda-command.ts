import { parseFiles } from '../check/check-files.js';
import { planAgenda } from '../plan/plan-agenda.js';
import { renderAgenda } from '../render/render-agenda.js';
import { isIsoDate } from '../rules/iso-date.js';
import type { CliIo } from './cli-io.js';
import { collectFiles } from './collect-files.js';
import { loadConfigFile } from './load-config-file.js';
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
  const today = values.today ?? io.today();
  if (!isIsoDate(today)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not "${today}"`);

  const config = await loadConfigFile(io.cwd, values.config);
  const files = await collectFiles(positionals, config, io.cwd, io.readStdin);
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

/** One stderr line when some files could not be read as registers: their items are missing. */
export function warnUnparsed(findings: readonly { rule: string; file: string }[], io: CliIo): void {
  const bad = [...new Set(findings.filter((f) => f.rule === 'parse-error').map((f) => f.file))];
  if (bad.length > 0) {
    io.writeError(
      `decision-register: ${bad.length} file(s) could not be parsed and are left out (${bad.join(', ')}); run \`check\` for details.\n`,
    );
  }
}
