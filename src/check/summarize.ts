import type { Finding } from '../model/finding.js';
import type { Register } from '../model/register.js';
import type { Summary } from '../model/summary.js';

/** Counts the registers, their decisions, and the findings by severity. */
export function summarize(findings: readonly Finding[], registers: readonly Register[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }
  const decisions = registers.reduce((sum, register) => sum + (register.decisions?.length ?? 0), 0);
  return { files: registers.length, decisions, errors, warnings };
}
