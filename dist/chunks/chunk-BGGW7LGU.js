import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);

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
  plural,
  describeCounts
};
