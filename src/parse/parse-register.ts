import type { RawFinding } from '../model/finding.js';
import type { Register } from '../model/register.js';
import { DEFAULT_MAX_BYTES, decodeSource } from './decode-source.js';
import { parseMarkdownLoaded } from './markdown/markdown-slot.js';
import { normalizeRegister, type ReadOptions } from './normalize-register.js';
import { readMarkdownRecord } from './records/read-markdown-record.js';
import { readYamlRecord } from './records/read-yaml-record.js';
import { describeThrown, parseError } from './yaml/load-yaml.js';
import { emptyRegister, parseYaml } from './yaml/parse-yaml.js';

/** Options for {@link parseRegister}. */
export interface ParseOptions extends ReadOptions {
  /** Unknown front-matter keys and table columns are schema findings (config `strict`). */
  strict?: boolean;
  /** Files larger than this many bytes are reported, not parsed (default 5 MiB). */
  maxBytes?: number;
}

/**
 * Parses a register file: `.yml`/`.yaml` as the YAML form, `.md`/`.markdown` as the
 * Markdown form, anything else (or `-`, standard input) by sniffing the text. A file in the
 * shape of a decision record (ADR, proposal header or metadata; see `records/`) is read as
 * that one decision instead. Never throws:
 * a file that cannot be parsed gives an empty register and a `parse-error` finding at the
 * best position known; a parsed file's problems of shape are `schema` findings.
 */
export function parseRegister(
  file: string,
  content: Uint8Array | string,
  options: ParseOptions = {},
): { register: Register; findings: RawFinding[] } {
  let format = formatOf(file);
  try {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const decoded = decodeSource(file, content, maxBytes);
    if (!decoded.ok) return { register: emptyRegister(file, format ?? 'yaml'), findings: [decoded.finding] };
    format ??= sniffFormat(decoded.text);
    // A file that records one decision (ADR, proposal) is read as that record; else as a register.
    const parsed =
      format === 'markdown'
        ? (readMarkdownRecord(file, decoded.text) ??
          parseMarkdownLoaded(file, decoded.text, options.strict ? { strict: true } : {}))
        : (readYamlRecord(file, decoded.text) ?? parseYaml(file, decoded.text));
    normalizeRegister(parsed.register, options);
    return parsed;
  } catch (error) {
    // The parsers report what they know as findings; this is the last guard for the unforeseen.
    return {
      register: emptyRegister(file, format ?? 'yaml'),
      findings: [parseError({ file, line: 1, column: 1 }, describeThrown(error))],
    };
  }
}

/** The form a file name says, or undefined (`-`, other extensions). */
export function formatOf(file: string): Register['format'] | undefined {
  const name = file.toLowerCase();
  if (name.endsWith('.yml') || name.endsWith('.yaml')) return 'yaml';
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'markdown';
  return undefined;
}

/**
 * Guesses the form of text with no telling file name: YAML when a top-level `decisions:`,
 * `actions:` or `outputs:` key starts a line (or `review:` does and no Markdown heading
 * follows); Markdown when a line is a heading or a table row; else YAML.
 */
export function sniffFormat(text: string): Register['format'] {
  if (/^(?:decisions|actions|outputs)[ \t]*:/m.test(text)) return 'yaml';
  const heading = /^ {0,3}#{1,6}[ \t]/m.test(text);
  if (/^review[ \t]*:/m.test(text) && !heading) return 'yaml';
  return heading || /^ {0,3}\|/m.test(text) ? 'markdown' : 'yaml';
}
