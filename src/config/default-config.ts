import { RULE_CATALOGUE, RULE_IDS, type RuleId, type SeveritySetting } from '../model/rule-catalogue.js';
import type { Config } from './config.js';

/**
 * Where registers live unless the config says otherwise: the project's own folders, the ADR
 * folders of MADR (`docs/decisions`), log4brains (`docs/adr`) and adr-tools (`doc/adr`), and
 * KEP metadata (`kep.yaml`, a name no other tool uses). Generic names such as `metadata.yaml`
 * are left to the config: they would catch unrelated YAML.
 */
export const DEFAULT_PATHS = [
  'decisions/**/*.{yml,yaml,md}',
  '**/*.decisions.{yml,yaml,md}',
  'docs/decisions/**/*.md',
  'docs/adr/**/*.md',
  'doc/adr/**/*.md',
  '**/kep.yaml',
] as const;
/** Paths never taken for registers unless the config says otherwise: indexes and ADR templates. */
export const DEFAULT_EXCLUDE = ['**/README.md', '**/*template*.md'] as const;
/** Days in the next working cycle when neither the review nor the config sets it. */
export const DEFAULT_CYCLE_DAYS = 14;
/** Owner values that name nobody in particular. */
export const DEFAULT_VAGUE_OWNERS = [
  'TBD',
  'TBA',
  '?',
  'n/a',
  'na',
  'unknown',
  'someone',
  'team',
  'all',
  'everyone',
  'none',
  '-',
] as const;
/** 5 MB: larger register files are reported, not parsed. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Each rule's severity from the catalogue. */
export function defaultSeverities(): Record<RuleId, SeveritySetting> {
  return Object.fromEntries(RULE_IDS.map((id) => [id, RULE_CATALOGUE[id].severity])) as Record<
    RuleId,
    SeveritySetting
  >;
}

/** The config used when the repo has none: a fresh object each call, safe to modify. */
export function defaultConfig(): Config {
  return {
    paths: [...DEFAULT_PATHS],
    exclude: [...DEFAULT_EXCLUDE],
    rules: defaultSeverities(),
    cycle_days: DEFAULT_CYCLE_DAYS,
    vague_owners: [...DEFAULT_VAGUE_OWNERS],
    owners: {},
    core_group: [],
    topics: {},
    max_file_bytes: DEFAULT_MAX_FILE_BYTES,
  };
}
