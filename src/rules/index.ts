import type { RuleId } from '../model/rule-catalogue.js';
import { coreGroupMissing, specialistMissing } from './attendance-rules.js';
import { dateFormat } from './date-format.js';
import {
  dateInvalid,
  dueBeforeReview,
  dueMissing,
  followupOutputLate,
  immediateOutputLate,
  overdue,
} from './date-rules.js';
import { decisionUndecided, resolutionMissing } from './decision-rules.js';
import {
  dependencyCycle,
  dependencyMissing,
  dependencyUnknown,
  dependencyUnowned,
} from './dependency-rules.js';
import { followupImplied } from './followup-rules.js';
import { idDuplicate } from './id-rules.js';
import { ownerMissing, ownersAbsent, ownerUnknown, ownerVague } from './owner-rules.js';
import type { Rule } from './rule-context.js';
import { statusInvalid } from './status-rules.js';
import { statusSynonym } from './status-synonym.js';

export type { Rule, RuleContext } from './rule-context.js';

/**
 * Every rule that judges registers, in catalogue order. `parse-error` and `schema` come from
 * the parser; `status-regressed`, `decision-removed` and `resolution-changed` from diffRegisters.
 * A new rule goes in a module named after its concern and is listed here.
 */
export const RULES: readonly Rule[] = [
  statusInvalid,
  statusSynonym,
  idDuplicate,
  ownerMissing,
  ownerVague,
  ownerUnknown,
  ownersAbsent,
  dueMissing,
  dateInvalid,
  dateFormat,
  dueBeforeReview,
  overdue,
  immediateOutputLate,
  followupOutputLate,
  resolutionMissing,
  decisionUndecided,
  dependencyMissing,
  dependencyUnowned,
  dependencyUnknown,
  dependencyCycle,
  followupImplied,
  coreGroupMissing,
  specialistMissing,
];

/** Rule ids the parser produces (with positions), not RULES. */
export const PARSER_RULE_IDS: readonly RuleId[] = ['parse-error', 'schema'];
/** Rule ids diffRegisters produces from a pull request's base and head. */
export const DIFF_RULE_IDS: readonly RuleId[] = [
  'status-regressed',
  'decision-removed',
  'resolution-changed',
];
