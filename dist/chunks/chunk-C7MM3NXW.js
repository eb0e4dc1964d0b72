import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-6WMMUCTT.js";
import {
  RULE_CATALOGUE,
  RULE_IDS
} from "./chunk-TPXEFMNA.js";

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

// src/model/project.ts
var PROJECT_URL = "https://github.com/decision-register/decision-register";

// src/render/render-sarif.ts
import { createHash } from "node:crypto";
var SARIF_TOOL_NAME = "decision-register";
var SARIF_FINGERPRINT_KEY = "decisionRegister/v1";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function findingFingerprint(finding) {
  return createHash("sha256").update([finding.rule, finding.file, finding.item ?? "", finding.message].join("\0")).digest("hex");
}
function toArtifactUri(file) {
  return file.replaceAll("\\", "/").replace(/^(\.\/)+/, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
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
  const rules = RULE_IDS.map((id) => ({
    id,
    shortDescription: { text: RULE_CATALOGUE[id].summary },
    defaultConfiguration: { level: RULE_CATALOGUE[id].severity }
  }));
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
  PROJECT_URL,
  renderSarif
};
