import { ConfigError } from '../config/config.js';
import { describeFsError } from '../flows/describe-fs-error.js';
import { VERSION } from '../model/project.js';
import { agendaCommand } from './agenda-command.js';
import { checkCommand } from './check-command.js';
import type { CliIo } from './cli-io.js';
import { InputError } from './collect-files.js';
import type { Command } from './command.js';
import { dashboardCommand } from './dashboard-command.js';
import { fixCommand } from './fix-command.js';
import { UsageError } from './parse-options.js';
import { showCommand } from './show-command.js';
import { usage } from './usage.js';

/** Every subcommand; a new one (show, fix) adds one line here. */
const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  agenda: agendaCommand,
  dashboard: dashboardCommand,
  show: showCommand,
  fix: fixCommand,
};

const HELP = new Set(['--help', '-h']);
const VERSION_FLAGS = new Set(['--version', '-v']);

/**
 * The CLI: `decision-register <command> [options]`. Returns the exit code: 0 clean, 1 findings
 * at or over `--fail-on`, 2 usage/config/IO error or nothing matched, with one line on stderr.
 * Never throws.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.writeError(usage(COMMANDS));
    return 2;
  }
  if (HELP.has(name) || name === 'help') {
    const topic = name === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    io.write(topic ? topic.usage : usage(COMMANDS));
    return 0;
  }
  if (VERSION_FLAGS.has(name)) {
    io.write(`${VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    return fail(io, `unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}; see --help)`);
  }
  // Flags before a `--` end of options; after it everything is an operand.
  const flags = rest.slice(0, rest.includes('--') ? rest.indexOf('--') : rest.length);
  if (flags.some((arg) => HELP.has(arg))) {
    io.write(command.usage);
    return 0;
  }
  if (flags.some((arg) => VERSION_FLAGS.has(arg))) {
    io.write(`${VERSION}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError)
      return fail(io, `${error.message} (see decision-register ${name} --help)`);
    if (error instanceof ConfigError || error instanceof InputError) return fail(io, error.message);
    if ((error as NodeJS.ErrnoException).code) {
      const path = (error as NodeJS.ErrnoException).path;
      return fail(io, `${path ? `${path}: ` : ''}${describeFsError(error)}`);
    }
    return fail(io, `internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function fail(io: CliIo, reason: string): number {
  io.writeError(`decision-register: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
  return 2;
}
