import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  __toESM,
  require_dist
} from "./chunk-YED4HQSD.js";

// src/parse/load-yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/parse/yaml-locator.ts
var import_yaml = __toESM(require_dist(), 1);
function yamlLocator(node, source, fallback) {
  const posOf = (offset, orElse) => {
    if (offset === void 0) return orElse;
    const { line, col } = source.lines.linePos(offset);
    return { file: source.file, line: line + source.lineOffset, column: col };
  };
  const own = node ? posOf(node.range?.[0], fallback) : fallback;
  const walk = (path) => {
    let current = node;
    let pos = own;
    let keyPos = own;
    let complete = true;
    for (const segment of path) {
      const step = current ? child(current, segment) : void 0;
      if (!step) {
        complete = false;
        break;
      }
      keyPos = step.key ? posOf(step.key.range?.[0], pos) : pos;
      current = step.value;
      pos = current ? posOf(current.range?.[0], keyPos) : keyPos;
    }
    return { node: current, pos, complete };
  };
  return {
    at: (path) => walk(path).pos,
    keyAt(path, key) {
      const found = walk(path);
      if (!found.complete || !found.node) return found.pos;
      const step = child(found.node, key);
      return step?.key ? posOf(step.key.range?.[0], found.pos) : found.pos;
    },
    sub(path) {
      const found = walk(path);
      return yamlLocator(found.complete ? found.node : null, source, found.pos);
    }
  };
}
function child(node, segment) {
  if ((0, import_yaml.isAlias)(node)) return void 0;
  if ((0, import_yaml.isMap)(node)) {
    const wanted = String(segment);
    for (const pair of node.items) {
      const key = pair.key;
      const text = (0, import_yaml.isScalar)(key) ? String(key.value) : void 0;
      if (text === wanted) return { key, value: pair.value ?? null };
    }
    return void 0;
  }
  if ((0, import_yaml.isSeq)(node)) {
    const index = typeof segment === "number" ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    const item = node.items[index];
    return item === void 0 ? void 0 : { value: item ?? null };
  }
  return void 0;
}

// src/parse/load-yaml.ts
var MAX_ALIAS_COUNT = 100;
var MAX_ERRORS = 10;
function loadYaml(file, text, lineOffset = 0) {
  const lines = new import_yaml2.LineCounter();
  const start = { file, line: lineOffset + 1, column: 1 };
  let doc;
  try {
    doc = (0, import_yaml2.parseDocument)(text, {
      lineCounter: lines,
      prettyErrors: false,
      version: "1.2",
      schema: "core",
      merge: false,
      uniqueKeys: true
    });
  } catch (error) {
    return { ok: false, findings: [parseError(start, describeThrown(error))] };
  }
  const source = { file, lines, lineOffset };
  const posAt = (offset) => {
    const { line, col } = lines.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  if (doc.errors.length > 0) {
    const findings = doc.errors.slice(0, MAX_ERRORS).map((error) => parseError(posAt(error.pos[0]), `invalid YAML: ${firstLine(error.message)}`));
    return { ok: false, findings };
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof ReferenceError && /alias/i.test(error.message) ? "YAML aliases expand too much (an alias bomb?); not parsed" : describeThrown(error);
    return { ok: false, findings: [parseError(firstAlias(doc, posAt) ?? start, message)] };
  }
  return { ok: true, value, locator: yamlLocator(doc.contents, source, start) };
}
function parseError(pos, message) {
  return { file: pos.file, line: pos.line, column: pos.column, rule: "parse-error", message, item: null };
}
function describeThrown(error) {
  if (error instanceof RangeError) return "the file is nested too deeply to parse";
  const message = error instanceof Error ? error.message : String(error);
  return `could not parse the file: ${firstLine(message)}`;
}
function firstLine(message) {
  return (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "").trim();
}
function firstAlias(doc, posAt) {
  let found;
  try {
    (0, import_yaml2.visit)(doc, {
      Alias(_key, node) {
        if ((0, import_yaml2.isAlias)(node) && node.range) found = posAt(node.range[0]);
        return import_yaml2.visit.BREAK;
      }
    });
  } catch {
  }
  return found;
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

// src/render/markdown-escape.ts
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
  });
}
function escapeCell(text) {
  return quoteUserText(text).replace(/\s+/g, " ").trim();
}

export {
  loadYaml,
  parseError,
  describeThrown,
  DEFAULT_MAX_BYTES,
  decodeSource,
  compareFindings,
  summarize,
  quoteUserText,
  escapeCell
};
