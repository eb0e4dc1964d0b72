import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  loadProseTagger
} from "./chunk-TT4YUO7B.js";

// src/check/prepare-check.ts
async function prepareCheck(registers, config) {
  if (config.rules?.["followup-implied"] === "off") return;
  if (!registers.some((register) => (register.prose ?? []).length > 0)) return;
  await loadProseTagger().catch(() => void 0);
}

// src/render/summary.ts
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function describeCounts(counts) {
  const parts = [];
  if (counts.errors > 0) parts.push(plural(counts.errors, "error"));
  if (counts.warnings > 0) parts.push(plural(counts.warnings, "warning"));
  return parts.length > 0 ? parts.join(", ") : "no problems";
}

export {
  prepareCheck,
  plural,
  describeCounts
};
