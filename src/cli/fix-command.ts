import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { checkFiles } from '../check/check-files.js';
import { planFixes } from '../plan/fixes/plan-fixes.js';
import { shouldFail } from '../plan/review/verdict.js';
import { readFailOn } from './check-command.js';
import type { CliIo } from './cli-io.js';
import type { Command } from './command.js';
import { commandInputs, OPERANDS_HELP, REGISTER_OPTIONS, REGISTER_OPTIONS_HELP } from './command-inputs.js';
import { parseOptions } from './parse-options.js';

/**
 * `fix [PATH|GLOB|- …] [--dry-run]`: applies every certain fix in place (standard input: the
 * fixed text goes to stdout), or with `--dry-run` prints them as a unified diff and writes
 * nothing. Exit codes as `check` (`--fail-on` included), judged on the findings the fixes leave.
 */
export const fixCommand: Command = {
  summary: 'Apply the certain fixes in place (--dry-run: print them as a diff)',
  usage: `Usage: decision-register fix [PATH|GLOB|- …] [options]

Applies every certain fix (ISO dates, canonical statuses, @logins, missing ids, dependency
separators) in place, keeping the file's formatting. Standard input: the fixed text goes to stdout.

Options:
  --dry-run            Print the fixes as a unified diff, change nothing
  --fail-on error|warning|never     Exit 1 on error findings left, on any finding left, or never (default: error)
${REGISTER_OPTIONS_HELP}  -h, --help           Show this help
  -v, --version        Show the version

${OPERANDS_HELP}
Exit codes: 0 clean after fixing, 1 findings at or over --fail-on left to fix by hand, 2
usage or config error, a path that cannot be read, or no register file matched.
`,
  run: runFix,
};

async function runFix(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    'dry-run': { type: 'boolean', default: false },
    'fail-on': { type: 'string', default: 'error' },
    ...REGISTER_OPTIONS,
  });
  const failOn = readFailOn(values['fail-on']);
  const { today, config, files } = await commandInputs(values, positionals, io);
  const { findings } = checkFiles(files, config, today);
  const plan = planFixes(files, findings);
  const dryRun = values['dry-run'] === true;
  for (const file of plan.files) {
    if (dryRun) io.write(createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.before, file.after));
    else if (file.path === '<stdin>') io.write(file.after);
    else await writeFile(join(io.cwd, file.path), file.after);
  }
  const fixed = plan.files.reduce((n, file) => n + file.fixed.length, 0);
  const errors = plan.remaining.filter((f) => f.severity === 'error').length;
  const warnings = plan.remaining.length - errors;
  const verb = dryRun ? 'Would fix' : 'Fixed';
  io.writeError(
    `${verb} ${fixed} finding(s) in ${plan.files.length} file(s); ${errors} error(s) and ${warnings} warning(s) left to fix by hand.\n`,
  );
  return shouldFail({ errors, warnings }, failOn) ? 1 : 0;
}
