import type { Summary } from '../../model/summary.js';
import { describeCounts } from '../../text/summary.js';

/** Which findings fail the check (and the Action's exit code). */
export type FailOn = 'error' | 'warning' | 'never';

/** True when the summary's findings should fail the run under `failOn`. */
export function shouldFail(summary: Pick<Summary, 'errors' | 'warnings'>, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'warning') return summary.errors + summary.warnings > 0;
  return summary.errors > 0;
}

/**
 * The headline of a comment or summary: `### ❌ Decision register: 3 errors, 1 warning`,
 * `### ⚠️ Decision register: 1 warning` or `### ✅ Decision register: all clear`.
 */
export function verdictHeadline(summary: Pick<Summary, 'errors' | 'warnings'>): string {
  if (summary.errors > 0) return `### ❌ Decision register: ${describeCounts(summary)}`;
  if (summary.warnings > 0) return `### ⚠️ Decision register: ${describeCounts(summary)}`;
  return '### ✅ Decision register: all clear';
}
