import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  compareFindings
} from "./chunk-D3QB77TV.js";

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
      item: finding.item ?? null
    }))
  };
  return `${JSON.stringify(output)}
`;
}

export {
  renderJson
};
