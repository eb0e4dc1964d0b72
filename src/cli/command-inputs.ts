import type { SourceFile } from '../check/check-files.js';
import type { Config } from '../config/config.js';
import { isIsoDate } from '../model/iso-date.js';
import type { CliIo } from './cli-io.js';
import { collectFiles } from './collect-files.js';
import { loadConfigFile } from './load-config-file.js';
import { UsageError } from './parse-options.js';

/** What every register command starts from: the date rules' today, the config, the files. */
export interface CommandInputs {
  today: string;
  config: Config;
  files: SourceFile[];
}

/** Validates `--today`, loads `--config` (or the repo's default), and reads the operands' files. */
export async function commandInputs(
  values: { today?: string | undefined; config?: string | undefined },
  operands: string[],
  io: CliIo,
): Promise<CommandInputs> {
  const today = values.today ?? io.today();
  if (!isIsoDate(today)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not "${today}"`);
  const config = await loadConfigFile(io.cwd, values.config);
  return { today, config, files: await collectFiles(operands, config, io.cwd, io.readStdin) };
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
