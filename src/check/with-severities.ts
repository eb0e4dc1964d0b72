import type { Config } from '../config/config.js';
import type { Finding, RawFinding } from '../model/finding.js';

/** Gives raw findings the severity config sets for their rule, dropping rules set to `off`. */
export function withSeverities(raw: readonly RawFinding[], config: Config): Finding[] {
  const out: Finding[] = [];
  for (const finding of raw) {
    const severity = config.rules[finding.rule];
    if (severity !== 'off') out.push({ ...finding, severity });
  }
  return out;
}
