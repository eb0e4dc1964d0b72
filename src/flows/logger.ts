/** Where flows report progress; the Action maps it to @actions/core, the app to Probot's pino. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** A one-off explanation the user should read (e.g. how to grant a missing permission). */
  notice(message: string): void;
}

/** A logger that drops everything, for callers that don't care. */
export const silentLogger: Logger = { info() {}, warning() {}, notice() {} };
