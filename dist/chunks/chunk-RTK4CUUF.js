import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);

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
  applyEdits
};
