import { checkParsed, parseFiles } from '../check/check-files.js';
import { prepareCheck } from '../check/prepare-check.js';
import { VERSION } from '../model/version.js';
import { renderGithubAnnotations } from '../render/render-github.js';
import { renderJson } from '../render/render-json.js';
import { renderSarif } from '../render/render-sarif.js';
import { renderText } from '../render/render-text.js';
import { type CliIo, wantsColor } from './cli-io.js';
import { commandInputs } from './command-inputs.js';
import { parseOptions, UsageError } from './parse-options.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** `check [PATH|GLOB|- …] [--format F] [--today D] [--config FILE]`: exit 1 on error findings. */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', default: 'text' },
    today: { type: 'string' },
    config: { type: 'string' },
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const { today, config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  await prepareCheck(parsed.registers, config);
  const { findings, summary } = checkParsed(parsed, config, today);

  if (format === 'json') io.write(renderJson(findings, summary));
  else if (format === 'sarif') io.write(renderSarif(findings, { toolVersion: VERSION }));
  else if (format === 'github') io.write(renderGithubAnnotations(findings));
  else io.write(renderText(findings, summary, { color: wantsColor(io) }));
  return summary.errors > 0 ? 1 : 0;
}
