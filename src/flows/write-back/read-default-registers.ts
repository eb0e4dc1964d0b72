import { parseFiles } from '../../check/check-files.js';
import type { Config } from '../../config/config.js';
import type { GitHubPort } from '../../github/github-port.js';
import type { Register } from '../../model/register.js';
import { readRegistersAt } from '../read-registers-at.js';

/** Every register at a commit: as read (for edits by position) and parsed. */
export async function readDefaultRegisters(
  port: GitHubPort,
  sha: string,
  config: Config,
): Promise<{ files: { path: string; text: string }[]; registers: Register[] }> {
  const read = await readRegistersAt(port, sha, config);
  // Only UTF-8 files are written back (the rest are still read, and their items reported).
  const files = read.flatMap((f) => {
    const text = textOf(f.content);
    return text === undefined ? [] : [{ path: f.path, text }];
  });
  return { files, registers: parseFiles(read, config).registers };
}

function textOf(content: Uint8Array | string): string | undefined {
  if (typeof content === 'string') return content;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
  } catch {
    return undefined;
  }
}
