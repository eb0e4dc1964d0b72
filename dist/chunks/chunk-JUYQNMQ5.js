import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  markerFor
} from "./chunk-BOWECSXI.js";
import {
  resolveOwner
} from "./chunk-4GJYVD7P.js";
import {
  quoteUserText
} from "./chunk-LH5WQBSA.js";
import {
  editDistance
} from "./chunk-S4SKMPNW.js";

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

// src/flows/follow-ups/find-our-issues.ts
async function findOurIssues(port, identity, log, markers = []) {
  const listed = await port.listIssues(void 0, identity.login);
  const ours = [];
  for (const issue of listed) {
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

export {
  capTitle,
  capBody,
  fingerprintOf,
  planFollowUps,
  renderFollowUpBody,
  keyOfIssue,
  planReconcile,
  findOurIssues,
  byMarker
};
