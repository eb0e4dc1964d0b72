import type { Config } from '../config/config.js';
import { parseConfig } from '../config/parse-config.js';
import type { GitHubPort } from '../github/github-port.js';
import { type Logger, silentLogger } from './logger.js';

/**
 * Reads the config at a ref through the port (defaults when the file is absent). On a pull
 * request the ref is the base, so a PR can't loosen the rules that judge it. What the config
 * holds but this shell ignores (unknown `app:` keys) is logged as a warning.
 */
export async function loadRepoConfig(
  port: GitHubPort,
  path: string,
  ref: string,
  log: Pick<Logger, 'warning'> = silentLogger,
): Promise<Config> {
  const bytes = await port.readFile(path, ref);
  return parseConfig(bytes === null ? null : new TextDecoder().decode(bytes), path, (warning) =>
    log.warning(`Config ${path}: ${warning}`),
  );
}
