import type { RuleId, SeveritySetting } from '../model/rule-catalogue.js';

/** `.github/decision-register.yml`, after validation and defaults. */
export interface Config {
  /** Globs (picomatch) of register files, relative to the repo root. */
  paths: string[];
  /** Globs excluded from `paths`. */
  exclude: string[];
  /** Severity for every rule id (defaults from the catalogue, overridden by the file). */
  rules: Record<RuleId, SeveritySetting>;
  /** Length of the "next working cycle" in days, when a review does not set its own. */
  cycle_days: number;
  /** Owner values that name nobody in particular; compared case-insensitively. */
  vague_owners: string[];
  /** Owners directory: a person's or group's name → "@login" or "@org/team". */
  owners: Record<string, string>;
  /** Members (names or "@logins") of the core decision group. */
  core_group: string[];
  /** Decision topic → specialist roles that should attend when it is open. */
  topics: Record<string, string[]>;
  /** How numeric dates that read two ways are read; unset, they are reported. */
  date_order?: 'mdy' | 'dmy';
  /** More status words → a canonical status or built-in synonym. */
  statuses?: Record<string, string>;
  /** Unknown front-matter keys and table columns are schema errors, not ignored. */
  strict?: boolean;
  /** Files larger than this are reported, not parsed. */
  max_file_bytes: number;
  /** Issues → register: one sync pull request (`pull-request`, the default when unset) or nothing. */
  write_back?: 'pull-request' | 'off';

  // Planning (#11 point 4): a tracking issue per meeting, and a Projects v2 board.
  /** Per meeting a "Follow-ups: <review title>" issue with every item as a sub-issue. */
  tracking_issue?: boolean;
  /** A Projects v2 URL: every follow-up issue is added to it. */
  project?: string;
  /** The project's fields to set: a date field for the due date, a single-select for the status. */
  fields?: { due?: string; status?: string };
}

/** A config problem, naming the key: `rules.owner-vague: must be one of error, warning, off`. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    /** Dotted key path, such as `rules.owner-vague` or `cycle_days`. */
    readonly key: string,
    message: string,
  ) {
    super(key ? `${key}: ${message}` : message);
  }
}
