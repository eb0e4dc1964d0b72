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

/** Drops findings identical to the one before (the list is sorted). */
function dedupe(sorted: Finding[]): Finding[] {
  const key = (f: Finding) => `${f.file}\0${f.line}\0${f.column}\0${f.rule}\0${f.item}\0${f.message}`;
  const seen = new Set<string>();
  return sorted.filter((finding) => {
    const k = key(finding);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
