import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { SourceFile } from '../check/check-files.js';
import type { Config } from '../config/config.js';
import { isRegisterPath } from '../config/is-register-path.js';

const REGISTER_EXTENSION = /\.(ya?ml|md|markdown)$/i;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** A path or glob the user named that matched nothing; the CLI exits 2 with it. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Turns the CLI's operands into files. No operands: the config's globs from `cwd`. A directory:
 * every register-like file below it (config excludes still apply). A file: itself. A glob: the
 * files it matches. `-`: standard input. Each file is read once, as bytes.
 */
export async function collectFiles(
  operands: string[],
  config: Config,
  cwd: string,
  readStdin: () => Promise<Uint8Array>,
): Promise<SourceFile[]> {
  const picked = new Map<string, string>();
  const add = (absolute: string) => picked.set(toPosix(relative(cwd, absolute)) || absolute, absolute);
  const excluded = picomatch(config.exclude, { dot: true });
  const files: SourceFile[] = [];

  if (operands.length === 0) {
    for (const path of await walk(cwd, cwd)) if (isRegisterPath(config, path)) add(join(cwd, path));
  }
  for (const operand of operands) {
    if (operand === '-') {
      files.push({ path: '<stdin>', content: await readStdin() });
      continue;
    }
    const absolute = join(cwd, operand);
    const info = await stat(absolute).catch(() => null);
    if (info?.isFile()) {
      add(absolute);
    } else if (info?.isDirectory()) {
      for (const path of await walk(absolute, cwd)) {
        if (REGISTER_EXTENSION.test(path) && !excluded(path)) add(join(cwd, path));
      }
    } else if (picomatch.scan(operand).isGlob) {
      const matches = picomatch(operand, { dot: true });
      const found = (await walk(cwd, cwd)).filter((path) => matches(path));
      if (found.length === 0) throw new InputError(`no files match ${operand}`);
      for (const path of found) add(join(cwd, path));
    } else {
      throw new InputError(`no such file or directory: ${operand}`);
    }
  }
  for (const [path, absolute] of [...picked].sort(([a], [b]) => (a < b ? -1 : 1))) {
    try {
      files.push({ path, content: await readFile(absolute) });
    } catch (error) {
      throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  return files;
}

/** Files below `dir`, as cwd-relative POSIX paths, skipping node_modules and .git. */
async function walk(dir: string, cwd: string): Promise<string[]> {
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
        out.push(toPosix(relative(cwd, full)));
      }
    }
  }
  return out.sort();
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
