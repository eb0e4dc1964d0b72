import { parseFiles, type SourceFile } from '../../check/check-files.js';
import { hasUnresolvedIds } from '../../check/unresolved-ids.js';
import type { Config } from '../../config/config.js';
import { isRegisterPath } from '../../config/is-register-path.js';
import type { ChangedFile, GitHubPort } from '../../github/github-port.js';
import type { Decision, Register } from '../../model/register.js';
import { loadParsers } from '../load-parsers.js';
import { mapLimit } from '../map-limit.js';
import { READ_CONCURRENCY, readRegistersAt } from '../read-registers-at.js';

/** The registers a merge or push changed, after and (when `before` is known) before it. */
export interface MergedRegisters {
  changed: Register[];
  /**
   * The same registers before the change, read under their new path when renamed, plus removed
   * ones: reconcile compares the two to see what was marked done, dropped, reopened or removed.
   */
  before: Register[];
  decisions: Decision[];
}

/**
 * The registers a merge changed, read at the merge commit, plus every decision needed to
 * describe what their items serve. Without a pull request or a `before`, every register counts.
 */
export async function readMergedRegisters(
  port: GitHubPort,
  merge: { pull?: number; sha: string; before?: string },
  config: Config,
): Promise<MergedRegisters> {
  let files: SourceFile[];
  let beforeFiles: SourceFile[] = [];
  if (merge.pull !== undefined || merge.before !== undefined) {
    const listed =
      merge.pull !== undefined
        ? await port.listChangedFiles(merge.pull)
        : await port.compareFiles(merge.before as string, merge.sha);
    const registers = listed.filter(
      (f) => isRegisterPath(config, f.path) || (f.previousPath && isRegisterPath(config, f.previousPath)),
    );
    files = await readAll(
      port,
      registers.filter((f) => f.status !== 'removed'),
      (f) => f.path,
      merge.sha,
    );
    if (merge.before !== undefined) {
      beforeFiles = await readAll(
        port,
        registers.filter((f) => f.status !== 'added'),
        (f) => f.previousPath ?? f.path,
        merge.before,
      );
    }
  } else {
    files = await readRegistersAt(port, merge.sha, config);
  }
  await loadParsers(files.map((f) => f.path));
  const changed = parseFiles(files, config).registers;
  const before = parseFiles(beforeFiles, config).registers;
  let context: Register[] = [];
  if (hasUnresolvedIds(changed)) {
    const others = await readRegistersAt(port, merge.sha, config, new Set(files.map((f) => f.path)));
    context = parseFiles(others, config).registers;
  }
  return { changed, before, decisions: [...changed, ...context].flatMap((r) => r.decisions) };
}

/** Reads each file at `ref` from `from(file)`, keeping it under its current path. */
async function readAll(
  port: GitHubPort,
  files: ChangedFile[],
  from: (file: ChangedFile) => string,
  ref: string,
): Promise<SourceFile[]> {
  const read = await mapLimit(files, READ_CONCURRENCY, async (file): Promise<SourceFile | null> => {
    const content = await port.readFile(from(file), ref);
    return content === null ? null : { path: file.path, content };
  });
  return read.filter((f): f is SourceFile => f !== null);
}
