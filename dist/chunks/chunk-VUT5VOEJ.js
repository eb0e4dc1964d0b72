import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  findOurIssues,
  keyOfIssue,
  planFollowUps
} from "./chunk-JUYQNMQ5.js";
import {
  readRegistersAt
} from "./chunk-Q2NPZLFL.js";
import {
  markerFor
} from "./chunk-BOWECSXI.js";
import {
  silentLogger
} from "./chunk-LVBN3PUP.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import {
  applyEdits
} from "./chunk-RTK4CUUF.js";
import {
  parseFiles
} from "./chunk-4GJYVD7P.js";
import {
  quoteUserText
} from "./chunk-LH5WQBSA.js";
import {
  require_dist
} from "./chunk-ZHMHUYWS.js";
import {
  __toESM
} from "./chunk-VBPJBFLN.js";

// src/plan/write-back/plan-sync-pull.ts
var SYNC_BRANCH = "decision-register/sync";
var SYNC_COMMIT_MARKER = "Decision-Register-Sync: yes";
var SYNC_PULL_TITLE = "Sync the decision register with its follow-up issues";
function planSyncPull(plan) {
  const lines = plan.changes.map((change) => {
    const item = `${quoteUserText(change.id)} (${quoteUserText(change.file)} line ${change.line})`;
    const what = [
      change.status ? `status \u2192 **${change.status}** (#${change.issue} was ${change.status === "open" ? "reopened" : "closed"})` : "",
      change.numbered ? `issue number #${change.issue} written back` : ""
    ].filter(Boolean);
    return `- ${item}: ${what.join("; ")}`;
  });
  const problems = plan.problems.map(
    (p) => `- ${quoteUserText(p.file)}${p.line ? ` line ${p.line}` : ""}: ${quoteUserText(p.message)}`
  );
  const body = [
    "The follow-up issues changed on GitHub; this pull request tells the register. It is rebuilt on the default branch whenever an issue or the register changes, so merging it never undoes an edit made meanwhile.",
    "",
    ...lines.length > 0 ? lines : ["_Nothing left to write back._"],
    ...problems.length > 0 ? ["", "**Not written back (edit by hand):**", "", ...problems] : [],
    "",
    "_Opened by decision-register (`write_back: pull-request`). Merge it to keep the register and the issues in step; `write_back: off` stops it._",
    "",
    markerFor("sync")
  ].join("\n");
  const counts = {
    status: plan.changes.filter((c) => c.status).length,
    numbers: plan.changes.filter((c) => c.numbered).length
  };
  const message = [
    `Write back ${counts.status} follow-up status(es) and ${counts.numbers} issue number(s)`,
    "",
    ...plan.changes.map(
      (c) => `${c.file}:${c.line} ${c.id.replace(/\s+/g, " ").slice(0, 80)}: #${c.issue}${c.status ? ` ${c.status}` : ""}`
    ),
    "",
    SYNC_COMMIT_MARKER
  ].join("\n");
  return { body, message };
}

// src/plan/write-back/line-editor.ts
var LineEditor = class {
  lines;
  changed = /* @__PURE__ */ new Map();
  inserted = /* @__PURE__ */ new Map();
  constructor(text) {
    this.lines = text.split("\n");
  }
  get count() {
    return this.lines.length;
  }
  /** Line `line` (1-based) as edited so far; '' beyond the end. */
  get(line) {
    return this.changed.get(line) ?? this.lines[line - 1] ?? "";
  }
  set(line, text) {
    if (line < 1 || line > this.lines.length) return;
    if (text === this.lines[line - 1]) this.changed.delete(line);
    else this.changed.set(line, text);
  }
  /** Adds a line after `line` (after lines added there before). */
  insertAfter(line, text) {
    const list = this.inserted.get(line) ?? [];
    list.push(text);
    this.inserted.set(line, list);
  }
  get dirty() {
    return this.changed.size > 0 || this.inserted.size > 0;
  }
  edits() {
    const edits = [];
    for (const [line, text] of this.changed) {
      const length = this.lines[line - 1]?.length ?? 0;
      edits.push({ line, column: 1, endLine: line, endColumn: length + 1, text });
    }
    for (const [line, added] of this.inserted) {
      const block = added.join("\n");
      if (line < this.lines.length) {
        edits.push({ line: line + 1, column: 1, endLine: line + 1, endColumn: 1, text: `${block}
` });
      } else {
        const end = (this.changed.get(line) ?? this.lines[line - 1] ?? "").length + 1;
        const at = this.changed.has(line) ? edits.find((e) => e.line === line && e.column === 1) : void 0;
        if (at) at.text += `
${block}`;
        else edits.push({ line, column: end, endLine: line, endColumn: end, text: `
${block}` });
      }
    }
    return edits;
  }
};

// src/plan/write-back/table-cells.ts
var ROW = /^\s*\|/;
var SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
function tableAround(editor, line) {
  if (!ROW.test(editor.get(line))) return void 0;
  let first = line;
  while (first > 1 && ROW.test(editor.get(first - 1))) first--;
  let last = line;
  while (last < editor.count && ROW.test(editor.get(last + 1))) last++;
  if (last - first < 1 || !SEPARATOR.test(editor.get(first + 1)) || line <= first + 1) return void 0;
  const names = cellsOf(editor.get(first)).map((c) => c.text.trim().toLowerCase());
  return { first, last, names };
}
function cellsOf(line) {
  const pipes = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === "|") pipes.push(i);
  }
  const cells = [];
  for (let i = 0; i + 1 < pipes.length; i++) {
    const start = pipes[i] + 1;
    const end = pipes[i + 1];
    cells.push({ start, end, text: line.slice(start, end) });
  }
  return cells;
}
function cellAt(line, column) {
  return cellsOf(line).findIndex((c) => c.start < column && column <= c.end + 1);
}
function setCell(editor, line, index, value) {
  const text = editor.get(line);
  const cell = cellsOf(text)[index];
  if (!cell) return false;
  const width = cell.end - cell.start;
  const padded = ` ${value}${" ".repeat(Math.max(1, width - value.length - 1))}`;
  editor.set(line, text.slice(0, cell.start) + padded + text.slice(cell.end));
  return true;
}
function addColumn(editor, table, name, values) {
  const width = Math.max(name.length, 3, ...[...values.values()].map((v) => v.length));
  const lines = [];
  for (let line = table.first; line <= table.last; line++) {
    const text = editor.get(line).replace(/\s+$/, "");
    if (!text.endsWith("|") || text.endsWith("\\|")) return false;
    const cell = line === table.first ? name : line === table.first + 1 ? "-".repeat(width) : values.get(line) ?? "";
    lines.push([line, `${text} ${cell.padEnd(width)} |`]);
  }
  for (const [line, text] of lines) editor.set(line, text);
  table.names.push(name.toLowerCase());
  return true;
}

// src/plan/write-back/write-item.ts
var WORD = { open: "open", done: "done", dropped: "dropped" };
var ISSUE_HEADER = /^(?:issues?|issue #|tracking issue|ticket)$/;
var TRAILING_REF = /\(#\d+\)\s*$/;
function writeItem(file, write) {
  const { item } = write;
  const line = item.pos.line;
  switch (item.source) {
    case "task-list":
    case "bullet":
      return writeListed(file.editor, write, line);
    case "table":
      return writeRow(file, write, line);
    case "yaml": {
      const map = file.yaml?.mapAt(line, item.pos.column);
      if (!map || !file.yaml) return "a flow mapping (`{\u2026}`) is not written into; edit it by hand";
      if (write.status && !file.yaml.set(file.editor, map, "status", WORD[write.status], item.pos.column))
        return "its status is not a one-line value";
      if (write.issue !== void 0)
        file.yaml.set(file.editor, map, "issue", String(write.issue), item.pos.column);
      return void 0;
    }
    default:
      return `items written as ${item.source ?? "this"} are not written into`;
  }
}
function writeListed(editor, write, line) {
  let text = editor.get(line);
  if (write.status) {
    const box = /^(\s*(?:[-*+]|\d+[.)])\s+\[)([ xX])(\])/.exec(text);
    if (!box) return "a bullet without a task-list box has no status to set";
    const mark = write.status === "open" ? " " : "x";
    if (write.status === "open" && /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s+~~/.test(text))
      return "a struck-through item is reopened by hand (remove the ~~)";
    text = `${box[1]}${mark}${box[3]}${text.slice(box[0].length)}`;
  }
  if (write.issue !== void 0 && !TRAILING_REF.test(text))
    text = `${text.replace(/\s+$/, "")} (#${write.issue})`;
  editor.set(line, text);
  return void 0;
}
function writeRow(file, write, line) {
  const { editor } = file;
  const table = tableAround(editor, line);
  if (!table) return "a table without leading pipes is not written into";
  if (write.status) {
    const at = write.item.at.status;
    const index = at && at.line === line ? cellAt(editor.get(line), at.column) : table.names.indexOf("status");
    if (index < 0) return "its table has no Status column";
    setCell(editor, line, index, WORD[write.status]);
  }
  if (write.issue !== void 0) {
    const index = table.names.findIndex((n) => ISSUE_HEADER.test(n));
    if (index >= 0) setCell(editor, line, index, `#${write.issue}`);
    else {
      const rows = file.newColumns.get(table.first) ?? /* @__PURE__ */ new Map();
      rows.set(line, `#${write.issue}`);
      file.newColumns.set(table.first, rows);
    }
  }
  return void 0;
}
function finishColumns(file) {
  const problems = [];
  for (const [first, rows] of file.newColumns) {
    const table = tableAround(file.editor, first + 2) ?? tableAround(file.editor, [...rows.keys()][0] ?? first);
    if (!table || !addColumn(file.editor, table, "Issue", rows))
      problems.push(
        `line ${first}: the table's rows do not all end with a pipe, so no Issue column was added`
      );
  }
  file.newColumns.clear();
  return problems;
}

// src/plan/write-back/yaml-items.ts
var import_yaml = __toESM(require_dist(), 1);
var YamlItems = class {
  constructor(text) {
    this.text = text;
    const doc = (0, import_yaml.parseDocument)(text, {
      lineCounter: this.counter,
      keepSourceTokens: false,
      uniqueKeys: false
    });
    (0, import_yaml.visit)(doc, {
      Map: (_key, node) => {
        if (node.range) this.maps.set(node.range[0], node);
      }
    });
  }
  text;
  counter = new import_yaml.LineCounter();
  maps = /* @__PURE__ */ new Map();
  /** The mapping starting at line/column (1-based): block, or flow (`{ id: A1, … }`). */
  mapAt(line, column) {
    const start = this.counter.lineStarts[line - 1];
    if (start === void 0) return void 0;
    const map = this.maps.get(start + column - 1);
    return map && (0, import_yaml.isMap)(map) ? map : void 0;
  }
  /** The number written under `issue:` (`9`, `"#9"`), when there is one. */
  issueOf(map) {
    const value = map.get("issue", true);
    const raw = (0, import_yaml.isScalar)(value) ? String(value.value ?? "") : "";
    const match = /^#?(\d+)$/.exec(raw.trim());
    return match ? Number(match[1]) : void 0;
  }
  /** Sets a one-line scalar under `key` (same quoting), or adds `key: value` at the mapping's end. */
  set(editor, map, key, value, column) {
    const node = map.get(key, true);
    if (node !== void 0) {
      if (!(0, import_yaml.isScalar)(node) || !node.range) return false;
      const from = this.counter.linePos(node.range[0]);
      const to = this.counter.linePos(node.range[1]);
      if (from.line !== to.line) return false;
      const line = editor.get(from.line);
      const written = line.slice(from.col - 1, to.col - 1);
      const quote = written.startsWith('"') ? '"' : written.startsWith("'") ? "'" : "";
      editor.set(
        from.line,
        `${line.slice(0, from.col - 1)}${quote}${value}${quote}${line.slice(to.col - 1)}`
      );
      return true;
    }
    if (map.flow) return this.appendToFlow(editor, map, `${key}: ${value}`);
    editor.insertAfter(this.lastLine(map), `${" ".repeat(column - 1)}${key}: ${value}`);
    return true;
  }
  /** A flow mapping over several lines (one pair a line): `key: value,` after its last pair. */
  appendToFlowLines(editor, map, pair) {
    const last = map.items.at(-1);
    const end = ((0, import_yaml.isScalar)(last?.value) || (0, import_yaml.isMap)(last?.value) ? last?.value.range?.[1] : void 0) ?? void 0;
    if (end === void 0) return false;
    const at = this.counter.linePos(end).line;
    const text = editor.get(at);
    const indent = /^\s*/.exec(text)?.[0] ?? "";
    const comma = /,\s*(?:#.*)?$/.test(text);
    if (!comma) {
      if (text.includes("#")) return false;
      editor.set(at, `${text.replace(/\s+$/, "")},`);
    }
    editor.insertAfter(at, `${indent}${pair}${comma ? "," : ""}`);
    return true;
  }
  /** `, key: value` before a one-line flow mapping's closing brace. */
  appendToFlow(editor, map, pair) {
    const [start = 0, end = 0] = map.range ?? [];
    const open = this.counter.linePos(start);
    const close = this.counter.linePos(Math.max(start, end - 1));
    const line = editor.get(close.line);
    if (line[close.col - 1] !== "}") return false;
    if (open.line !== close.line) return this.appendToFlowLines(editor, map, pair);
    const before = line.slice(0, close.col - 1).replace(/\s+$/, "");
    const space = line.slice(before.length, close.col - 1);
    editor.set(
      close.line,
      `${before}${before.endsWith("{") ? " " : ", "}${pair}${space}${line.slice(close.col - 1)}`
    );
    return true;
  }
  /** The last line holding something of the mapping (its last value, comments after it excluded). */
  lastLine(map) {
    const end = map.range?.[1] ?? 0;
    let at = Math.max(0, end - 1);
    while (at > 0 && /\s/.test(this.text[at] ?? "")) at--;
    return this.counter.linePos(at).line;
  }
};

// src/plan/write-back/plan-write-back.ts
var TRAILING_REF2 = /\(#(\d+)\)\s*$/;
function planWriteBack(input) {
  const byNumber = new Map(input.issues.map((i) => [i.number, i]));
  const byKey = /* @__PURE__ */ new Map();
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    const key = keyOfIssue(issue.body);
    if (key && !byKey.has(key)) byKey.set(key, issue);
  }
  const itemsOf = new Map(input.registers.map((r) => [r.file, [...r.actions, ...r.outputs]]));
  const plan = { files: [], changes: [], problems: [] };
  const edits = /* @__PURE__ */ new Map();
  const texts = new Map(input.files.map((f) => [f.path, f.text]));
  const fileEdit = (path, format) => {
    const text = texts.get(path);
    if (text === void 0) return void 0;
    let edit = edits.get(path);
    if (!edit) {
      const decoded = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
      edit = {
        editor: new LineEditor(decoded),
        newColumns: /* @__PURE__ */ new Map(),
        ...format === "yaml" ? { yaml: new YamlItems(decoded) } : {}
      };
      edits.set(path, edit);
    }
    return edit;
  };
  for (const draft of [...input.drafts].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
    const register = input.registers.find((r) => r.file === draft.file);
    const item = itemsOf.get(draft.file)?.find((i) => i.kind === draft.kind && i.pos.line === draft.line);
    if (!register || !item) continue;
    const file = fileEdit(draft.file, register.format);
    if (!file) continue;
    const written = writtenNumber(item, file);
    const issue = written !== void 0 ? byNumber.get(written) : byKey.get(draft.key);
    const where = { file: draft.file, line: draft.line };
    if (written !== void 0 && !issue) {
      plan.problems.push({
        ...where,
        message: `${draft.id} names #${written}, which is not a follow-up issue this tool opened (someone else's issue or a pull request); it is left alone.`
      });
      continue;
    }
    if (!issue) continue;
    const status = statusFor(draft.state, issue);
    const numbered = written === void 0;
    if (!status && !numbered) continue;
    const why = writeItem(file, {
      item,
      ...status ? { status } : {},
      ...numbered ? { issue: issue.number } : {}
    });
    if (why) {
      plan.problems.push({
        ...where,
        message: `${draft.id}: #${issue.number} could not be written back: ${why}.`
      });
      continue;
    }
    plan.changes.push({
      ...where,
      id: draft.id,
      issue: issue.number,
      url: issue.url,
      ...status ? { status } : {},
      numbered
    });
  }
  for (const [path, file] of edits) {
    for (const message of finishColumns(file)) plan.problems.push({ file: path, line: 0, message });
    if (!file.editor.dirty) continue;
    const text = applyEdits(texts.get(path) ?? "", file.editor.edits()).text;
    if (text !== texts.get(path)) plan.files.push({ path, text });
  }
  return plan;
}
function statusFor(state, issue) {
  if (state === "open" && issue.state === "closed")
    return issue.stateReason === "not_planned" ? "dropped" : "done";
  if (state !== "open" && issue.state === "open" && issue.stateReason === "reopened") return "open";
  return void 0;
}
function writtenNumber(item, file) {
  if (typeof item.issue === "number") return item.issue;
  const trailing = TRAILING_REF2.exec(item.title ?? item.text ?? "");
  if (trailing) return Number(trailing[1]);
  const map = item.source === "yaml" ? file.yaml?.mapAt(item.pos.line, item.pos.column) : void 0;
  return map ? file.yaml?.issueOf(map) : void 0;
}

// src/flows/write-back/read-default-registers.ts
async function readDefaultRegisters(port, sha, config) {
  const read = await readRegistersAt(port, sha, config);
  const files = read.flatMap((f) => {
    const text = textOf(f.content);
    return text === void 0 ? [] : [{ path: f.path, text }];
  });
  return { files, registers: parseFiles(read, config).registers };
}
function textOf(content) {
  if (typeof content === "string") return content;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(content);
  } catch {
    return void 0;
  }
}

// src/flows/write-back/sync-register-pull.ts
var MAX_ROUNDS = 3;
async function syncRegisterPull(input) {
  const { port, log, identity } = input;
  if (input.config.write_back === "off") return { skipped: "write_back is off" };
  const head = await port.getDefaultBranch();
  const read = await readDefaultRegisters(port, head.sha, input.config);
  const drafts = planFollowUps({
    registers: read.registers,
    decisions: read.registers.flatMap((r) => r.decisions),
    issuesFor: input.issuesFor,
    config: input.config,
    repo: input.repo,
    sha: head.sha,
    allStates: true
  });
  if (drafts.length === 0) return { skipped: "the registers record no follow-up items" };
  const markers = drafts.map((d) => d.marker);
  const planNow = async (quiet) => planWriteBack({
    files: read.files,
    registers: read.registers,
    drafts,
    issues: await findOurIssues(port, identity, quiet ? silentLogger : log, markers)
  });
  let plan = await planNow(false);
  for (const p of plan.problems) log.warning(`${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`);
  let outcome = { plan };
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    outcome = await writePull(input, head, plan);
    if (outcome.skipped) return outcome;
    const again = await planNow(true);
    if (sameFiles(again, plan)) break;
    plan = again;
  }
  return outcome;
}
async function writePull(input, head, plan) {
  const { port, log, identity } = input;
  const open = (await port.listPullsFrom(SYNC_BRANCH)).filter((p) => p.baseRef === head.name);
  let ours = open.find((p) => identity.isOurs(p));
  if (plan.files.length === 0 && !ours)
    return { plan, skipped: "the register already says what the issues say" };
  const { body, message } = planSyncPull(plan);
  const files = plan.files.map((f) => ({ path: f.path, content: f.text }));
  const branch = await port.rebuildBranch(SYNC_BRANCH, head.sha, message, files, SYNC_COMMIT_MARKER);
  if (branch.outcome === "foreign") {
    log.warning(
      `${SYNC_BRANCH} has a commit this tool did not make; it is left as it is (nothing typed there is overwritten). Merge or delete that branch to resume the write-back.`
    );
    return { plan, skipped: "the sync branch has someone else\u2019s commit" };
  }
  if (plan.files.length === 0 && ours) {
    await port.updatePull(ours.number, { body, state: "closed" });
    log.info(`Closed #${ours.number}: the register already says what the issues say.`);
    return { plan };
  }
  if (ours) return { plan, pull: await keepCurrent(port, ours, body, false) };
  try {
    const created = await port.createPull({
      title: SYNC_PULL_TITLE,
      body,
      head: SYNC_BRANCH,
      base: head.name
    });
    log.info(`Opened ${created.url} writing back ${plan.changes.length} item(s).`);
    return { plan, pull: { number: created.number, url: created.url, created: true } };
  } catch (error) {
    if (!(error instanceof GitHubError) || error.status !== 422 && error.status < 500) throw error;
    const listed = await port.listPullsFrom(SYNC_BRANCH);
    ours = listed.find((p) => p.baseRef === head.name && identity.isOurs(p));
    if (ours) return { plan, pull: await keepCurrent(port, ours, body, false) };
    if (listed.length > 0) {
      log.warning(
        `#${listed[0]?.number} from ${SYNC_BRANCH} was opened by someone else; it is left alone and carries the write-back.`
      );
      return { plan, skipped: "a pull request from the sync branch is someone else\u2019s" };
    }
    throw error;
  }
}
async function keepCurrent(port, pull, body, created) {
  if (pull.body !== body || pull.title !== SYNC_PULL_TITLE)
    await port.updatePull(pull.number, { title: SYNC_PULL_TITLE, body });
  return { number: pull.number, url: pull.url, created };
}
function sameFiles(a, b) {
  const text = (plan) => JSON.stringify(plan.files.map((f) => [f.path, f.text]));
  return text(a) === text(b);
}

export {
  syncRegisterPull
};
