import type { RuleId, Severity } from './rule-catalogue.js';

/** One problem in a register, at a place. This is the shape of the CLI's JSON output. */
export interface Finding {
  /** Path relative to the working directory or repo root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  rule: RuleId;
  severity: Severity;
  message: string;
  /** The item's id (D1, A3, O2) or null when the finding is about the file or review. */
  item: string | null;
}

/** A finding before config has given it a severity. Rules produce these. */
export type RawFinding = Omit<Finding, 'severity'>;

/** Stable sort: file, line, column, rule. */
export function compareFindings(a: RawFinding, b: RawFinding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
