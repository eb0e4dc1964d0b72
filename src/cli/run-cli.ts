import { ConfigError } from '../config/config.js';
import { VERSION } from '../model/version.js';
import { agendaCommand } from './agenda-command.js';
import { checkCommand } from './check-command.js';
import type { CliIo } from './cli-io.js';
import { InputError } from './collect-files.js';
import { dashboardCommand } from './dashboard-command.js';
import { fixCommand } from './fix-command.js';
import { UsageError } from './parse-options.js';
import { USAGE } from './usage.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  agenda: agendaCommand,
  dashboard: dashboardCommand,
  fix: fixCommand,
};

/**
 * The CLI: `decision-register <command> [options]`. Returns the exit code: 0 clean, 1 error
 * findings, 2 usage/config/IO error with a one-line reason on stderr. Never throws.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) return fail(io, `unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})`);
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError || error instanceof UsageError) {
      return fail(io, error.message);
    }
    const code = (error as NodeJS.ErrnoException).code;
    return fail(io, code ? `${code}: ${(error as Error).message}` : `internal error: ${String(error)}`);
  }
}

function fail(io: CliIo, reason: string): number {
  io.writeError(`decision-register: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
}
