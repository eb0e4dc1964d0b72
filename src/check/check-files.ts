import type { Config } from '../config/config.js';
import type { Finding, RawFinding } from '../model/finding.js';
import type { Register } from '../model/register.js';
import type { Summary } from '../model/summary.js';
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
  for (const file of files) {
    const parsed = parseRegister(file.path, file.content, {
      maxBytes: config.max_file_bytes,
      ...(config.statuses ? { statuses: config.statuses } : {}),
      ...(config.date_order ? { date_order: config.date_order } : {}),
      ...(config.strict ? { strict: true } : {}),
    });
    registers.push(parsed.register);
    parseFindings.push(...parsed.findings);
  }
  return { registers, parseFindings };
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
