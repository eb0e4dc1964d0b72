import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  describeCounts,
  plural,
  verdictHeadline
} from "./chunk-UPLB5MTH.js";
import {
  isRuleId
} from "./chunk-7TEIRK45.js";
import {
  hasUnresolvedIds
} from "./chunk-7WZ5AG6R.js";
import {
  updateStickyComment,
  upsertStickyComment
} from "./chunk-B3S3UGOS.js";
import {
  READ_CONCURRENCY,
  mapLimit,
  markerFor,
  readRegistersAt
} from "./chunk-5KSOTFMD.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import {
  allItems,
  checkParsed,
  compareFindings,
  describeItem,
  escapeCell,
  fieldPos,
  findingAt,
  isBlank,
  isRegisterPath,
  itemId,
  itemsOf,
  parseFiles,
  quote,
  quoteUserText,
  resolveOwner,
  statusOf,
  summarize,
  withSeverities
} from "./chunk-Y3M5WSMX.js";

// src/check/diff-registers.ts
function diffRegisters(base, head) {
  const baseFiles = new Map(base.map((register) => [register.file, register]));
  const headFiles = new Map(head.map((register) => [register.file, register]));
  const baseItems = itemsById(base);
  const changedItems = /* @__PURE__ */ new Set();
  const changedReviews = /* @__PURE__ */ new Set();
  const changedProse = /* @__PURE__ */ new Set();
  for (const register of head) {
    for (const item of allItems(register)) {
      const id = itemId(item);
      if (id === null) continue;
      const before = pick(baseItems.get(id), register.file, item.kind);
      if (!before || canonical(before.item) !== canonical(item)) changedItems.add(`${register.file}#${id}`);
    }
    const previous = baseFiles.get(register.file);
    if (!previous || canonical(previous.review) !== canonical(register.review))
      changedReviews.add(register.file);
    for (const line of newProseLines(previous, register)) changedProse.add(`${register.file}:${line}`);
  }
  const findings = decisionFindings(base, itemsById(head), headFiles);
  return { findings, changedItems, changedReviews, changedProse };
}
function decisionFindings(base, headItems, headFiles) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const register of base) {
    for (const before of register.decisions ?? []) {
      const id = itemId(before);
      if (id === null || seen.has(id)) continue;
      seen.add(id);
      const after = pick(headItems.get(id), register.file, "decision");
      if (!after) {
        const headRegister = headFiles.get(register.file);
        const pos = headRegister?.review?.pos;
        const message = `${describeItem(before)} was removed; mark it superseded instead of deleting it`;
        findings.push(findingAt(headRegister ?? register, pos, "decision-removed", message, id));
        continue;
      }
      if (statusOf(before) !== "resolved") continue;
      const decision = after.item;
      const status = statusOf(decision);
      if (status !== "resolved" && status !== "superseded" && isBlank(decision.reopened_reason)) {
        const message = `${describeItem(decision)} was resolved and is now ${quote(status)}; give a reopened_reason`;
        findings.push(
          findingAt(after.register, fieldPos(decision, "status"), "status-regressed", message, id)
        );
      } else if (status === "resolved" && !isBlank(before.resolution) && flat(before.resolution) !== flat(decision.resolution)) {
        const message = `The resolution of ${describeItem(decision)} changed; supersede it with a new decision instead`;
        findings.push(
          findingAt(after.register, fieldPos(decision, "resolution"), "resolution-changed", message, id)
        );
      }
    }
  }
  return findings;
}
function itemsById(registers) {
  const byId = /* @__PURE__ */ new Map();
  for (const register of registers) {
    for (const item of allItems(register)) {
      const id = itemId(item);
      if (id !== null) byId.set(id, [...byId.get(id) ?? [], { register, item }]);
    }
  }
  return byId;
}
function pick(refs, file, kind) {
  const sameKind = (refs ?? []).filter((ref) => ref.item.kind === kind);
  return sameKind.find((ref) => ref.register.file === file) ?? sameKind[0];
}
function newProseLines(previous, register) {
  const lines = (r) => (r?.prose ?? []).flatMap(
    (prose) => String(prose.text ?? "").split(/\r?\n/).map((text, offset) => ({ text: text.trim(), line: prose.pos.line + offset }))
  );
  const remaining = /* @__PURE__ */ new Map();
  for (const { text } of lines(previous)) remaining.set(text, (remaining.get(text) ?? 0) + 1);
  const added = [];
  for (const { text, line } of lines(register)) {
    const count = remaining.get(text) ?? 0;
    if (count > 0) remaining.set(text, count - 1);
    else added.push(line);
  }
  return added;
}
function canonical(value) {
  return JSON.stringify(value, (key, inner) => {
    if (key === "pos" || key === "at") return void 0;
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
    }
    return inner;
  }) ?? "";
}
function flat(text) {
  return (text ?? "").trim().replace(/\s+/g, " ");
}

// src/check/filter-findings.ts
var FILTER_MODES = ["added", "file", "nofilter"];
var FILE_RULES = /* @__PURE__ */ new Set(["parse-error", "schema"]);
var DIFF_RULES = /* @__PURE__ */ new Set(["status-regressed", "decision-removed", "resolution-changed"]);
function filterFindings(findings, mode, scope) {
  if (mode === "nofilter") return findings;
  if (mode === "file")
    return findings.filter((f) => DIFF_RULES.has(f.rule) || scope.changedFiles.has(f.file));
  return findings.filter((f) => {
    if (DIFF_RULES.has(f.rule)) return true;
    if (f.item !== null) return scope.changedItems.has(`${f.file}#${f.item}`);
    if (!scope.changedFiles.has(f.file)) return false;
    if (FILE_RULES.has(f.rule)) return true;
    if (f.rule === "followup-implied" && scope.changedProse)
      return scope.changedProse.has(`${f.file}:${f.line}`);
    return scope.changedReviews.has(f.file);
  });
}

// src/render/render-findings-markdown.ts
var LINK_UNSAFE = /[!'()*]/g;
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(
    LINK_UNSAFE,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function blobUrl(link, path, line) {
  const server = link.serverUrl.replace(/\/+$/, "");
  const segments = [link.owner, link.repo, "blob", link.headSha, ...path.replaceAll("\\", "/").split("/")];
  const url = `${server}/${segments.map(encodeSegment).join("/")}`;
  return line >= 1 ? `${url}#L${line}` : url;
}
var LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?)$/;
function mention(owner) {
  const match = LOGIN.exec(owner.trim());
  return match ? `@${match[1]}` : quoteUserText(owner);
}
function itemKey(file, item) {
  return `${file}#${item}`;
}
function compareRows(a, b) {
  if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}
function row(finding, link) {
  const icon = finding.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
  const rule = isRuleId(finding.rule) ? `\`${finding.rule}\`` : escapeCell(finding.rule);
  const line = link ? `[${finding.line}](${blobUrl(link, finding.file, finding.line)})` : `${finding.line}`;
  const item = finding.item === null ? "\u2014" : escapeCell(finding.item);
  return `| ${item} | ${icon} ${rule} | ${escapeCell(finding.message)} | ${line} |`;
}
function ownersLine(file, findings, mentions) {
  if (!mentions) return null;
  const names = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (finding.item === null) continue;
    for (const owner of mentions.get(itemKey(file, finding.item)) ?? []) names.add(mention(owner));
  }
  return names.size > 0 ? `Owners: ${[...names].join(", ")}` : null;
}
function renderFindingsTables(findings, options = {}) {
  const all = groupByFile(options.allFindings ?? findings);
  const blocks = [];
  for (const [file, shown] of groupByFile(findings)) {
    const everything = all.get(file) ?? shown;
    const errors = everything.filter((finding) => finding.severity === "error").length;
    const counts = describeCounts({ errors, warnings: everything.length - errors });
    const lines = [`#### ${quoteUserText(file)} \u2014 ${counts}`, ""];
    const owners = ownersLine(file, everything, options.mentions);
    if (owners) lines.push(owners, "");
    lines.push("| Item | Rule | Message | Line |", "| --- | --- | --- | --- |");
    for (const finding of [...shown].sort(compareRows)) lines.push(row(finding, options.link));
    blocks.push(lines.join("\n"));
  }
  return blocks.join("\n\n");
}

// src/plan/fit-findings.ts
function byImportance(findings) {
  return [...findings].sort((a, b) => {
    if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
    return compareFindings(a, b);
  });
}
function utf8Length(text) {
  return new TextEncoder().encode(text).length;
}
function fitFindings(total, render, limit, measure = (text) => text.length) {
  const full = render(total);
  if (measure(full) <= limit) return { text: full, kept: total };
  let low = 0;
  let high = total - 1;
  let best = null;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const text = render(mid);
    if (measure(text) <= limit) {
      best = { text, kept: mid };
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best ?? { text: cutToLimit(render(0), limit, measure), kept: 0 };
}
function cutToLimit(text, limit, measure) {
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join("")) <= limit) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join("");
}

// src/plan/report-lines.ts
var REPRODUCE_COMMAND = "npx decision-register check";
var FILTER_NOTES = {
  added: "Showing findings on lines this pull request adds or changes.",
  file: "Showing findings in the register files this pull request changes.",
  nofilter: "Showing every finding in the checked registers."
};
function filterNote(mode) {
  return FILTER_NOTES[mode] ?? FILTER_NOTES.nofilter;
}
function reproduceNote(command = REPRODUCE_COMMAND) {
  const shown = command.includes("`") ? quoteUserText(command) : `\`${command}\``;
  return `Reproduce locally with the decision-register CLI, from the repository root: ${shown}.`;
}
function scopeLine(summary, headSha) {
  const scope = `Checked ${plural(summary.files, "register file")} (${plural(summary.decisions, "decision")})`;
  if (!headSha) return scope;
  const sha = /^[0-9a-f]{7,64}$/i.test(headSha) ? `\`${headSha.slice(0, 7)}\`` : quoteUserText(headSha);
  return `${scope} at ${sha}`;
}
function moreFindingsLine(hidden, where = "the job summary") {
  return `\u2026 ${plural(hidden, "more finding")} in ${where}.`;
}

// src/plan/plan-review-comment.ts
var COMMENT_MAX_CHARS = 65536;
function planReviewComment(input) {
  const ordered = byImportance(input.findings);
  const link = { ...input.repo, headSha: input.headSha };
  const mentions = input.mentionOwners ? input.owners ?? /* @__PURE__ */ new Map() : void 0;
  const limit = input.maxChars ?? COMMENT_MAX_CHARS;
  const footer = `<sub>${filterNote(input.filterMode)} ${reproduceNote(input.reproduceCommand)}</sub>`;
  const render = (kept) => {
    const parts = [markerFor("review"), verdictHeadline(input.summary), ""];
    if (ordered.length === 0) {
      parts.push(`${scopeLine(input.summary, input.headSha)}: no problems found.`, "");
    } else {
      parts.push(`${scopeLine(input.summary, input.headSha)}.`, "");
      const tables = renderFindingsTables(ordered.slice(0, kept), { link, mentions, allFindings: ordered });
      if (tables) parts.push(tables, "");
      if (kept < ordered.length) parts.push(moreFindingsLine(ordered.length - kept), "");
    }
    parts.push(footer);
    return `${parts.join("\n")}
`;
  };
  return fitFindings(ordered.length, render, limit).text;
}

// src/flows/load-pull-registers.ts
async function loadPullRegisters(port, pull, config, options) {
  const changed = (await port.listChangedFiles(pull.number)).filter(
    (file) => isRegisterPath(config, file.path) || file.previousPath && isRegisterPath(config, file.previousPath)
  );
  const changedPaths = new Set(
    changed.filter((f) => f.status !== "removed" && isRegisterPath(config, f.path)).map((f) => f.path)
  );
  const read = async (path, ref) => {
    const content = await port.readFile(path, ref);
    return content === null ? null : { path, content };
  };
  const head = await mapLimit([...changedPaths], READ_CONCURRENCY, (path) => read(path, pull.headSha));
  const basePaths = changed.filter((f) => f.status !== "added").map((f) => f.previousPath ?? f.path).filter((path) => isRegisterPath(config, path));
  const base = await mapLimit(basePaths, READ_CONCURRENCY, (path) => read(path, pull.baseSha));
  const headFiles = head.filter((f) => f !== null);
  const parsedHead = parseFiles(headFiles, config);
  const parsedBase = parseFiles(
    base.filter((f) => f !== null),
    config
  );
  const needsContext = options.allRegisters || hasUnresolvedIds(parsedHead.registers) || addsIds(parsedBase.registers, parsedHead.registers);
  const context = needsContext ? await readRegistersAt(port, pull.headSha, config, changedPaths) : [];
  return {
    head: parsedHead,
    base: parsedBase,
    context: parseFiles(context, config),
    changedPaths: new Set(headFiles.map((f) => f.path))
  };
}
function addsIds(base, head) {
  const known = new Set(base.flatMap(itemsOf).map((item) => item.id));
  return head.flatMap(itemsOf).some((item) => item.id !== void 0 && !known.has(item.id));
}

// src/flows/owner-mentions.ts
function ownerMentions(registers, config) {
  const mentions = /* @__PURE__ */ new Map();
  for (const register of registers) {
    const scope = { attendees: register.review?.attendees, config };
    for (const item of itemsOf(register)) {
      if (!item.id) continue;
      const owner = resolveOwner(item.owner, scope);
      const handle = owner?.kind === "user" ? `@${owner.login}` : owner?.kind === "name" && owner.login ? `@${owner.login}` : owner?.kind === "team" ? `@${owner.org}/${owner.slug}` : void 0;
      if (handle) mentions.set(`${register.file}#${item.id}`, [handle]);
    }
  }
  return mentions;
}

// src/flows/review-pull-request.ts
var READ_ONLY_NOTICE = 'decision-register could not comment: the token is read-only ("Resource not accessible by integration"). This is normal for pull requests from forks. Findings are still in the annotations and the job summary. To comment on fork pull requests, run the workflow on `pull_request_target` (the registers are only read through the API, never checked out or executed) and grant `pull-requests: write`.';
async function reviewPullRequest(input) {
  const { port, config, pull, log } = input;
  const loaded = await loadPullRegisters(port, pull, config, {
    allRegisters: input.filterMode === "nofilter"
  });
  log.info(
    `${loaded.changedPaths.size} changed register(s); ${loaded.context.registers.length} other register(s) read for cross-file ids.`
  );
  const all = {
    registers: [...loaded.head.registers, ...loaded.context.registers],
    parseFindings: [...loaded.head.parseFindings, ...loaded.context.parseFindings]
  };
  const targets = input.filterMode === "nofilter" ? void 0 : loaded.changedPaths;
  const checked = checkParsed(all, config, input.today, targets);
  const diff = diffRegisters(loaded.base.registers, loaded.head.registers);
  const merged = [...checked.findings, ...withSeverities(diff.findings, config)].sort(compareFindings);
  const findings = filterFindings(merged, input.filterMode, {
    changedFiles: loaded.changedPaths,
    changedItems: diff.changedItems,
    changedReviews: diff.changedReviews,
    changedProse: diff.changedProse
  });
  const summary = summarize(findings, checked.registers);
  const commentBody = planReviewComment({
    findings,
    summary,
    repo: input.repo,
    headSha: pull.headSha,
    mentionOwners: input.mentionOwners,
    owners: input.mentionOwners ? ownerMentions(checked.registers, config) : void 0,
    filterMode: input.filterMode
  });
  const outcome = {
    findings,
    summary,
    registers: checked.registers,
    commentBody,
    comment: null
  };
  if (input.dryRun) return { ...outcome, commentSkipped: "dry-run" };
  const touchesRegisters = loaded.changedPaths.size > 0 || loaded.base.registers.length > 0;
  const write = touchesRegisters ? upsertStickyComment : updateStickyComment;
  try {
    const sticky = await write(port, pull.number, markerFor("review"), commentBody, input.isOurs);
    if (!sticky) return { ...outcome, commentSkipped: "no-registers" };
    if (sticky.deduplicated > 0)
      log.info(`Removed ${sticky.deduplicated} duplicate comment(s) from a concurrent run.`);
    return { ...outcome, comment: { url: sticky.comment.url, action: sticky.action } };
  } catch (error) {
    if (error instanceof GitHubError && error.status === 403) {
      log.notice(READ_ONLY_NOTICE);
      return { ...outcome, commentSkipped: "forbidden" };
    }
    throw error;
  }
}

// src/plan/rule-priority.ts
var RANK = {
  "parse-error": 0,
  schema: 1,
  "status-invalid": 2,
  "id-duplicate": 3,
  "owner-missing": 4,
  "owner-vague": 5,
  "due-missing": 6,
  "date-invalid": 7,
  "due-before-review": 8,
  "dependency-missing": 9,
  "dependency-unowned": 10,
  "dependency-unknown": 11,
  "dependency-cycle": 12,
  "resolution-missing": 13,
  overdue: 14,
  "owners-absent": 15,
  "owner-unknown": 16,
  "decision-undecided": 17,
  "status-regressed": 18,
  "decision-removed": 19,
  "resolution-changed": 20,
  "immediate-output-late": 21,
  "followup-output-late": 22,
  "followup-implied": 23,
  "core-group-missing": 24,
  "specialist-missing": 25
};
var RULE_PRIORITY = Object.keys(RANK).sort(
  (a, b) => RANK[a] - RANK[b]
);
function rulePriority(rule) {
  return Object.hasOwn(RANK, rule) ? RANK[rule] : RULE_PRIORITY.length;
}
function compareByPriority(a, b) {
  const byRule = rulePriority(a.rule) - rulePriority(b.rule);
  if (byRule !== 0) return byRule;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

// src/plan/plan-annotations.ts
var ANNOTATIONS_PER_TYPE = 10;
function planAnnotations(findings, options = {}) {
  const max = Math.max(0, options.maxPerType ?? ANNOTATIONS_PER_TYPE);
  const errors = findings.filter((finding) => finding.severity === "error").sort(compareByPriority);
  const warnings = findings.filter((finding) => finding.severity !== "error").sort(compareByPriority);
  return {
    shown: [...errors.slice(0, max), ...warnings.slice(0, max)],
    hidden: { errors: Math.max(0, errors.length - max), warnings: Math.max(0, warnings.length - max) }
  };
}
var CHECK_MESSAGE_MAX_BYTES = 64 * 1024;
var TITLE_MAX_CHARS = 255;
function truncateUtf8(text, maxBytes) {
  if (utf8Length(text) <= maxBytes) return text;
  let bytes = utf8Length("\u2026");
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0);
    const size = code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += char;
  }
  return `${out}\u2026`;
}
function planCheckAnnotations(findings) {
  return findings.map((finding) => {
    const line = Math.max(1, finding.line);
    const annotation = {
      path: finding.file,
      start_line: line,
      end_line: line,
      annotation_level: finding.severity === "error" ? "failure" : "warning",
      message: truncateUtf8(finding.message, CHECK_MESSAGE_MAX_BYTES),
      title: [...finding.rule].slice(0, TITLE_MAX_CHARS).join("")
    };
    if (finding.column >= 1) {
      annotation.start_column = finding.column;
      annotation.end_column = finding.column;
    }
    return annotation;
  });
}

export {
  FILTER_MODES,
  renderFindingsTables,
  byImportance,
  utf8Length,
  fitFindings,
  filterNote,
  reproduceNote,
  scopeLine,
  moreFindingsLine,
  reviewPullRequest,
  planAnnotations,
  planCheckAnnotations
};
