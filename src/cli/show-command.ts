import { parseFiles } from '../check/check-files.js';
import { renderShowJson, renderShowText, renderShowYaml } from '../render/render-show.js';
import { showRegisters } from '../render/show-items.js';
import type { CliIo } from './cli-io.js';
import { commandInputs } from './command-inputs.js';
import { parseOptions, UsageError } from './parse-options.js';

const FORMATS = ['text', 'json', 'yaml'] as const;

/**
 * `show [PATH|GLOB|- …] [--format text|json|yaml] [--config FILE]`: prints every item as read,
 * so a user sees what the tool understood of a file. Informational: exits 0 (2 on usage errors).
 */
export async function showCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', default: 'text' },
    config: { type: 'string' },
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const { config, files } = await commandInputs(values, positionals, io);
  const parsed = parseFiles(files, config);
  const statuses = (config as { statuses?: Record<string, string> }).statuses;
  const output = showRegisters(parsed.registers, parsed.parseFindings, statuses);
  io.write(
    format === 'json'
      ? renderShowJson(output)
      : format === 'yaml'
        ? renderShowYaml(output)
        : renderShowText(output),
  );
  return 0;
}
