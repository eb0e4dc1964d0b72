import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  parseError
} from "./chunk-7XRTHKOH.js";

// src/text/markdown-escape.ts
var ZWSP = "&#8203;";
var REPLACEMENTS = {
  "&": "&amp;",
  // so user-written entities such as &#64; stay literal text
  "<": "&lt;",
  ">": "&gt;",
  "`": "&#96;",
  // an entity, not \`, so no backtick ever reaches the output
  "\\": "\\\\",
  // so a user's trailing backslash cannot un-escape our `\|`
  "|": "\\|",
  "@": `@${ZWSP}`,
  "*": "\\*",
  _: "\\_",
  "[": "\\[",
  "]": "\\]",
  "~": "\\~",
  $: "\\$"
  // GitHub renders $…$ as math
};
var SPECIAL = /[&<>`\\|@*_[\]~$#]/g;
function quoteUserText(text) {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, "").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").replace(SPECIAL, (match, offset, whole) => {
    if (match === "#") return /\d/.test(whole.charAt(offset + 1)) ? `#${ZWSP}` : "\\#";
    return REPLACEMENTS[match] ?? match;
  }).replace(/(https?):(?=\/\/)/gi, `$1:${ZWSP}`).replace(/(www)\./gi, `$1${ZWSP}.`);
}
function escapeCell(text) {
  return quoteUserText(text).replace(/\s+/g, " ").trim();
}

// src/parse/decode-source.ts
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
function decodeSource(file, content, maxBytes) {
  const size = typeof content === "string" ? utf8Length(content, maxBytes) : content.byteLength;
  if (size > maxBytes) {
    const message = `the file is ${formatSize(size)} (${size} bytes), over the ${formatSize(maxBytes)} limit (${maxBytes} bytes); not parsed`;
    return refuse(file, 1, 1, message);
  }
  let text;
  if (typeof content === "string") {
    text = content;
  } else {
    const nul2 = content.indexOf(0);
    if (nul2 >= 0) return binary(file, content, nul2);
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(content);
    } catch {
      return notUtf8(file, content);
    }
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    const { line, column } = lineColumn(text, nul);
    return refuse(file, line, column, "the file is binary (it contains a NUL byte); not parsed");
  }
  return { ok: true, text: text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text };
}
function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
function utf8Length(text, limit) {
  if (text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).byteLength;
}
function binary(file, bytes, at) {
  const { line, column } = byteLineColumn(bytes, at);
  return refuse(file, line, column, "the file is binary (it contains a NUL byte); not parsed");
}
function notUtf8(file, bytes) {
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const bad = lenient.indexOf("\uFFFD");
  const { line, column } = bad >= 0 ? lineColumn(lenient, bad) : { line: 1, column: 1 };
  return refuse(file, line, column, "the file is not valid UTF-8 text; not parsed");
}
function lineColumn(text, index) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
function byteLineColumn(bytes, index) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const byte = bytes[i];
    if (byte === 10 || byte === 13 && bytes[i + 1] !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
function refuse(file, line, column, message) {
  return { ok: false, finding: { ...parseError({ file, line, column }, message) } };
}

// src/model/finding.ts
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

// src/check/summarize.ts
function summarize(findings, registers) {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors++;
    else if (finding.severity === "warning") warnings++;
  }
  const decisions = registers.reduce((sum, register) => sum + (register.decisions?.length ?? 0), 0);
  return { files: registers.length, decisions, errors, warnings };
}

export {
  DEFAULT_MAX_BYTES,
  decodeSource,
  compareFindings,
  summarize,
  quoteUserText,
  escapeCell
};
