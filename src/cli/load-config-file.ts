import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Config, ConfigError } from '../config/config.js';
import { parseConfig } from '../config/parse-config.js';
import { describeFsError } from '../flows/describe-fs-error.js';

/** The config's conventional place in a repo. */
export const DEFAULT_CONFIG_PATH = '.github/decision-register.yml';

/**
 * Reads the config named by `--config`, or the repo's default one when present; defaults when
 * neither exists. A named file that is missing is an error, a missing default is not. Warnings
 * (keys accepted but ignored) go to `onWarning`, prefixed with the file's name.
 */
export async function loadConfigFile(
  cwd: string,
  named: string | undefined,
  onWarning?: (message: string) => void,
): Promise<Config> {
  const shown = named ?? DEFAULT_CONFIG_PATH;
  const path = resolve(cwd, shown);
  let text: string | null;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (named === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return parseConfig(null);
    throw new ConfigError('', `cannot read config ${shown}: ${describeFsError(error)}`);
  }
  try {
    return parseConfig(text, shown, (warning) => onWarning?.(`config ${shown}: ${warning}`));
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError('', `config ${shown}: ${error.message}`);
    throw error;
  }
}
