import type { RawFinding } from '../model/finding.js';
import type { Position } from '../model/position.js';

/** A `parse-error` finding about the file. */
export function parseError(pos: Position, message: string): RawFinding {
  return { file: pos.file, line: pos.line, column: pos.column, rule: 'parse-error', message, item: null };
}

/** One line for an exception thrown by a parser: never a stack trace. */
export function describeThrown(error: unknown): string {
  if (error instanceof RangeError) return 'the file is nested too deeply to parse';
  const message = error instanceof Error ? error.message : String(error);
  return `could not parse the file: ${firstLine(message)}`;
}

/** The first line of a parser's message, without its own "at line L, column C". */
export function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
}
