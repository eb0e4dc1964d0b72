import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  byImportance,
  filterNote,
  fitFindings,
  moreFindingsLine,
  renderFindingsTables,
  reproduceNote,
  scopeLine
} from "./chunk-C56XAUHU.js";
import {
  describeCounts,
  shouldFail,
  verdictHeadline
} from "./chunk-CX3DDRZ6.js";
import {
  RULE_CATALOGUE,
  isRuleId
} from "./chunk-F6I3COCI.js";

// src/plan/review/plan-check-run.ts
var CHECK_OUTPUT_MAX_CHARS = 65535;
function planCheckRun(findings, summary, options) {
  const conclusion = shouldFail(summary, options.failOn) ? "failure" : summary.errors > 0 ? "neutral" : "success";
  const total = summary.errors + summary.warnings;
  const title = total === 0 ? "No problems" : describeCounts(summary);
  const ordered = byImportance(findings);
  const render = (kept) => {
    const parts = [verdictHeadline(summary), ""];
    parts.push(`${scopeLine(summary)}${ordered.length === 0 ? ": no problems found." : "."}`);
    const tables = renderFindingsTables(ordered.slice(0, kept), { link: options.link, allFindings: ordered });
    if (tables) parts.push("", tables);
    if (kept < ordered.length) parts.push("", moreFindingsLine(ordered.length - kept, "the annotations"));
    return `${parts.join("\n")}
`;
  };
  const fitted = fitFindings(ordered.length, render, CHECK_OUTPUT_MAX_CHARS);
  return { conclusion, title, summary: fitted.text, text: explain(findings, options.filterMode) };
}
function explain(findings, filterMode) {
  const fired = [...new Set(findings.map((finding) => finding.rule))].filter(isRuleId).sort();
  const lines = [];
  if (fired.length > 0) {
    lines.push("#### Rules", "");
    for (const rule of fired) lines.push(`- \`${rule}\`: ${RULE_CATALOGUE[rule].summary}`);
    lines.push("");
  }
  lines.push([filterMode ? filterNote(filterMode) : "", reproduceNote()].filter(Boolean).join(" "));
  return `${lines.join("\n")}
`;
}

export {
  CHECK_OUTPUT_MAX_CHARS,
  planCheckRun
};
