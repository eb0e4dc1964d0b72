import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIo } from '../../src/cli/cli-io.js';

/** An in-process CLI environment in a fresh directory holding `files`; output is captured. */
export async function cliIn(
  files: Record<string, string>,
): Promise<CliIo & { out: string[]; err: string[] }> {
  const cwd = await mkdtemp(join(tmpdir(), 'dr-cli-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(cwd, path)), { recursive: true });
    await writeFile(join(cwd, path), text);
  }
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd,
    env: {},
    stdoutIsTty: false,
    out,
    err,
    write: (text) => out.push(text),
    writeError: (text) => err.push(text),
    readStdin: async () => new Uint8Array(),
    today: () => '2026-12-03',
  };
}
