import type { Config } from '../config/config.js';
import type { GitHubPort } from '../github/github-port.js';
import { type Logger, silentLogger } from './logger.js';

/**
 * Reads the config at a ref through the port (defaults when the file is absent). On a pull
 * request the ref is the base, so a PR can't loosen the rules that judge it. The parser (yaml,
 * ajv and the schema) loads while the request is on its way: not before, as the Action's cold
 * start runs up to its first request. What the config holds but this shell ignores (unknown
 * `app:` keys) is logged as a warning.
 */
export async function loadRepoConfig(
  port: GitHubPort,
  path: string,
  ref: string,
  log: Pick<Logger, 'warning'> = silentLogger,
): Promise<Config> {
  const reading = port.readFile(path, ref);
  const { parseConfig } = await import('../config/parse-config.js');
  const bytes = await reading;
  return parseConfig(bytes === null ? null : new TextDecoder().decode(bytes), path, (warning) =>
    log.warning(`Config ${path}: ${warning}`),
  );
}
