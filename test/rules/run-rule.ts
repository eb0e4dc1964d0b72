import type { Config } from '../../src/config/config.js';
import { defaultConfig } from '../../src/config/default-config.js';
import type { RawFinding } from '../../src/model/finding.js';
import type { Register } from '../../src/model/register.js';
import { buildRepoIndex } from '../../src/model/repo-index.js';
import type { Rule } from '../../src/rules/rule-context.js';

/** Default config with some keys replaced (`rules` merged). */
export function configWith(overrides: Partial<Config> = {}): Config {
  const base = defaultConfig();
  return { ...base, ...overrides, rules: { ...base.rules, ...overrides.rules } };
}

/** Runs one rule over registers (all of them targets unless `targets` is given). */
export function runRule(
  rule: Rule,
  registers: Register | Register[],
  options: { config?: Partial<Config>; today?: string; targets?: Register[] } = {},
): RawFinding[] {
  const all = Array.isArray(registers) ? registers : [registers];
  return rule.run({
    registers: all,
    targets: options.targets ?? all,
    index: buildRepoIndex(all),
    config: configWith(options.config),
    today: options.today ?? '2026-01-15',
  });
}

/** The parts of findings tests usually assert: rule, place and item. */
export function places(
  findings: RawFinding[],
): Array<{ rule: string; file: string; line: number; column: number; item: string | null }> {
  return findings.map(({ rule, file, line, column, item }) => ({ rule, file, line, column, item }));
}
