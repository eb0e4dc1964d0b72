import { compareFindings, type Finding } from '../model/finding.js';
import type { Summary } from '../model/summary.js';

/** Version of the JSON output's shape; bumped only on a breaking change. */
export const JSON_OUTPUT_VERSION = 1;

/**
 * The CLI's `--format json` output: one JSON object, newline-terminated, with keys in a fixed
 * order so that consumers (and diffs of saved outputs) see the same bytes for the same input.
 */
export function renderJson(findings: readonly Finding[], summary: Summary): string {
  const output = {
    version: JSON_OUTPUT_VERSION,
    summary: {
      files: summary.files,
      decisions: summary.decisions,
      errors: summary.errors,
      warnings: summary.warnings,
    },
    findings: [...findings].sort(compareFindings).map((finding) => ({
      file: finding.file,
      line: finding.line,
      column: finding.column,
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      item: finding.item ?? null,
      // Only certain fixes exist; `decision-register fix` applies exactly these edits.
      ...(finding.fix ? { fix: { description: finding.fix.description, edits: finding.fix.edits } } : {}),
    })),
  };
  return `${JSON.stringify(output)}\n`;
}
