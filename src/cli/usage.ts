import type { Command } from './command.js';

/** The top-level usage: every command's summary, then the exit codes. */
export function usage(commands: Record<string, Command>): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length)) + 2;
  const lines = Object.entries(commands).map(
    ([name, command]) => `  ${name.padEnd(width)}${command.summary}`,
  );
  return `Usage: decision-register <command> [options]

Commands:
${lines.join('\n')}

Run decision-register <command> --help for a command's options.
  -h, --help      Show this help
  -v, --version   Show the version

Exit codes: 0 clean, 1 findings at or over --fail-on (check), 2 usage or config
error, a path that cannot be read, or no register file matched.
`;
}
