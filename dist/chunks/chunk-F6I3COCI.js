import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);

// src/model/rule-catalogue.ts
var RULE_CATALOGUE = {
  "parse-error": { severity: "error", summary: "The file cannot be parsed." },
  schema: { severity: "error", summary: "Wrong type, unknown key, missing id/title or bad enum." },
  "status-invalid": { severity: "error", summary: "Status is not one of the allowed values." },
  "status-synonym": {
    severity: "warning",
    summary: "A YAML status was read through a synonym or another case, not written as its canonical value."
  },
  "id-duplicate": { severity: "error", summary: "An id is used twice in the repo's registers." },
  "owner-missing": { severity: "error", summary: "An unresolved decision, action or output has no owner." },
  "owner-vague": { severity: "error", summary: 'The owner is a placeholder such as TBD or "team".' },
  "owner-unknown": {
    severity: "warning",
    summary: "The owner is neither an attendee nor in the owners directory."
  },
  "owners-absent": {
    severity: "warning",
    summary: "No owner of an unresolved decision attended the review."
  },
  "due-missing": { severity: "error", summary: "An assigned decision, action or output has no due date." },
  "date-invalid": { severity: "error", summary: "A date is not a real YYYY-MM-DD date." },
  "date-format": {
    severity: "warning",
    summary: "A date was read, but is not written as YYYY-MM-DD."
  },
  "due-before-review": { severity: "error", summary: "A due date is earlier than the review date." },
  overdue: { severity: "warning", summary: "The due date has passed and the item is still open." },
  "immediate-output-late": {
    severity: "warning",
    summary: "An immediate output is due after the review date."
  },
  "followup-output-late": {
    severity: "warning",
    summary: "A follow-up output is due after the next working cycle."
  },
  "resolution-missing": { severity: "error", summary: "A resolved decision has no resolution." },
  "decision-undecided": {
    severity: "warning",
    summary: "A decision was left open: resolve it, assign it, or name what blocks it."
  },
  "dependency-missing": { severity: "error", summary: "A blocked decision names no dependency." },
  "dependency-unowned": { severity: "error", summary: "An external dependency has no owner." },
  "dependency-unknown": {
    severity: "error",
    summary: "depends_on, or an action's or output's decision, names an id no register defines."
  },
  "dependency-cycle": { severity: "error", summary: "Decisions depend on each other in a cycle." },
  "followup-implied": {
    severity: "warning",
    summary: "Prose implies follow-up work that no action or output records."
  },
  "status-regressed": {
    severity: "warning",
    summary: "A resolved decision moved back without a reopened_reason."
  },
  "decision-removed": { severity: "warning", summary: "A decision was deleted instead of superseded." },
  "resolution-changed": { severity: "warning", summary: "The resolution text of a decision changed." },
  "core-group-missing": {
    severity: "warning",
    summary: "No member of the core decision group attended the review."
  },
  "specialist-missing": {
    severity: "warning",
    summary: "A decision's topic needs a specialist and none attended."
  }
};
var RULE_IDS = Object.keys(RULE_CATALOGUE);
function isRuleId(value) {
  return Object.hasOwn(RULE_CATALOGUE, value);
}

export {
  RULE_CATALOGUE,
  RULE_IDS,
  isRuleId
};
