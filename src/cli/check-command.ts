import { checkParsed, parseFiles } from '../check/check-files.js';
import { prepareCheck } from '../check/prepare-check.js';
import { PROJECT_URL, VERSION } from '../model/project.js';
import { shouldFail } from '../plan/review/verdict.js';
import { renderGithubAnnotations } from '../render/render-github.js';
import { renderJson } from '../render/render-json.js';
import { renderSarif } from '../render/render-sarif.js';
import { renderText } from '../render/render-text.js';
import { type CliIo, wantsColor } from './cli-io.js';
import type { Command } from './command.js';
import { commandInputs, OPERANDS_HELP, REGISTER_OPTIONS, REGISTER_OPTIONS_HELP } from './command-inputs.js';
import { parseOptions, UsageError } from './parse-options.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
const FAIL_ON = ['error', 'warning', 'never'] as const;

/** `check [PATH|GLOB|- …]`: exit 1 on findings at or over `--fail-on`. */
export const checkCommand: Command = {
  summary: 'Check decision registers; exit 1 on findings at or over --fail-on',
  usage: `Usage: decision-register check [PATH|GLOB|- …] [options]

Checks decision registers and reports the findings.

Options:
  --format text|json|sarif|github   Output format (default: text)
  --fail-on error|warning|never     Exit 1 on error findings, on any finding, or never (default: error)
${REGISTER_OPTIONS_HELP}  -h, --help           Show this help
  -v, --version        Show the version

${OPERANDS_HELP}
Exit codes: 0 clean, 1 findings at or over --fail-on, 2 usage or config error, a
path that cannot be read, or no register file matched.
`,
  run: runCheck,
};

/** `--fail-on`'s value, checked; `fix` takes it too, so its exit codes are check's. */
export function readFailOn(value: unknown): (typeof FAIL_ON)[number] {
  const failOn = value as (typeof FAIL_ON)[number];
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}`);
  return failOn;
}

async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', default: 'text' },
    'fail-on': { type: 'string', default: 'error' },
    ...REGISTER_OPTIONS,
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const failOn = readFailOn(values['fail-on']);
  const { today, config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  await prepareCheck(parsed.registers, config);
  const { findings, summary } = checkParsed(parsed, config, today);

  if (format === 'json') io.write(renderJson(findings, summary));
  else if (format === 'sarif')
    io.write(renderSarif(findings, { toolVersion: VERSION, informationUri: PROJECT_URL }));
  else if (format === 'github') io.write(renderGithubAnnotations(findings));
  else io.write(renderText(findings, summary, { color: wantsColor(io) }));
  return shouldFail(summary, failOn) ? 1 : 0;
}
