import type { Config } from '../config/config.js';
import type { Finding, RawFinding } from '../model/finding.js';
import type { Register } from '../model/register.js';
import type { Summary } from '../model/summary.js';
import { decodeSource } from '../parse/decode-source.js';
import { type SourceText, sourceText } from '../parse/fix/source-text.js';
import { parseRegister } from '../parse/parse-register.js';
import { checkRegisters } from './check-registers.js';
import { summarize } from './summarize.js';

/** A register file's path (forward slashes) and raw bytes, as read by a shell. */
export interface SourceFile {
  path: string;
  content: Uint8Array | string;
}

/** Registers parsed from files, with the parse and schema findings of each. */
export interface ParsedFiles {
  registers: Register[];
  parseFindings: RawFinding[];
  /** Each file's content as read, by path: fixes are computed against it. */
  contents?: Map<string, Uint8Array | string>;
}

/** What checking a set of files found. */
export interface CheckResult {
  registers: Register[];
  findings: Finding[];
  summary: Summary;
}

/** Parses every file; never throws for bad content. */
export function parseFiles(files: readonly SourceFile[], config: Config): ParsedFiles {
  const registers: Register[] = [];
  const parseFindings: RawFinding[] = [];
  const contents = new Map<string, Uint8Array | string>();
  for (const file of files) {
    contents.set(file.path, file.content);
    const parsed = parseRegister(file.path, file.content, {
      maxBytes: config.max_file_bytes,
      ...(config.statuses ? { statuses: config.statuses } : {}),
      ...(config.date_order ? { date_order: config.date_order } : {}),
      cycle_days: config.cycle_days,
      ...(config.strict ? { strict: true } : {}),
    });
    registers.push(parsed.register);
    parseFindings.push(...parsed.findings);
  }
  return { registers, parseFindings, contents };
}

/**
 * Decoded texts of the parsed files, decoded only when a rule asks (to attach a fix), once
 * per file. Files that did not decode have none, so their findings carry no fixes.
 */
export function sourcesOf(parsed: ParsedFiles, config: Config): (file: string) => SourceText | undefined {
  const cache = new Map<string, SourceText | undefined>();
  const formats = new Map(parsed.registers.map((r) => [r.file, r.format]));
  return (file) => {
    if (cache.has(file)) return cache.get(file);
    const content = parsed.contents?.get(file);
    const format = formats.get(file);
    let source: SourceText | undefined;
    if (content !== undefined && format !== undefined) {
      const decoded = decodeSource(file, content, config.max_file_bytes);
      if (decoded.ok) source = sourceText(decoded.text, format);
    }
    cache.set(file, source);
    return source;
  };
}

/**
 * Checks parsed registers. `targets` limits the files reported on (default: all); the others
 * still serve as context for cross-file ids.
 */
export function checkParsed(
  parsed: ParsedFiles,
  config: Config,
  today: string,
  targets?: ReadonlySet<string>,
): CheckResult {
  const inTarget = (file: string) => !targets || targets.has(file);
  const targetRegisters = parsed.registers.filter((r) => inTarget(r.file));
  const findings = checkRegisters({
    registers: parsed.registers,
    targets: targetRegisters,
    parseFindings: parsed.parseFindings.filter((f) => inTarget(f.file)),
    config,
    today,
    sourceOf: sourcesOf(parsed, config),
  });
  return { registers: targetRegisters, findings, summary: summarize(findings, targetRegisters) };
}

/** Parses and checks register files: what the CLI's `check` does. */
export function checkFiles(
  files: readonly SourceFile[],
  config: Config,
  today: string,
  targets?: ReadonlySet<string>,
): CheckResult {
  return checkParsed(parseFiles(files, config), config, today, targets);
}
