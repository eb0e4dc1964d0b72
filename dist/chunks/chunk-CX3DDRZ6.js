import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);

// src/text/summary.ts
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function describeCounts(counts) {
  const parts = [];
  if (counts.errors > 0) parts.push(plural(counts.errors, "error"));
  if (counts.warnings > 0) parts.push(plural(counts.warnings, "warning"));
  return parts.length > 0 ? parts.join(", ") : "no problems";
}

// src/plan/review/verdict.ts
function shouldFail(summary, failOn) {
  if (failOn === "never") return false;
  if (failOn === "warning") return summary.errors + summary.warnings > 0;
  return summary.errors > 0;
}
function verdictHeadline(summary) {
  if (summary.errors > 0) return `### \u274C Decision register: ${describeCounts(summary)}`;
  if (summary.warnings > 0) return `### \u26A0\uFE0F Decision register: ${describeCounts(summary)}`;
  return "### \u2705 Decision register: all clear";
}

export {
  plural,
  describeCounts,
  shouldFail,
  verdictHeadline
};
