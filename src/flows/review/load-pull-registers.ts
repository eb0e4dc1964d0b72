import { type ParsedFiles, parseFiles, type SourceFile } from '../../check/check-files.js';
import { hasUnresolvedIds } from '../../check/unresolved-ids.js';
import type { Config } from '../../config/config.js';
import { isRegisterPath } from '../../config/is-register-path.js';
import type { GitHubPort } from '../../github/github-port.js';
import { itemsOf, type Register } from '../../model/register.js';
import { loadParsers } from '../load-parsers.js';
import { mapLimit } from '../map-limit.js';
import { READ_CONCURRENCY, readRegistersAt } from '../read-registers-at.js';

export interface PullRegisters {
  /** Registers the pull request changed, read at its head (removed ones are absent). */
  head: ParsedFiles;
  /** The same registers read at the base (added ones are absent; renamed ones by old path). */
  base: ParsedFiles;
  /** Unchanged registers read at the head, only as far as cross-file ids need them. */
  context: ParsedFiles;
  /** Repo-relative paths of changed registers, at the head. */
  changedPaths: Set<string>;
  /** The diff of each changed register, by head path (where GitHub gives one). */
  patches: Map<string, string>;
}

/**
 * Reads a pull request's registers through the port, with no checkout: PR content is only ever
 * parsed as data. Unchanged registers are fetched (one tree listing plus their blobs) only when
 * the changed ones name ids they do not define or add new ids, or when every register is wanted.
 */
export async function loadPullRegisters(
  port: GitHubPort,
  pull: { number: number; headSha: string; baseSha: string },
  config: Config,
  options: { allRegisters: boolean },
): Promise<PullRegisters> {
  const changed = (await port.listChangedFiles(pull.number)).filter(
    (file) =>
      isRegisterPath(config, file.path) || (file.previousPath && isRegisterPath(config, file.previousPath)),
  );
  const changedPaths = new Set(
    changed.filter((f) => f.status !== 'removed' && isRegisterPath(config, f.path)).map((f) => f.path),
  );

  const read = async (path: string, ref: string): Promise<SourceFile | null> => {
    const content = await port.readFile(path, ref);
    return content === null ? null : { path, content };
  };
  const head = await mapLimit([...changedPaths], READ_CONCURRENCY, (path) => read(path, pull.headSha));
  const basePaths = changed
    .filter((f) => f.status !== 'added')
    .map((f) => f.previousPath ?? f.path)
    .filter((path) => isRegisterPath(config, path));
  const base = await mapLimit(basePaths, READ_CONCURRENCY, (path) => read(path, pull.baseSha));
  const headFiles = head.filter((f): f is SourceFile => f !== null);
  await loadParsers([...changedPaths, ...basePaths]);

  const parsedHead = parseFiles(headFiles, config);
  const parsedBase = parseFiles(
    base.filter((f): f is SourceFile => f !== null),
    config,
  );
  // Other registers matter when a changed one names an id it doesn't define, or adds an id that
  // might already be taken elsewhere (id-duplicate).
  const needsContext =
    options.allRegisters ||
    hasUnresolvedIds(parsedHead.registers) ||
    addsIds(parsedBase.registers, parsedHead.registers);
  const context = needsContext ? await readRegistersAt(port, pull.headSha, config, changedPaths) : [];
  return {
    head: parsedHead,
    base: parsedBase,
    context: parseFiles(context, config),
    changedPaths: new Set(headFiles.map((f) => f.path)),
    patches: new Map(changed.flatMap((f) => (f.patch === undefined ? [] : [[f.path, f.patch] as const]))),
  };
}

/** True when the head defines an item id the base registers did not. */
function addsIds(base: readonly Register[], head: readonly Register[]): boolean {
  const known = new Set(base.flatMap(itemsOf).map((item) => item.id));
  return head.flatMap(itemsOf).some((item) => item.id !== undefined && !known.has(item.id));
}
