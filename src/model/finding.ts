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
  /** Present only when the fix is certain (never a guess between two). */
  fix?: Fix;
}

/** A finding before config has given it a severity. Rules produce these. */
export type RawFinding = Omit<Finding, 'severity'>;

/** Stable sort: file, line, column, rule. */
export function compareFindings(a: RawFinding, b: RawFinding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * One text replacement in a register file. Lines and columns are 1-based and count UTF-16
 * code units of the decoded text (BOM removed, line endings as in the file); the end is
 * exclusive. Fixes carry these; `fix` applies them and the PR flow offers them as suggestions.
 */
export interface TextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** A certain fix for a finding: what it does, in words, and the edits that do it. */
export interface Fix {
  description: string;
  edits: TextEdit[];
}
