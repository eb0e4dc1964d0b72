import type { RawFinding } from '../../model/finding.js';
import type { Register } from '../../model/register.js';
import { parseError } from '../parse-error.js';

type MarkdownParser = (
  file: string,
  text: string,
  options?: { strict?: boolean },
) => { register: Register; findings: RawFinding[] };

let parser: MarkdownParser | undefined;

/**
 * The Markdown reader, once loaded. It carries the remark stack, the biggest part of the
 * parser, which a run on YAML registers never needs: the CLI and the app load it at start
 * (`register-markdown.ts`), the Action's flows only when a Markdown file is among those they
 * read (`flows/load-parsers.ts`). The core stays synchronous either way.
 */
export function setMarkdownParser(markdown: MarkdownParser): void {
  parser = markdown;
}

export function isMarkdownParserLoaded(): boolean {
  return parser !== undefined;
}

/** The Markdown reader's result; if a shell forgot to load it, a finding that says so. */
export function parseMarkdownLoaded(
  file: string,
  text: string,
  options: { strict?: boolean } = {},
): ReturnType<MarkdownParser> {
  if (parser) return parser(file, text, options);
  const register: Register = { file, format: 'markdown', decisions: [], actions: [], outputs: [], prose: [] };
  const message = 'the Markdown reader was not loaded (a bug in decision-register); not parsed';
  return { register, findings: [parseError({ file, line: 1, column: 1 }, message)] };
}
