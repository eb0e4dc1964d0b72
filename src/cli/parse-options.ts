import { parseArgs } from 'node:util';

/** A wrong option or operand; the message is the one line the user sees. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** `parseArgs` (strict, positionals allowed), with its errors turned into one-line usage errors. */
export function parseOptions<const T extends OptionSpec>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message goes on to explain `--`; the first sentence is the one line users need.
    const first = ((error as Error).message.split('\n')[0] ?? '').replace(/\. To specify .*$/, '');
    throw new UsageError(first.replace(/^Unknown option/, 'unknown option') || 'bad arguments');
  }
}
