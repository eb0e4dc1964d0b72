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

// src/plan/fixes/apply-edits.ts
function applyEdits(original, edits) {
  const lines = lineTable(original);
  const bom = original.charCodeAt(0) === 65279 ? 1 : 0;
  const located = [];
  let skipped = 0;
  for (const edit of edits) {
    const from = offsetOf(lines, edit.line, edit.column, bom);
    const to = offsetOf(lines, edit.endLine, edit.endColumn, bom);
    if (from === void 0 || to === void 0 || to < from) {
      skipped++;
      continue;
    }
    const eol = lines.endings[edit.line - 1] || lines.endings[0] || "\n";
    located.push({ from, to, text: edit.text.replace(/\r\n?|\n/g, eol) });
  }
  located.sort((a, b) => a.from - b.from || a.to - b.to);
  const kept = [];
  for (const edit of located) {
    const last = kept[kept.length - 1];
    if (last && last.from === edit.from && last.to === edit.to && last.text === edit.text) continue;
    if (last && edit.from < last.to) {
      skipped++;
      continue;
    }
    if (last && edit.from === last.to && edit.from === edit.to && last.from === last.to) {
      skipped++;
      continue;
    }
    kept.push(edit);
  }
  let text = "";
  let at = 0;
  for (const edit of kept) {
    text += original.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  text += original.slice(at);
  return { text, applied: kept.length, skipped };
}
function lineTable(text) {
  const starts = [0];
  const lengths = [];
  const endings = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    const crlf = code === 13 && text.charCodeAt(i + 1) === 10;
    lengths.push(i - start);
    endings.push(crlf ? "\r\n" : code === 13 ? "\r" : "\n");
    if (crlf) i++;
    start = i + 1;
    starts.push(start);
  }
  lengths.push(text.length - start);
  endings.push("");
  return { starts, lengths, endings };
}
function offsetOf(lines, line, column, bom) {
  const start = lines.starts[line - 1];
  const length = lines.lengths[line - 1];
  if (start === void 0 || length === void 0 || !Number.isInteger(column) || column < 1)
    return void 0;
  const shift = line === 1 ? bom : 0;
  if (column - 1 + shift > length) return void 0;
  return start + shift + column - 1;
}

export {
  applyEdits,
  plural,
  describeCounts,
  shouldFail,
  verdictHeadline
};
