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

/** The options every command that reads registers takes (spread into its parseOptions spec). */
export const REGISTER_OPTIONS = {
  today: { type: 'string' },
  config: { type: 'string' },
  'allow-empty': { type: 'boolean' },
} as const;

/** Their lines in every command's `--help`. */
export const REGISTER_OPTIONS_HELP = `  --today YYYY-MM-DD   Date the date rules use (default: today, UTC)
  --config FILE        Config file (default: .github/decision-register.yml, if present)
  --allow-empty        Exit 0 when no register file matches (default: exit 2, naming what matched nothing)
`;

/** How operands are read, in every command's `--help`. */
export const OPERANDS_HELP = `Operands: a file (always checked), a directory (searched with the config's paths
and exclude), a glob (quoted), or - for standard input (named <stdin>). None: the
config's paths from the current directory.
`;

/**
 * Validates `--today`, loads `--config` (or the repo's default, warning on stderr about keys it
 * ignores), and reads the operands' files.
 */
export async function commandInputs(
  values: { today?: string | undefined; config?: string | undefined; 'allow-empty'?: boolean | undefined },
  operands: string[],
  io: CliIo,
): Promise<CommandInputs> {
  const today = values.today ?? io.today();
  if (!isIsoDate(today)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not "${today}"`);
  const config = await loadConfigFile(io.cwd, values.config, (warning) =>
    io.writeError(`decision-register: warning: ${warning}\n`),
  );
  const files = await collectFiles(operands, config, io.cwd, io.readStdin, {
    allowEmpty: values['allow-empty'] === true,
  });
  return { today, config, files };
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
