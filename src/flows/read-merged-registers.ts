import { parseFiles, type SourceFile } from '../check/check-files.js';
import { hasUnresolvedIds } from '../check/unresolved-ids.js';
import type { Config } from '../config/config.js';
import { isRegisterPath } from '../config/is-register-path.js';
import type { GitHubPort } from '../github/github-port.js';
import type { Decision, Register } from '../model/register.js';
import { loadParsers } from './load-parsers.js';
import { mapLimit } from './map-limit.js';
import { READ_CONCURRENCY, readRegistersAt } from './read-registers-at.js';

/**
 * The registers a merge changed, read at the merge commit, plus every decision needed to
 * describe what their items serve. Without a pull request or a `before`, every register counts.
 */
export async function readMergedRegisters(
  port: GitHubPort,
  merge: { pull?: number; sha: string; before?: string },
  config: Config,
): Promise<{ changed: Register[]; decisions: Decision[] }> {
  let files: SourceFile[];
  if (merge.pull !== undefined || merge.before !== undefined) {
    const listed =
      merge.pull !== undefined
        ? await port.listChangedFiles(merge.pull)
        : await port.compareFiles(merge.before as string, merge.sha);
    const paths = listed
      .filter((f) => f.status !== 'removed' && isRegisterPath(config, f.path))
      .map((f) => f.path);
    const read = await mapLimit(paths, READ_CONCURRENCY, async (path): Promise<SourceFile | null> => {
      const content = await port.readFile(path, merge.sha);
      return content === null ? null : { path, content };
    });
    files = read.filter((f): f is SourceFile => f !== null);
  } else {
    files = await readRegistersAt(port, merge.sha, config);
  }
  await loadParsers(files.map((f) => f.path));
  const changed = parseFiles(files, config).registers;
  let context: Register[] = [];
  if (hasUnresolvedIds(changed)) {
    const others = await readRegistersAt(port, merge.sha, config, new Set(files.map((f) => f.path)));
    context = parseFiles(others, config).registers;
  }
  return { changed, decisions: [...changed, ...context].flatMap((r) => r.decisions) };
}
