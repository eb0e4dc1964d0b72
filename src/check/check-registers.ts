import type { Config } from '../config/config.js';
import { compareFindings, type Finding, type RawFinding } from '../model/finding.js';
import type { Register } from '../model/register.js';
import { buildRepoIndex } from '../model/repo-index.js';
import { withIdFixes } from '../rules/fixes/id-fix.js';
import { RULES } from '../rules/index.js';
import type { RuleContext } from '../rules/rule-context.js';
import { withSeverities } from './with-severities.js';

/** What checkRegisters judges. */
export interface CheckInput {
  /** Every register known: context for cross-file ids, dependencies and cycles. */
  registers: Register[];
  /** The registers to report on (default: all of `registers`). */
  targets?: Register[];
  /** Findings made elsewhere (the parser's `parse-error`/`schema`); they get severities too. */
  parseFindings?: RawFinding[];
  config: Config;
  /** YYYY-MM-DD; the `overdue` rule compares due dates with it. */
  today: string;
  /** Decoded texts of the target files, for the fixes rules attach (absent: no fixes). */
  sourceOf?: RuleContext['sourceOf'];
}

/**
 * Runs every rule not set to `off` on the target registers, gives each finding (the parse
 * findings too) its configured severity, and returns them sorted and without duplicates.
 */
export function checkRegisters(input: CheckInput): Finding[] {
  const { registers, config, today } = input;
  const ctx: RuleContext = {
    registers,
    targets: input.targets ?? registers,
    index: buildRepoIndex(registers),
    config,
    today,
    ...(input.sourceOf ? { sourceOf: input.sourceOf } : {}),
  };
  const ids = withIdFixes(ctx, input.parseFindings ?? []);
  if (ids.assigned.size > 0) ctx.pendingIds = ids.assigned;
  const raw: RawFinding[] = ids.findings;
  for (const rule of RULES) {
    if (config.rules[rule.id] !== 'off') raw.push(...rule.run(ctx));
  }
  return dedupe(withSeverities(raw, config).sort(compareFindings));
}

/**
 * Drops repeated findings. The list is sorted by file, line, column and rule, so identical
 * findings sit in one run of equal places and rules; only runs longer than one need keys.
 */
function dedupe(sorted: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && compareFindings(sorted[start]!, sorted[end]!) === 0) end++;
    if (end - start === 1) kept.push(sorted[start]!);
    else {
      const seen = new Set<string>();
      for (let i = start; i < end; i++) {
        const finding = sorted[i]!;
        const key = `${finding.item}\0${finding.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        kept.push(finding);
      }
    }
    start = end;
  }
  return kept;
}
