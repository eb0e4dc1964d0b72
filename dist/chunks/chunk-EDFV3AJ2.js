import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  COMMENT_MAX_CHARS,
  parseHunks,
  planReviewComment,
  planSuggestions,
  postSuggestions,
  renderFixesOutsideDiff
} from "./chunk-C56XAUHU.js";
import {
  hasUnresolvedIds,
  missingTrackingKeys
} from "./chunk-ZJPW56PU.js";
import {
  findOurIssues,
  planFollowUps,
  planReconcile
} from "./chunk-JUYQNMQ5.js";
import {
  READ_CONCURRENCY,
  loadParsers,
  mapLimit,
  readRegistersAt
} from "./chunk-Q2NPZLFL.js";
import {
  markerFor
} from "./chunk-BOWECSXI.js";
import {
  updateStickyComment,
  upsertStickyComment
} from "./chunk-7COSIQUM.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import {
  prepareCheck
} from "./chunk-3D2MENGX.js";
import {
  allItems,
  checkParsed,
  describeItem,
  fieldPos,
  findingAt,
  isBlank,
  isRegisterPath,
  itemId,
  parseFiles,
  quote,
  resolveOwner,
  sourcesOf,
  withSeverities
} from "./chunk-4GJYVD7P.js";
import {
  compareFindings,
  escapeCell,
  summarize
} from "./chunk-LH5WQBSA.js";
import {
  itemsOf,
  statusOf
} from "./chunk-4BKEW7KF.js";

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

// src/plan/planning/plan-merge-preview.ts
var WHY = { done: "done", dropped: "dropped", removed: "removed from the register" };
function planMergePreview(plan, options) {
  const rows = plan.steps.map((step) => {
    const item = escapeCell(step.key);
    switch (step.kind) {
      case "open":
        return `| ${item} | new | open: ${escapeCell(step.draft.title)} |`;
      case "update":
        return `| ${item} | #${step.issue.number} | update (${escapeCell(step.changes.join(", "))}) |`;
      case "close":
        return `| ${item} | #${step.issue.number} | close as ${step.reason === "completed" ? "completed" : "not planned"} (${WHY[step.why]}) |`;
      default:
        return `| ${item} | #${step.issue.number} | reopen |`;
    }
  });
  const extra = [];
  if (options.trackingIssue && options.newTracking.length > 0)
    extra.push(
      `- open a tracking issue for ${options.newTracking.map((f) => `\`${escapeCell(f).replaceAll("`", "'")}\``).join(", ")}, with the items as sub-issues`
    );
  if (options.project && rows.length > 0)
    extra.push("- put the new and changed issues on the project and set their fields");
  if (rows.length === 0 && extra.length === 0) return "";
  const counts = ["open", "update", "close", "reopen"].map((kind) => [kind, plan.steps.filter((s) => s.kind === kind).length]).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`);
  const lines = ["", `### \u{1F4CB} When this is merged${counts.length > 0 ? `: ${counts.join(", ")}` : ""}`, ""];
  if (rows.length > 0) lines.push("| Item | Issue | Will |", "| --- | --- | --- |", ...rows, "");
  if (extra.length > 0) lines.push(...extra, "");
  for (const problem of plan.problems) lines.push(`> ${escapeCell(problem)}`, "");
  return `${lines.join("\n")}`;
}

// src/flows/planning/preview-merge.ts
async function previewMerge(input) {
  const draftsOf = (registers) => planFollowUps({
    registers: [...registers],
    decisions: [...input.head, ...input.base].flatMap((r) => r.decisions),
    issuesFor: input.issuesFor,
    config: input.config,
    repo: input.repo,
    sha: input.pull.headSha,
    pull: input.pull.number,
    allStates: true
  });
  const drafts = draftsOf(input.head);
  const before = draftsOf(input.base);
  if (drafts.length === 0 && before.length === 0) return "";
  try {
    const identity = { isOurs: input.isOurs, ...input.login ? { login: input.login } : {} };
    const issues = await findOurIssues(input.port, identity, input.log);
    const commit = { sha: input.pull.headSha, url: "" };
    const plan = planReconcile({ drafts, before, issues, commit });
    const newTracking = missingTrackingKeys(input.config, drafts, issues).map(
      (key) => key.replace(/^tracking:/, "")
    );
    return planMergePreview(plan, {
      newTracking,
      trackingIssue: input.config.tracking_issue === true,
      ...input.config.project ? { project: input.config.project } : {}
    });
  } catch (error) {
    input.log.warning(
      `Could not preview the follow-up issues the merge will change: ${error instanceof Error ? error.message : String(error)}`
    );
    return "";
  }
}

// src/flows/review/load-pull-registers.ts
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
  await loadParsers([...changedPaths, ...basePaths]);
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
    changedPaths: new Set(headFiles.map((f) => f.path)),
    patches: new Map(changed.flatMap((f) => f.patch === void 0 ? [] : [[f.path, f.patch]]))
  };
}
function addsIds(base, head) {
  const known = new Set(base.flatMap(itemsOf).map((item) => item.id));
  return head.flatMap(itemsOf).some((item) => item.id !== void 0 && !known.has(item.id));
}

// src/flows/review/owner-mentions.ts
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

// src/flows/review/review-pull-request.ts
var READ_ONLY_NOTICE = 'decision-register could not comment: the token is read-only ("Resource not accessible by integration"). This is normal for pull requests from forks. Findings are still in the annotations and the job summary. To comment on fork pull requests, run the workflow on `pull_request_target` (the registers are only read through the API, never checked out or executed) and grant `pull-requests: write`.';
function foreignNote(comments) {
  const who = comments.map((c) => `${c.id} by ${c.author ?? "an unknown author"}`).join(", ");
  return `Ignored ${comments.length} foreign comment(s) carrying decision-register's marker (${who}): only comments decision-register wrote are edited.`;
}
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
    parseFindings: [...loaded.head.parseFindings, ...loaded.context.parseFindings],
    contents: new Map([...loaded.context.contents ?? [], ...loaded.head.contents ?? []])
  };
  const targets = input.filterMode === "nofilter" ? void 0 : loaded.changedPaths;
  await prepareCheck(targets ? all.registers.filter((r) => targets.has(r.file)) : all.registers, config);
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
  const touchesRegisters = loaded.changedPaths.size > 0 || loaded.base.registers.length > 0;
  const sources = sourcesOf(all, config);
  const texts = /* @__PURE__ */ new Map();
  for (const path of loaded.changedPaths) {
    const text = sources(path)?.text;
    if (text !== void 0) texts.set(path, text);
  }
  const suggestions = input.suggestions === false ? { inDiff: [], outside: [] } : planSuggestions(
    findings,
    texts,
    new Map([...loaded.patches].map(([path, patch]) => [path, parseHunks(patch)]))
  );
  let posted = null;
  if (!input.dryRun && input.suggestions !== false) {
    posted = await postSuggestions(port, pull, suggestions.inDiff, input.isOurs, log);
    if (posted.created + posted.updated + posted.deleted > 0)
      log.info(
        `Suggestions: ${posted.created} created, ${posted.updated} updated, ${posted.deleted} removed, ${posted.kept} unchanged.`
      );
  }
  const fixesSection = renderFixesOutsideDiff([...suggestions.outside, ...posted?.fallback ?? []], texts);
  const preview = input.followUps && touchesRegisters ? await previewMerge({
    port,
    repo: input.repo,
    pull,
    config,
    head: loaded.head.registers,
    base: loaded.base.registers,
    issuesFor: input.followUps.issuesFor,
    isOurs: input.isOurs,
    ...input.followUps.login ? { login: input.followUps.login } : {},
    log
  }) : "";
  const commentBody = planReviewComment({
    findings,
    summary,
    repo: input.repo,
    headSha: pull.headSha,
    mentionOwners: input.mentionOwners,
    owners: input.mentionOwners ? ownerMentions(checked.registers, config) : void 0,
    filterMode: input.filterMode,
    maxChars: COMMENT_MAX_CHARS - fixesSection.length - preview.length
  }) + preview + fixesSection;
  const outcome = {
    findings,
    summary,
    registers: checked.registers,
    commentBody,
    comment: null,
    suggestions,
    posted
  };
  if (input.dryRun) return { ...outcome, commentSkipped: "dry-run" };
  const write = touchesRegisters ? upsertStickyComment : updateStickyComment;
  try {
    const sticky = await write(port, pull.number, markerFor("review"), commentBody, input.isOurs, {
      onForeign: (comments) => log.warning(foreignNote(comments))
    });
    if (!sticky) return { ...outcome, commentSkipped: "no-registers" };
    if (sticky.deduplicated > 0)
      log.info(`Removed ${sticky.deduplicated} duplicate comment(s) from a concurrent run.`);
    return { ...outcome, comment: { url: sticky.comment.url, action: sticky.action } };
  } catch (error) {
    if (error instanceof GitHubError && error.status === 403) {
      log.notice(READ_ONLY_NOTICE);
      return { ...outcome, commentSkipped: "forbidden" };
    }
    const reason = error instanceof Error ? error.message.split("\n")[0] ?? error.name : String(error);
    return { ...outcome, commentSkipped: "failed", commentError: reason };
  }
}

export {
  FILTER_MODES,
  reviewPullRequest
};
