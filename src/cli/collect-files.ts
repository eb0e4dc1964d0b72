import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { SourceFile } from '../check/check-files.js';
import type { Config } from '../config/config.js';
import { isRegisterPath } from '../config/is-register-path.js';
import { describeFsError } from '../flows/describe-fs-error.js';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
/** The name standard input goes by in every output format. */
export const STDIN_NAME = '<stdin>';

/** A path or glob the user named that matched nothing, or cannot be read; the CLI exits 2 with it. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface CollectOptions {
  /** Accept operands (or the config's paths) that match no register file, instead of exit 2. */
  allowEmpty?: boolean;
}

/**
 * Turns the CLI's operands into files, the way ESLint does. No operands: the files below `cwd`
 * that the config's `paths` take and `exclude` leaves. A directory: the same test on the files
 * below it (paths relative to `cwd`, or to the directory when it lies outside `cwd`). A file named
 * explicitly: always itself. A glob: every file it matches. `-`: standard input, read once. An
 * operand (or the config's paths) that matches nothing is an InputError unless `allowEmpty`.
 */
export async function collectFiles(
  operands: string[],
  config: Config,
  cwd: string,
  readStdin: () => Promise<Uint8Array>,
  options: CollectOptions = {},
): Promise<SourceFile[]> {
  const picked = new Map<string, string>();
  const add = (absolute: string) => picked.set(displayPath(cwd, absolute), absolute);
  const unmatched: string[] = [];
  const files: SourceFile[] = [];
  if (operands.includes('-')) files.push({ path: STDIN_NAME, content: await readStdin() });

  if (operands.length === 0) {
    const found = (await walk(cwd)).filter((path) => isRegisterPath(config, toPosix(relative(cwd, path))));
    if (found.length === 0) unmatched.push(`the config's paths (${config.paths.join(', ')}) below ${cwd}`);
    for (const path of found) add(path);
  }
  for (const operand of new Set(operands.filter((o) => o !== '-'))) {
    const absolute = resolve(cwd, operand);
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    let failure: unknown;
    try {
      info = await stat(absolute);
    } catch (error) {
      failure = error;
    }
    if (info?.isFile()) {
      add(absolute);
    } else if (info?.isDirectory()) {
      const base = isInside(cwd, absolute) ? cwd : absolute;
      const found = (await walk(absolute)).filter((path) =>
        isRegisterPath(config, toPosix(relative(base, path))),
      );
      if (found.length === 0) unmatched.push(`${operand} (no file below it matches the config's paths)`);
      for (const path of found) add(path);
    } else if (info) {
      throw new InputError(`${operand}: neither a file nor a directory`);
    } else if (picomatch.scan(operand).isGlob) {
      const found = await globFiles(operand, cwd);
      if (found.length === 0) unmatched.push(operand);
      for (const path of found) add(path);
    } else {
      throw new InputError(`${operand}: ${describeFsError(failure)}`);
    }
  }
  if (unmatched.length > 0 && !options.allowEmpty) {
    throw new InputError(
      `no register files matched ${unmatched.join('; ')}; name the files, or pass --allow-empty to accept none`,
    );
  }
  for (const [path, absolute] of [...picked].sort(([a], [b]) => (a < b ? -1 : 1))) {
    try {
      files.push({ path, content: await readFile(absolute) });
    } catch (error) {
      throw new InputError(`${path}: ${describeFsError(error)}`);
    }
  }
  return files;
}

/** The files a glob matches: relative globs against cwd-relative paths, absolute ones as written. */
async function globFiles(glob: string, cwd: string): Promise<string[]> {
  const pattern = toPosix(glob);
  const { base } = picomatch.scan(pattern);
  const matches = picomatch(pattern, { dot: true });
  const candidates = await walk(resolve(cwd, base || '.'));
  return candidates.filter((path) =>
    matches(isAbsolute(pattern) ? toPosix(path) : toPosix(relative(cwd, path))),
  );
}

/** Every file below `dir` (absolute paths), skipping node_modules and .git. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      } else if (entry.isFile()) {
        out.push(full);
      }
    }
  }
  return out.sort();
}

/** How a file is named in reports: relative to cwd when inside it, else its absolute path. */
function displayPath(cwd: string, absolute: string): string {
  return toPosix(isInside(cwd, absolute) ? relative(cwd, absolute) || '.' : absolute);
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
