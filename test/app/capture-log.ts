import type { Logger } from 'probot';

/** One line a captured logger received. */
export interface LogLine {
  level: string;
  bindings: Record<string, unknown>;
  msg: string;
  fields?: unknown;
}

/**
 * A pino-shaped logger that records every line (with its child bindings, such as the delivery
 * `id` Probot binds per event) instead of printing, for asserting on what was logged.
 */
export function captureLog(): { log: Logger; lines: LogLine[]; text(): string } {
  const lines: LogLine[] = [];
  const make = (bindings: Record<string, unknown>): Logger => {
    const log: Record<string, unknown> = {
      level: 'trace',
      bindings: () => bindings,
      isLevelEnabled: () => true,
    };
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) {
      log[level] = (first: unknown, second?: unknown) => {
        if (typeof first === 'string') lines.push({ level, bindings, msg: first });
        else
          lines.push({
            level,
            bindings,
            msg: typeof second === 'string' ? second : String(first),
            fields: first,
          });
      };
    }
    log.child = (more: Record<string, unknown>) => make({ ...bindings, ...more });
    return log as unknown as Logger;
  };
  return {
    log: make({}),
    lines,
    text: () =>
      lines
        .map((line) => `${line.level} ${JSON.stringify(line.bindings)} ${line.msg} ${safeJson(line.fields)}`)
        .join('\n'),
  };
}

function safeJson(value: unknown): string {
  if (value === undefined) return '';
  try {
    return JSON.stringify(value, (_key, inner) =>
      inner instanceof Error ? { ...inner, name: inner.name, message: inner.message } : inner,
    );
  } catch {
    return String(value);
  }
}
