import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  ruleHelpUri
} from "./chunk-3D2MENGX.js";
import {
  compareFindings
} from "./chunk-LH5WQBSA.js";
import {
  RULE_CATALOGUE,
  RULE_IDS
} from "./chunk-F6I3COCI.js";

// src/render/render-json.ts
var JSON_OUTPUT_VERSION = 1;
function renderJson(findings, summary) {
  const output = {
    version: JSON_OUTPUT_VERSION,
    summary: {
      files: summary.files,
      decisions: summary.decisions,
      errors: summary.errors,
      warnings: summary.warnings
    },
    findings: [...findings].sort(compareFindings).map((finding) => ({
      file: finding.file,
      line: finding.line,
      column: finding.column,
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      item: finding.item ?? null,
      // Only certain fixes exist; `decision-register fix` applies exactly these edits.
      ...finding.fix ? { fix: { description: finding.fix.description, edits: finding.fix.edits } } : {}
    }))
  };
  return `${JSON.stringify(output)}
`;
}

// src/flows/describe-fs-error.ts
var WORDS = {
  ENOENT: "no such file or directory",
  ENOTDIR: "a part of the path is a file, not a directory",
  EISDIR: "is a directory, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many symbolic links (a link loop?)",
  ENAMETOOLONG: "the path is too long",
  EMFILE: "too many open files",
  ENFILE: "too many open files in the system",
  EIO: "input/output error",
  EBUSY: "the file is busy",
  ENXIO: "no such device",
  ETIMEDOUT: "timed out"
};
function describeFsError(error) {
  const code = error?.code;
  if (code && WORDS[code]) return WORDS[code];
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z]+:\s*/, "").replace(/,\s*\w+\s+'.*$/, "") || "cannot be read";
}

// src/render/render-sarif.ts
import { createHash } from "node:crypto";

// src/model/rule-docs.ts
var RULE_DOCS = {
  "parse-error": {
    full: "The file could not be read as a register: YAML syntax, broken front matter, a binary or non-UTF-8 file, or a file over max_file_bytes. Its items are not checked at all.",
    fix: 'Fix the syntax at the reported line (quote values that start with @ or contain ": "), or exclude the file in the config.'
  },
  schema: {
    full: "A key or value has the wrong shape: an unknown key, a list where text is expected, an item without id or title, or a timing or group outside its allowed values.",
    fix: "Rename or remove the key the message names, or give the item an id and a title."
  },
  "status-invalid": {
    full: "A status is not one of the allowed values, so the item cannot be judged open or done (decisions: open, assigned, blocked, deferred, resolved, superseded; actions and outputs: open, done, dropped).",
    fix: "Use one of the allowed statuses; the message suggests the closest one."
  },
  "status-synonym": {
    full: "In a YAML register, a status was read through a synonym or another case (Done, RESOLVED, in progress) rather than written as the canonical value the register schema lists; Markdown notes keep their own words.",
    fix: "Write the canonical status the message names (fix applies it), or define the word in the config's statuses."
  },
  "id-duplicate": {
    full: "An id is defined twice in the repository's registers, so dependencies and follow-up issues cannot tell the items apart.",
    fix: "Give one of the items a new id (ids are unique across every register of the repository)."
  },
  "owner-missing": {
    full: "An unresolved decision, an open action or an open output has no owner: nobody is accountable for it after the meeting.",
    fix: 'Set owner to a "@login", an "@org/team", or a name from the attendees or the owners directory.'
  },
  "owner-vague": {
    full: "The owner is a placeholder (TBD, TBA, ?, n/a, unknown, someone, team, all, everyone; configurable as vague_owners) that names nobody in particular.",
    fix: "Name one person or team who will carry the item."
  },
  "owner-unknown": {
    full: "The owner is neither an attendee of the review nor in the config's owners directory, so it may be a typo or someone who never agreed.",
    fix: "Use an attendee's name or GitHub login, or add the person to owners in the config."
  },
  "owners-absent": {
    full: "The review lists attendees, but none of them owns any unresolved decision: the decisions were assigned to people who were not there.",
    fix: "Check that the owners agreed, or record them as attendees if they were present."
  },
  "due-missing": {
    full: "An assigned decision, an open action or an open output has no due date, so it can never be overdue.",
    fix: "Set due to a YYYY-MM-DD date."
  },
  "date-invalid": {
    full: 'A date is not a real calendar date written as YYYY-MM-DD (for example 2026-02-30 or "next week").',
    fix: "Write the date as YYYY-MM-DD."
  },
  "due-before-review": {
    full: "A due date is earlier than the date of the review that set it, which is almost always a typo.",
    fix: "Correct the due date (or the review date)."
  },
  overdue: {
    full: "The item is still open and its due date is before today (--today on the CLI, the today input of the Action, else the UTC date).",
    fix: "Mark it done or resolved, or agree a new due date and record it."
  },
  "immediate-output-late": {
    full: "An output marked immediate is due after the review date; immediate outputs are due at the meeting itself.",
    fix: "Set its due date to the review date, or make it a follow-up output."
  },
  "followup-output-late": {
    full: "A follow-up output is due after the next working cycle (the review date plus cycle_days).",
    fix: "Bring the due date inside the cycle, or set a longer cycle_days on the review."
  },
  "resolution-missing": {
    full: "A decision is marked resolved but does not say what was decided.",
    fix: "Write the outcome in resolution."
  },
  "decision-undecided": {
    full: "A decision was left open: the meeting neither resolved it, assigned it, nor named what blocks it.",
    fix: "Set status to resolved (with a resolution), assigned (with owner and due) or blocked (with its dependencies)."
  },
  "dependency-missing": {
    full: "A decision is blocked but names nothing that blocks it.",
    fix: "List the decisions it waits for in depends_on, or the external dependencies in blocked_by."
  },
  "dependency-unowned": {
    full: "An external dependency (a blocked_by entry) has no owner, so nobody will chase it.",
    fix: "Give the blocked_by entry an owner (and a due date)."
  },
  "dependency-unknown": {
    full: "A depends_on entry, or an action's or output's decision, names an id that no register in the repository defines.",
    fix: "Correct the id, or add the missing decision to a register."
  },
  "dependency-cycle": {
    full: "Decisions depend on each other in a cycle, so none of them can be decided first. The cycle is reported once, naming its members.",
    fix: "Remove one of the depends_on links in the cycle."
  },
  "date-format": {
    full: "A date is written in a form other than YYYY-MM-DD; it was read, but ambiguous forms such as 03/04/2026 can be read two ways.",
    fix: "Write the date as YYYY-MM-DD."
  },
  "followup-implied": {
    full: `Markdown prose commits someone to work ("Sam will follow up", "I'll send the notes", "CPC members to review") that no action or output records, so it will not get an issue. Marked lines (ACTION:, TODO, task lists) are read as actions, not reported here.`,
    fix: "Add the work as a next action or an output with owner and due date, or reword the prose."
  },
  "status-regressed": {
    full: "On a pull request: a resolved decision was moved back to an unresolved status without a reopened_reason.",
    fix: "Add reopened_reason saying why the decision is open again."
  },
  "decision-removed": {
    full: "On a pull request: a decision was deleted from the register, which loses its history.",
    fix: "Keep the decision and set its status to superseded (or deferred) instead."
  },
  "resolution-changed": {
    full: "On a pull request: the resolution of a decision changed after it was recorded.",
    fix: "If the decision really changed, supersede it with a new decision; otherwise restore the text."
  },
  "core-group-missing": {
    full: "No member of the configured core decision group (core_group, or attendees with group: core) attended the review.",
    fix: "Record the core members who attended, or hold the decisions until one can."
  },
  "specialist-missing": {
    full: "An open decision's topic calls for a specialist role (the config's topics) and nobody with that role attended.",
    fix: "Invite the specialist, or record them as an attendee with their role."
  }
};
function ruleDoc(id) {
  const summary = RULE_CATALOGUE[id]?.summary ?? id;
  return RULE_DOCS[id] ?? { full: summary, fix: "See the README." };
}

// src/render/render-sarif.ts
var SARIF_TOOL_NAME = "decision-register";
var SARIF_FINGERPRINT_KEY = "decisionRegister/v1";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function findingFingerprint(finding) {
  return createHash("sha256").update([finding.rule, finding.file, finding.item ?? "", finding.message].join("\0")).digest("hex");
}
function toArtifactUri(file) {
  return file.replaceAll("\\", "/").replace(/^(\.\/)+/, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function ruleDescriptor(id) {
  const { summary, severity } = RULE_CATALOGUE[id];
  const doc = ruleDoc(id);
  const helpUri = ruleHelpUri(id);
  return {
    id,
    shortDescription: { text: summary },
    fullDescription: { text: doc.full },
    help: {
      text: `${doc.full}

How to fix: ${doc.fix}

${helpUri}`,
      markdown: `${doc.full}

**How to fix:** ${doc.fix}

[The rule in the README](${helpUri})`
    },
    helpUri,
    defaultConfiguration: { level: severity },
    properties: { tags: ["decision-register"] }
  };
}
var STDIN = "<stdin>";
function sarifLocation(finding) {
  const startLine = Math.max(1, finding.line);
  const startColumn = Math.max(1, finding.column);
  if (finding.file === STDIN) {
    return {
      logicalLocations: [{ name: STDIN, kind: "resource" }],
      message: { text: `${STDIN} line ${startLine}, column ${startColumn}` }
    };
  }
  return {
    physicalLocation: {
      artifactLocation: { uri: toArtifactUri(finding.file), uriBaseId: "%SRCROOT%" },
      region: { startLine, startColumn }
    }
  };
}
function renderSarif(findings, options) {
  const rules = RULE_IDS.map(ruleDescriptor);
  const seen = /* @__PURE__ */ new Map();
  const results = [...findings].sort(compareFindings).map((finding) => {
    const hash = findingFingerprint(finding);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    const result = {
      ruleId: finding.rule,
      ruleIndex: RULE_IDS.indexOf(finding.rule),
      level: finding.severity,
      message: { text: finding.message },
      locations: [sarifLocation(finding)],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: `${hash}:${occurrence}` }
    };
    if (finding.item !== null) result.properties = { item: finding.item };
    if (finding.fix) result.fixes = [sarifFix(finding)];
    return result;
  });
  const driver = { name: SARIF_TOOL_NAME, version: options.toolVersion, rules };
  if (options.informationUri) driver.informationUri = options.informationUri;
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{ tool: { driver }, columnKind: "utf16CodeUnits", results }]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function sarifFix(finding) {
  const fix = finding.fix;
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: { uri: toArtifactUri(finding.file), uriBaseId: "%SRCROOT%" },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: {
            startLine: edit.line,
            startColumn: edit.column,
            endLine: edit.endLine,
            endColumn: edit.endColumn
          },
          insertedContent: { text: edit.text }
        }))
      }
    ]
  };
}

export {
  renderJson,
  describeFsError,
  renderSarif
};
