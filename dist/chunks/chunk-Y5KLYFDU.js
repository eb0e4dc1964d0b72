import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  silentLogger
} from "./chunk-LVBN3PUP.js";
import {
  hasUnresolvedIds
} from "./chunk-ONBD3I63.js";
import {
  READ_CONCURRENCY,
  loadParsers,
  mapLimit,
  readRegistersAt
} from "./chunk-6H3E2ZQX.js";
import {
  isRegisterPath,
  parseFiles,
  resolveOwner
} from "./chunk-FSMJBCAD.js";
import {
  editDistance
} from "./chunk-S4SKMPNW.js";
import {
  markerFor
} from "./chunk-QY6ZFXWF.js";
import {
  upsertStickyComment
} from "./chunk-UEOXIJLV.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import {
  escapeCell,
  quoteUserText
} from "./chunk-5MOEONU2.js";

// src/plan/follow-ups/issue-limits.ts
var ISSUE_TITLE_MAX = 256;
var ISSUE_BODY_MAX = 65536;
var TITLE_NOTE = "\u2026 (truncated)";
var BODY_NOTE = "\n\n_\u2026truncated: the item is longer than GitHub allows in an issue; the register has it in full._\n\n";
function capTitle(title) {
  if (title.length <= ISSUE_TITLE_MAX) return title;
  return `${cutAt(title, ISSUE_TITLE_MAX - TITLE_NOTE.length)}${TITLE_NOTE}`;
}
function capBody(body, tail) {
  const full = `${body}

${tail}`;
  if (full.length <= ISSUE_BODY_MAX) return full;
  return `${cutAt(body, ISSUE_BODY_MAX - BODY_NOTE.length - tail.length)}${BODY_NOTE}${tail}`;
}
function cutAt(text, length) {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 55296 && code <= 56319 ? length - 1 : length);
}

// src/plan/follow-ups/item-identity.ts
var DONE = /* @__PURE__ */ new Set([
  "done",
  "complete",
  "completed",
  "closed",
  "finished",
  "resolved",
  "shipped",
  "delivered"
]);
var DROPPED = /* @__PURE__ */ new Set([
  "dropped",
  "cancelled",
  "canceled",
  "abandoned",
  "superseded",
  "wontfix",
  "won't do",
  "not planned",
  "rejected"
]);
function followUpState(status) {
  const word = (status ?? "").trim().toLowerCase().replace(/[\s_-]+/g, " ");
  if (DONE.has(word)) return "done";
  if (DROPPED.has(word)) return "dropped";
  return "open";
}
function itemKey(file, item) {
  if (item.id) return `${file}#${item.id}`;
  const text = normaliseText(item.title ?? item.text ?? "");
  return text ? `${file}#~${text}` : void 0;
}
function normaliseText(text) {
  return text.replace(/\(#\d+\)\s*$/, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().slice(0, 120).trim();
}
function textSimilarity(a, b) {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}
var FUZZY_MATCH_RATIO = 0.8;
function textOfKey(key) {
  const at = key.lastIndexOf("#~");
  return at < 0 ? void 0 : { file: key.slice(0, at), text: key.slice(at + 2) };
}
function fingerprintOf(parts) {
  let hash = 2166136261;
  for (const char of parts.join("\0")) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

// src/plan/follow-ups/plan-follow-ups.ts
function planFollowUps(input) {
  const { repo } = input;
  const byId = new Map(input.decisions.filter((d) => d.id).map((d) => [d.id, d]));
  const drafts = [];
  for (const register of input.registers) {
    const items = [];
    if (input.issuesFor !== "actions")
      items.push(...register.outputs.filter((o) => o.timing === "follow-up"));
    if (input.issuesFor !== "outputs") items.push(...register.actions);
    for (const item of items) {
      const state = followUpState(item.status);
      if (state !== "open" && !input.allStates) continue;
      const key = itemKey(register.file, item);
      if (key === void 0) continue;
      const id = item.id ?? oneLine(item.title ?? item.text ?? "");
      const owner = resolveOwner(item.owner, { attendees: register.review?.attendees, config: input.config });
      const login = owner?.kind === "user" ? owner.login : owner?.kind === "name" ? owner.login : void 0;
      const decision = item.decision ? byId.get(item.decision) : void 0;
      const itemTitle = oneLine(item.title ?? item.text ?? "");
      drafts.push({
        key,
        marker: markerFor("followup", key),
        id,
        state,
        ...typeof item.issue === "number" ? { issue: item.issue } : {},
        fingerprint: fingerprintOf([itemTitle, item.owner ?? "", item.due ?? "", item.kind]),
        file: register.file,
        line: item.pos.line,
        kind: item.kind,
        title: capTitle(
          `${item.id ? `[${oneLine(item.id)}] ` : ""}${itemTitle}${item.due ? ` (due ${oneLine(item.due)})` : ""}`
        ),
        itemTitle,
        ...item.owner ? { owner: item.owner } : {},
        ...item.due ? { due: item.due } : {},
        assigneeCandidates: login ? [login] : [],
        teamMentions: owner?.kind === "team" ? [`@${owner.org}/${owner.slug}`] : [],
        context: {
          ...register.review?.title ? { reviewTitle: register.review.title } : {},
          ...register.review?.date ? { reviewDate: register.review.date } : {},
          ...item.decision ? { decision: { id: item.decision, title: decision?.title, status: decision?.status ?? "open" } } : {},
          registerUrl: `${repo.serverUrl}/${repo.owner}/${repo.repo}/blob/${input.sha}/${encodePath(register.file)}#L${item.pos.line}`,
          ...input.pull ? { pullUrl: `${repo.serverUrl}/${repo.owner}/${repo.repo}/pull/${input.pull}` } : {}
        }
      });
    }
  }
  return drafts;
}
function renderFollowUpBody(draft, assigned) {
  const { context } = draft;
  const unassignable = draft.assigneeCandidates.filter((login) => !assigned.includes(login));
  const ownerText = [
    ...assigned.map((login) => handle(login)),
    ...unassignable.map((login) => `${handle(login)} (not assignable in this repository)`),
    ...draft.teamMentions.map(handle)
  ];
  const owner = ownerText.length > 0 ? ownerText.join(", ") : draft.owner ? quoteUserText(draft.owner) : "_no owner recorded_";
  const lines = [
    `**${draft.kind === "output" ? "Follow-up output" : "Next action"} ${quoteUserText(draft.id)}:** ${quoteUserText(draft.itemTitle)}`,
    "",
    `- **Owner:** ${owner}`,
    `- **Due:** ${draft.due ? quoteUserText(draft.due) : "_no due date recorded_"}`
  ];
  if (context.reviewTitle || context.reviewDate) {
    const title = context.reviewTitle ? quoteUserText(context.reviewTitle) : "Review";
    lines.push(
      `- **Review:** ${title}${context.reviewDate ? ` (${quoteUserText(context.reviewDate)})` : ""}`
    );
  }
  if (context.decision) {
    const { id, title, status } = context.decision;
    lines.push(
      `- **Serves decision:** ${quoteUserText(id)}${title ? ` ${quoteUserText(title)}` : ""} (status: ${quoteUserText(status ?? "open")})`
    );
  }
  lines.push(`- **Recorded in:** [${quoteUserText(draft.file)} line ${draft.line}](${context.registerUrl})`);
  if (context.pullUrl) lines.push(`- **Merged in:** ${context.pullUrl}`);
  lines.push(
    "",
    `_Opened by decision-register from the merged register. Close this issue when the work is done._`
  );
  return capBody(lines.join("\n"), `${draft.marker}
${markerFor("fingerprint", draft.fingerprint)}`);
}
function handle(name) {
  const bare = name.startsWith("@") ? name.slice(1) : name;
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?(?:\/[A-Za-z0-9][A-Za-z0-9_-]*)?$/.test(bare) ? `@${bare}` : quoteUserText(name);
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/plan/follow-ups/plan-follow-ups-comment.ts
function planFollowUpsComment(issues, planned) {
  const sorted = [...issues].sort((a, b) => a.number - b.number);
  const lines = [
    markerFor("followups"),
    `### \u{1F4CC} Follow-up issues: ${sorted.length} of ${planned} tracked`,
    "",
    "| Issue | Item | Owner | Due | State |",
    "| --- | --- | --- | --- | --- |",
    ...sorted.map(
      (issue) => `| #${issue.number} | ${escapeCell(issue.key)} | ${issue.owner ? escapeCell(issue.owner) : "\u2014"} | ${issue.due ? escapeCell(issue.due) : "\u2014"} | ${issue.state} |`
    )
  ];
  if (sorted.length < planned) {
    lines.push(
      "",
      `_${planned - sorted.length} item(s) have no issue yet; re-run the workflow to open them._`
    );
  }
  return `${lines.join("\n")}
`;
}

// src/plan/follow-ups/plan-reconcile.ts
var FOLLOWUP = /<!-- decision-register:followup:([^\s>]+) -->/;
var FINGERPRINT = /<!-- decision-register:fingerprint:([^\s>]+) -->/;
function keyOfIssue(body) {
  const found = FOLLOWUP.exec(body)?.[1];
  if (!found) return void 0;
  try {
    return decodeURIComponent(found);
  } catch {
    return void 0;
  }
}
function planReconcile(input) {
  const plan = { steps: [], inSync: [], problems: [] };
  const byKey = /* @__PURE__ */ new Map();
  const byNumber = /* @__PURE__ */ new Map();
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    byNumber.set(issue.number, issue);
    const key = keyOfIssue(issue.body);
    if (key && !byKey.has(key)) byKey.set(key, issue);
  }
  const was = new Map(input.before.map((d) => [d.key, d.state]));
  const current = new Set(input.drafts.map((d) => d.key));
  const taken = /* @__PURE__ */ new Set();
  const matched = /* @__PURE__ */ new Map();
  for (const draft of input.drafts) {
    let issue;
    if (draft.issue !== void 0) {
      issue = byNumber.get(draft.issue);
      if (!issue)
        plan.problems.push(
          `${draft.key}: #${draft.issue} is not a follow-up issue this tool opened (another author's issue or a pull request); it is left alone.`
        );
    }
    issue ??= byKey.get(draft.key);
    if (issue && !taken.has(issue.number)) {
      taken.add(issue.number);
      matched.set(draft, issue);
    }
  }
  for (const draft of input.drafts) {
    const mine = textOfKey(draft.key);
    if (!mine || matched.has(draft)) continue;
    let best;
    for (const [key, issue] of byKey) {
      const theirs = textOfKey(key);
      if (!theirs || theirs.file !== mine.file || taken.has(issue.number) || current.has(key)) continue;
      const ratio = textSimilarity(mine.text, theirs.text);
      if (ratio >= FUZZY_MATCH_RATIO && ratio > (best?.ratio ?? 0)) best = { issue, ratio };
    }
    if (best) {
      taken.add(best.issue.number);
      matched.set(draft, best.issue);
    }
  }
  for (const draft of input.drafts) {
    const issue = matched.get(draft);
    if (!issue) {
      if (draft.state === "open") plan.steps.push({ kind: "open", key: draft.key, draft });
      continue;
    }
    const before = was.get(draft.key);
    const changes = changesOf(draft, issue);
    if (draft.state === "open") {
      if (issue.state === "closed" && (before === "done" || before === "dropped")) {
        plan.steps.push(reopen(draft, issue, input.commit));
        if (changes.length > 0) plan.steps.push({ kind: "update", key: draft.key, draft, issue, changes });
      } else if (issue.state === "open" && changes.length > 0) {
        plan.steps.push({ kind: "update", key: draft.key, draft, issue, changes });
      } else plan.inSync.push({ draft, issue });
    } else if (issue.state === "open" && before !== draft.state) {
      plan.steps.push(close(draft.key, draft.id, issue, draft.state, input.commit));
    } else plan.inSync.push({ draft, issue });
  }
  for (const gone of input.before) {
    if (current.has(gone.key)) continue;
    const issue = (gone.issue !== void 0 ? byNumber.get(gone.issue) : void 0) ?? byKey.get(gone.key);
    if (!issue || taken.has(issue.number) || issue.state !== "open") continue;
    taken.add(issue.number);
    plan.steps.push(close(gone.key, gone.id, issue, "removed", input.commit));
  }
  return plan;
}
function changesOf(draft, issue) {
  const changes = [];
  if (issue.title !== draft.title) changes.push("title");
  const fingerprint = FINGERPRINT.exec(issue.body)?.[1];
  if (fingerprint !== void 0 && fingerprint !== draft.fingerprint) changes.push("owner or due");
  if (keyOfIssue(issue.body) !== draft.key) changes.push("identity");
  return changes;
}
function close(key, id, issue, why, commit) {
  const said = why === "done" ? "marks it done" : why === "dropped" ? "marks it dropped" : "no longer lists it";
  const commentMarker = markerFor("closed", `${issue.number}:${commit.sha}`);
  return {
    kind: "close",
    key,
    issue,
    reason: why === "done" ? "completed" : "not_planned",
    why,
    comment: `Closed by decision-register: the register ${said} (${quoteUserText(id)}) as of ${commit.url}.

${commentMarker}`,
    commentMarker
  };
}
function reopen(draft, issue, commit) {
  const commentMarker = markerFor("closed", `reopen:${issue.number}:${commit.sha}`);
  return {
    kind: "reopen",
    key: draft.key,
    draft,
    issue,
    comment: `Reopened by decision-register: the register marks ${quoteUserText(draft.id)} open again as of ${commit.url}.

${commentMarker}`,
    commentMarker
  };
}

// src/flows/follow-ups/apply-reconcile-steps.ts
async function applySteps(steps, ctx) {
  const assignable = /* @__PURE__ */ new Map();
  const assigneesOf = async (draft) => {
    const accepted = [];
    for (const login of draft.assigneeCandidates) {
      if (!assignable.has(login)) assignable.set(login, await ctx.port.isAssignable(login));
      if (assignable.get(login)) accepted.push(login);
      else
        ctx.log.warning(
          `${draft.key}: owner @${login} can't be assigned in this repository; mentioning instead.`
        );
    }
    return accepted;
  };
  const { outcome, port, log } = ctx;
  for (const step of steps) {
    try {
      if (step.kind === "open") {
        const issue = await createOnce(ctx, step.draft, await assigneesOf(step.draft));
        outcome.created.push(toFollowUp(step.draft, issue));
        log.info(`Opened #${issue.number} for ${step.key}.`);
      } else if (step.kind === "update") {
        const assignees = await assigneesOf(step.draft);
        const issue = await updateOnce(port, step.issue.number, {
          title: step.draft.title,
          body: renderFollowUpBody(step.draft, assignees),
          assignees
        });
        outcome.updated.push(toFollowUp(step.draft, issue));
        log.info(`Updated #${issue.number} for ${step.key} (${step.changes.join(", ")}).`);
      } else if (step.kind === "close") {
        await commentOnce(ctx, step.issue.number, step.comment, step.commentMarker);
        const issue = await port.updateIssue(step.issue.number, {
          state: "closed",
          state_reason: step.reason
        });
        outcome.closed.push({ ...listed(step.key, issue), why: step.why });
        log.info(`Closed #${issue.number} for ${step.key} as ${step.reason} (${step.why}).`);
      } else {
        const issue = await port.updateIssue(step.issue.number, { state: "open", state_reason: "reopened" });
        await commentOnce(ctx, step.issue.number, step.comment, step.commentMarker);
        outcome.reopened.push(toFollowUp(step.draft, issue));
        log.info(`Reopened #${issue.number} for ${step.key}.`);
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const title = step.kind === "open" || step.kind === "update" ? step.draft.title : step.issue.title;
      outcome.failed.push({ key: step.key, title, reason });
      log.warning(`${step.key}: could not ${step.kind} its issue: ${reason}`);
    }
    await ctx.renew();
  }
}
async function createOnce(ctx, draft, assignees) {
  let people = assignees;
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.port.createIssue({
        title: draft.title,
        body: renderFollowUpBody(draft, people),
        labels: ctx.labels,
        assignees: people
      });
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 0;
      if (status === 422 && people.length > 0) {
        ctx.log.warning(`${draft.key}: GitHub refused the assignees (422); opening it unassigned.`);
        people = [];
        continue;
      }
      if (status !== 0 && status < 500 || attempt >= 3) throw error;
      const already = await ctx.relist(draft);
      if (already) return already;
    }
  }
}
async function updateOnce(port, number, patch) {
  try {
    return await port.updateIssue(number, patch);
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 422 && patch.assignees.length > 0)) throw error;
    const { assignees: _dropped, ...rest } = patch;
    return port.updateIssue(number, rest);
  }
}
async function commentOnce(ctx, issue, body, marker) {
  const existing = await ctx.port.listComments(issue);
  if (existing.some((c) => c.body.includes(marker) && ctx.isOurs(c))) return;
  await ctx.port.createComment(issue, body);
}
function listed(key, issue) {
  return { key, number: issue.number, url: issue.url, title: issue.title, state: issue.state };
}
function toFollowUp(draft, issue) {
  return {
    ...listed(draft.key, issue),
    ...draft.owner ? { owner: draft.owner } : {},
    ...draft.due ? { due: draft.due } : {}
  };
}

// src/flows/follow-ups/find-our-issues.ts
async function findOurIssues(port, identity, log, markers = []) {
  const listed2 = await port.listIssues(void 0, identity.login);
  const ours = [];
  for (const issue of listed2) {
    if (identity.isOurs(issue)) ours.push(issue);
    else if (markers.some((marker) => issue.body.includes(marker)))
      log.warning(
        `Ignoring #${issue.number} by ${issue.author ?? "an unknown author"}: it carries this tool's follow-up marker but this tool did not open it.`
      );
  }
  return ours;
}
function byMarker(issues, markers) {
  const found = /* @__PURE__ */ new Map();
  const sorted = [...issues].sort((a, b) => a.number - b.number);
  for (const [key, marker] of markers) {
    const match = sorted.find((issue) => issue.body.includes(marker));
    if (match) found.set(key, match);
  }
  return found;
}

// src/flows/follow-ups/read-merged-registers.ts
async function readMergedRegisters(port, merge, config) {
  let files;
  let beforeFiles = [];
  if (merge.pull !== void 0 || merge.before !== void 0) {
    const listed2 = merge.pull !== void 0 ? await port.listChangedFiles(merge.pull) : await port.compareFiles(merge.before, merge.sha);
    const registers = listed2.filter(
      (f) => isRegisterPath(config, f.path) || f.previousPath && isRegisterPath(config, f.previousPath)
    );
    files = await readAll(
      port,
      registers.filter((f) => f.status !== "removed"),
      (f) => f.path,
      merge.sha
    );
    if (merge.before !== void 0) {
      beforeFiles = await readAll(
        port,
        registers.filter((f) => f.status !== "added"),
        (f) => f.previousPath ?? f.path,
        merge.before
      );
    }
  } else {
    files = await readRegistersAt(port, merge.sha, config);
  }
  await loadParsers(files.map((f) => f.path));
  const changed = parseFiles(files, config).registers;
  const before = parseFiles(beforeFiles, config).registers;
  let context = [];
  if (hasUnresolvedIds(changed)) {
    const others = await readRegistersAt(port, merge.sha, config, new Set(files.map((f) => f.path)));
    context = parseFiles(others, config).registers;
  }
  return { changed, before, decisions: [...changed, ...context].flatMap((r) => r.decisions) };
}
async function readAll(port, files, from, ref) {
  const read = await mapLimit(files, READ_CONCURRENCY, async (file) => {
    const content = await port.readFile(from(file), ref);
    return content === null ? null : { path: file.path, content };
  });
  return read.filter((f) => f !== null);
}

// src/flows/follow-ups/open-follow-ups.ts
async function openFollowUps(input) {
  const { port, log, merge } = input;
  const read = await readMergedRegisters(port, merge, input.config);
  const draftsOf = (registers) => planFollowUps({
    registers,
    decisions: read.decisions,
    issuesFor: input.issuesFor,
    config: input.config,
    repo: input.repo,
    sha: merge.sha,
    allStates: true,
    ...merge.pull ? { pull: merge.pull } : {}
  });
  const all = draftsOf(read.changed);
  const before = draftsOf(read.before);
  const drafts = all.filter((d) => d.state === "open");
  const outcome = { ...emptyOutcome(), drafts };
  if (all.length === 0 && before.length === 0) {
    log.info("The merged registers record no follow-up outputs or next actions.");
    return outcome;
  }
  const identity = { isOurs: input.isOurs, ...input.login ? { login: input.login } : {} };
  const markers = [...all, ...before].map((d) => d.marker);
  const commit = {
    sha: merge.sha,
    url: `${input.repo.serverUrl}/${input.repo.owner}/${input.repo.repo}/commit/${merge.sha}`
  };
  const planNow = async (quiet) => {
    const issues = await findOurIssues(port, identity, quiet ? silentLogger : log, markers);
    return planReconcile({ drafts: all, before, issues, commit });
  };
  let plan = await planNow(false);
  for (const problem of plan.problems) log.warning(problem);
  report(outcome, plan);
  const opens = plan.steps.filter((s) => s.kind === "open");
  if (opens.length > input.maxIssues) return { ...outcome, overCap: opens.map((s) => s.draft) };
  if (input.dryRun) return { ...outcome, wouldCreate: opens.map((s) => s.draft), planned: plan.steps };
  if (plan.steps.length === 0) return linkBack(input, outcome);
  const labels = await usableLabels(port, input.labels, log);
  const claim = input.claim ? await input.claim(plan.steps.map((s) => s.key)) : void 0;
  try {
    if (claim) {
      plan = await planNow(true);
      Object.assign(outcome, emptyOutcome(), { drafts });
      report(outcome, plan);
    }
    const steps = plan.steps.filter((step) => {
      if (!claim || claim.granted.has(step.key)) return true;
      outcome.claimedElsewhere.push(step.key);
      return false;
    });
    const relist = async (draft) => byMarker(await findOurIssues(port, identity, silentLogger), /* @__PURE__ */ new Map([[draft.key, draft.marker]])).get(
      draft.key
    );
    await applySteps(steps, {
      port,
      isOurs: input.isOurs,
      labels,
      log,
      relist,
      outcome,
      renew: () => claim?.renew?.()
    });
  } finally {
    await claim?.release();
  }
  if (outcome.claimedElsewhere.length > 0) {
    log.info(
      `${outcome.claimedElsewhere.length} item(s) are being handled by a concurrent run, which also links them back.`
    );
    return outcome;
  }
  return linkBack(input, outcome);
}
function emptyOutcome() {
  return {
    drafts: [],
    created: [],
    existing: [],
    updated: [],
    closed: [],
    reopened: [],
    claimedElsewhere: [],
    failed: []
  };
}
function report(outcome, plan) {
  for (const { draft, issue } of plan.inSync) outcome.existing.push(toFollowUp(draft, issue));
}
async function linkBack(input, outcome) {
  const { port, merge, log } = input;
  if (merge.pull !== void 0) {
    const listed2 = [
      ...outcome.created,
      ...outcome.existing,
      ...outcome.updated,
      ...outcome.reopened,
      ...outcome.closed
    ];
    const body = planFollowUpsComment(listed2, listed2.length + outcome.failed.length);
    try {
      const sticky = await upsertStickyComment(port, merge.pull, markerFor("followups"), body, input.isOurs);
      outcome.commentUrl = sticky.comment.url;
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 403)) throw error;
      log.warning("Could not comment on the merged pull request (403): grant pull-requests: write.");
    }
  }
  return outcome;
}
async function usableLabels(port, labels, log) {
  const usable = [];
  for (const label of labels) {
    if (await port.ensureLabel(label)) usable.push(label);
    else
      log.warning(
        `Label "${label}" is missing and creating it is forbidden (403); issues are opened without it.`
      );
  }
  return usable;
}

// src/plan/follow-ups/plan-follow-ups-summary.ts
function planFollowUpsSummary(report2, options) {
  const lines = ["## Follow-up issues", ""];
  const touched = (report2.updated?.length ?? 0) + (report2.closed?.length ?? 0) + (report2.reopened?.length ?? 0);
  if (report2.drafts.length === 0 && touched === 0 && report2.existing.length === 0)
    return `${lines.join("\n")}The merged registers record no open follow-up items.
`;
  const issueRows = (issues, how) => issues.map(
    (i) => `| [#${i.number}](${i.url}) | ${escapeCell(i.key)} | ${escapeCell(i.owner ?? "\u2014")} | ${escapeCell(i.due ?? "\u2014")} | ${how}${i.state === "closed" ? " (closed)" : ""} |`
  );
  const closedRows = (report2.closed ?? []).map(
    (i) => `| [#${i.number}](${i.url}) | ${escapeCell(i.key)} | \u2014 | \u2014 | closed now (${i.why === "done" ? "done" : i.why === "dropped" ? "dropped, not planned" : "removed, not planned"}) |`
  );
  const rows = [
    ...issueRows(report2.created, "opened now"),
    ...issueRows(report2.updated ?? [], "updated now"),
    ...issueRows(report2.reopened ?? [], "reopened now"),
    ...closedRows,
    ...issueRows(report2.existing, "already tracked")
  ];
  if (rows.length > 0)
    lines.push("| Issue | Item | Owner | Due | |", "| --- | --- | --- | --- | --- |", ...rows, "");
  const held = report2.overCap ?? report2.wouldCreate;
  if (held) {
    lines.push(
      report2.overCap ? `**Nothing was created:** ${held.length} issues are missing, more than max-issues (${options.maxIssues}).` : `**Dry run:** ${held.length} issue(s) would be opened.`,
      "",
      "| Item | Title | Owner | Due |",
      "| --- | --- | --- | --- |",
      ...held.map(
        (d) => `| ${escapeCell(d.key)} | ${escapeCell(d.title)} | ${escapeCell(d.owner ?? "\u2014")} | ${escapeCell(d.due ?? "\u2014")} |`
      ),
      ""
    );
  }
  if (report2.failed && report2.failed.length > 0) {
    lines.push(
      `**${report2.failed.length} item(s) could not be opened** (the others were); re-run to retry them:`,
      "",
      "| Item | Title | Why |",
      "| --- | --- | --- |",
      ...report2.failed.map(
        (f) => `| ${escapeCell(f.key)} | ${escapeCell(f.title)} | ${escapeCell(f.reason)} |`
      ),
      ""
    );
  }
  if (report2.claimedElsewhere.length > 0) {
    lines.push(
      `${report2.claimedElsewhere.length} item(s) were left to a concurrent run that claimed them.`,
      ""
    );
  }
  return `${lines.join("\n")}
`;
}

export {
  openFollowUps,
  planFollowUpsSummary
};
