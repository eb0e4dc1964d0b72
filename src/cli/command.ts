import type { CliIo } from './cli-io.js';

/**
 * A subcommand of the CLI. `run-cli.ts` answers `--help` (with `usage`, on stdout, exit 0) and
 * `--version` for every command before `run` sees its arguments, so a new command (`show`, `fix`)
 * only adds an entry to COMMANDS with these three fields.
 */
export interface Command {
  /** One line for the top-level usage list. */
  summary: string;
  /** The command's full `--help` text, ending with a newline. */
  usage: string;
  /** Runs with the arguments after the command name; returns the exit code (0, 1 or 2). */
  run(args: string[], io: CliIo): Promise<number>;
}
