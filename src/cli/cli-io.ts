/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTty: boolean;
  write(text: string): void;
  writeError(text: string): void;
  readStdin(): Promise<Uint8Array>;
  /** UTC now, as YYYY-MM-DD. */
  today(): string;
}

/** Colour on a TTY, unless NO_COLOR; FORCE_COLOR forces it (the usual conventions). */
export function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTty;
}
