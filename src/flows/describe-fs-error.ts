/** File system error codes in words, for one-line messages that name the path. */
const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error',
  EBUSY: 'the file is busy',
  ENXIO: 'no such device',
  ETIMEDOUT: 'timed out',
};

/** `no such file or directory`, `permission denied` …: what went wrong, without the code's jargon. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && WORDS[code]) return WORDS[code];
  const message = error instanceof Error ? error.message : String(error);
  // Node's messages read "ENOTDIR: not a directory, stat '/x'": keep the words only.
  return message.replace(/^[A-Z]+:\s*/, '').replace(/,\s*\w+\s+'.*$/, '') || 'cannot be read';
}
