import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  markerFor
} from "./chunk-BOWECSXI.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import {
  describeCounts,
  plural,
  verdictHeadline
} from "./chunk-CX3DDRZ6.js";
import {
  applyEdits
} from "./chunk-RTK4CUUF.js";
import {
  compareFindings,
  escapeCell,
  quoteUserText
} from "./chunk-LH5WQBSA.js";
import {
  isRuleId
} from "./chunk-F6I3COCI.js";

// src/plan/fixes/diff-hunks.ts
function parseHunks(patch) {
  const hunks = [];
  let line = 0;
  let current;
  for (const text of (patch ?? "").split("\n")) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      current = { lines: /* @__PURE__ */ new Set() };
      hunks.push(current);
      line = Number(header[1]);
    } else if (current && (text.startsWith(" ") || text.startsWith("+"))) {
      current.lines.add(line++);
    }
  }
  return hunks;
}
function inOneHunk(hunks, start, end) {
  return hunks.some((hunk) => {
    for (let line = start; line <= end; line++) if (!hunk.lines.has(line)) return false;
    return true;
  });
}

// src/plan/fixes/plan-suggestions.ts
function planSuggestions(findings, texts, hunks) {
  const plan = { inDiff: [], outside: [] };
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!finding.fix || finding.fix.edits.length === 0) continue;
    byFile.set(finding.file, [...byFile.get(finding.file) ?? [], finding]);
  }
  for (const [path, fixes] of byFile) {
    const text = texts.get(path);
    if (text === void 0) continue;
    const lines = text.split("\n");
    for (const group of groupByLines(fixes)) {
      const suggestion = suggest(path, lines, group);
      if (!suggestion) continue;
      const placed = inOneHunk(hunks.get(path) ?? [], suggestion.startLine, suggestion.line);
      (placed ? plan.inDiff : plan.outside).push(suggestion);
    }
  }
  return plan;
}
function span(finding) {
  const edits = finding.fix.edits;
  return [Math.min(...edits.map((e) => e.line)), Math.max(...edits.map((e) => e.endLine))];
}
function groupByLines(fixes) {
  const sorted = [...fixes].sort((a, b) => span(a)[0] - span(b)[0]);
  const groups = [];
  for (const finding of sorted) {
    const [start, end] = span(finding);
    const last = groups[groups.length - 1];
    if (last && start <= last.end) {
      last.findings.push(finding);
      last.end = Math.max(last.end, end);
    } else {
      groups.push({ end, findings: [finding] });
    }
  }
  return groups.map((g) => g.findings);
}
function suggest(path, lines, group) {
  const start = Math.min(...group.map((f) => span(f)[0]));
  const end = Math.max(...group.map((f) => span(f)[1]));
  if (start < 1 || end > lines.length) return void 0;
  const slice = lines.slice(start - 1, end).join("\n");
  const edits = group.flatMap(
    (f) => f.fix.edits.map((e) => ({ ...e, line: e.line - start + 1, endLine: e.endLine - start + 1 }))
  );
  const result = applyEdits(slice, edits);
  if (result.skipped > 0 || result.text === slice) return void 0;
  const key = [path, ...group.map((f) => `${f.rule}:${f.item ?? ""}:${f.fix.description}`)].join("\n");
  return { path, startLine: start, line: end, lines: result.text.split("\n"), findings: group, key };
}

// src/text/render-findings-markdown.ts
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

// src/plan/review/fit-findings.ts
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

// src/plan/review/report-lines.ts
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

// src/plan/review/plan-review-comment.ts
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

// src/render/render-suggestion.ts
import { createHash } from "node:crypto";
function suggestionMarker(suggestion) {
  return markerFor("suggestion", createHash("sha256").update(suggestion.key).digest("hex").slice(0, 16));
}
var SUGGESTION_MARKER_PREFIX = "<!-- decision-register:suggestion:";
function fenceFor(lines) {
  const longest = Math.max(
    0,
    ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((m) => m.length)))
  );
  return "`".repeat(Math.max(3, longest + 1));
}
function reasons(suggestion) {
  return suggestion.findings.map(
    (f) => `- \`${f.rule}\`: ${quoteUserText(f.message)}. ${quoteUserText(f.fix?.description ?? "")}.`
  );
}
function renderSuggestionBody(suggestion) {
  const fence = fenceFor(suggestion.lines);
  return [
    suggestionMarker(suggestion),
    "**decision-register** can fix this:",
    "",
    ...reasons(suggestion),
    "",
    `${fence}suggestion`,
    ...suggestion.lines,
    fence
  ].join("\n");
}
function renderFixesOutsideDiff(suggestions, texts, max = 20) {
  if (suggestions.length === 0) return "";
  const parts = [
    "",
    "### Fixes outside this diff",
    "",
    "These lines are not part of the diff, so they cannot be suggested changes; `decision-register fix` applies them.",
    ""
  ];
  for (const suggestion of suggestions.slice(0, max)) {
    const old = (texts.get(suggestion.path) ?? "").split("\n").slice(suggestion.startLine - 1, suggestion.line);
    const diff = [...old.map((l) => `-${l}`), ...suggestion.lines.map((l) => `+${l}`)];
    const fence = fenceFor(diff);
    const where = `${quoteUserText(suggestion.path)} line ${suggestion.startLine}`;
    parts.push(`**${where}**`, ...reasons(suggestion), "", `${fence}diff`, ...diff, fence, "");
  }
  if (suggestions.length > max) parts.push(`\u2026and ${suggestions.length - max} more.`, "");
  return parts.join("\n");
}

// src/plan/fixes/reconcile-suggestions.ts
function reconcileSuggestions(wanted, ours) {
  const changes = { create: [], update: [], delete: [], kept: 0 };
  const byMarker = /* @__PURE__ */ new Map();
  for (const comment of [...ours].sort((a, b) => a.id - b.id)) {
    const marker = markerOf(comment.body);
    if (marker === void 0 || byMarker.has(marker)) changes.delete.push(comment.id);
    else byMarker.set(marker, comment);
  }
  for (const want of wanted) {
    const old = byMarker.get(want.marker);
    byMarker.delete(want.marker);
    const sameLines = old !== void 0 && old.path === want.path && old.line === want.line && (old.startLine ?? old.line) === want.startLine;
    if (old && sameLines) {
      if (old.body === want.body) changes.kept++;
      else changes.update.push({ id: old.id, body: want.body });
      continue;
    }
    if (old) changes.delete.push(old.id);
    changes.create.push(want);
  }
  for (const rest of byMarker.values()) changes.delete.push(rest.id);
  return changes;
}
function markerOf(body) {
  return /<!-- decision-register:suggestion:[^ ]* -->/.exec(body)?.[0];
}

// src/flows/review/post-suggestions.ts
async function postSuggestions(port, pull, suggestions, isOurs, log) {
  const outcome = { created: 0, updated: 0, deleted: 0, kept: 0, fallback: [] };
  const wanted = suggestions.map((s) => ({
    path: s.path,
    line: s.line,
    startLine: s.startLine,
    marker: suggestionMarker(s),
    body: renderSuggestionBody(s),
    suggestion: s
  }));
  try {
    const ours = (await port.listReviewComments(pull.number)).filter(
      (c) => isOurs(c) && c.body.includes(SUGGESTION_MARKER_PREFIX)
    );
    const changes = reconcileSuggestions(wanted, ours);
    outcome.kept = changes.kept;
    for (const id of changes.delete) {
      await ignoreMissing(() => port.deleteReviewComment(id));
      outcome.deleted++;
    }
    for (const { id, body } of changes.update) {
      await ignoreMissing(() => port.updateReviewComment(id, body));
      outcome.updated++;
    }
    if (changes.create.length === 0) return outcome;
    const create = wanted.filter((w) => changes.create.includes(w));
    try {
      await port.createReview(pull.number, {
        commitId: pull.headSha,
        body: `decision-register suggests ${create.length} change(s) that fix findings in this pull request. Each can be committed from its comment.`,
        comments: create.map((w) => ({
          path: w.path,
          line: w.line,
          ...w.startLine < w.line ? { startLine: w.startLine } : {},
          body: w.body
        }))
      });
      outcome.created = create.length;
    } catch (error) {
      if (!(error instanceof GitHubError) || error.status !== 422 && error.status !== 403) throw error;
      log.info(`GitHub did not take the suggestions (HTTP ${error.status}); they are listed in the comment.`);
      outcome.fallback.push(...create.map((w) => w.suggestion));
    }
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    log.info(`Could not post suggestions (${error.message}); they are listed in the comment.`);
    outcome.fallback = [...suggestions];
  }
  return outcome;
}
async function ignoreMissing(run) {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 404)) throw error;
  }
}

// src/plan/review/rule-priority.ts
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
  "specialist-missing": 25,
  "date-format": 26,
  "status-synonym": 27
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

// src/plan/review/plan-annotations.ts
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
  parseHunks,
  planSuggestions,
  renderFindingsTables,
  byImportance,
  utf8Length,
  fitFindings,
  filterNote,
  reproduceNote,
  scopeLine,
  moreFindingsLine,
  COMMENT_MAX_CHARS,
  planReviewComment,
  renderFixesOutsideDiff,
  postSuggestions,
  planAnnotations,
  planCheckAnnotations
};
