import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Config, ConfigError } from '../config/config.js';
import { parseConfig } from '../config/parse-config.js';

/** The config's conventional place in a repo. */
export const DEFAULT_CONFIG_PATH = '.github/decision-register.yml';

/**
 * Reads the config named by `--config`, or the repo's default one when present; defaults when
 * neither exists. A named file that is missing is an error, a missing default is not.
 */
export async function loadConfigFile(cwd: string, named: string | undefined): Promise<Config> {
  const path = resolve(cwd, named ?? DEFAULT_CONFIG_PATH);
  let text: string | null;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (named === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return parseConfig(null);
    throw new ConfigError(
      '',
      `cannot read config ${named}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  try {
    return parseConfig(text, named ?? DEFAULT_CONFIG_PATH);
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ConfigError('', `config ${named ?? DEFAULT_CONFIG_PATH}: ${error.message}`);
    }
    throw error;
  }
}
