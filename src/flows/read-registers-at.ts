import type { SourceFile } from '../check/check-files.js';
import type { Config } from '../config/config.js';
import { isRegisterPath } from '../config/is-register-path.js';
import type { GitHubPort } from '../github/github-port.js';
import { loadParsers } from './load-parsers.js';
import { mapLimit } from './map-limit.js';

/** Parallel reads per run: enough to hide latency, few enough to stay clear of abuse limits. */
export const READ_CONCURRENCY = 6;

/**
 * Every register at a commit except `skip`: one recursive tree listing, then the blobs.
 * Used for cross-file ids and for modes that look at all registers.
 */
export async function readRegistersAt(
  port: GitHubPort,
  sha: string,
  config: Config,
  skip: ReadonlySet<string> = new Set(),
): Promise<SourceFile[]> {
  const entries = (await port.listTree(sha)).filter(
    (e) => !skip.has(e.path) && isRegisterPath(config, e.path),
  );
  await loadParsers(entries.map((e) => e.path));
  return mapLimit(entries, READ_CONCURRENCY, async (entry) => ({
    path: entry.path,
    content: await port.readBlob(entry.sha),
  }));
}
