import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  hasUnresolvedIds
} from "./chunk-7WZ5AG6R.js";
import {
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
  escapeCell,
  isRegisterPath,
  parseFiles,
  quoteUserText,
  resolveOwner
} from "./chunk-Y3M5WSMX.js";

// src/plan/plan-follow-ups.ts
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
      if (!item.id || (item.status ?? "open") !== "open") continue;
      const key = `${register.file}#${item.id}`;
      const owner = resolveOwner(item.owner, { attendees: register.review?.attendees, config: input.config });
      const login = owner?.kind === "user" ? owner.login : owner?.kind === "name" ? owner.login : void 0;
      const decision = item.decision ? byId.get(item.decision) : void 0;
      const itemTitle = oneLine(item.title ?? "");
      drafts.push({
        key,
        marker: markerFor("followup", key),
        id: item.id,
        file: register.file,
        line: item.pos.line,
        kind: item.kind,
        title: `[${oneLine(item.id)}] ${itemTitle}${item.due ? ` (due ${oneLine(item.due)})` : ""}`.slice(
          0,
          256
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
    ...assigned.map((login) => `@${login}`),
    ...unassignable.map((login) => `@${login} (not assignable in this repository)`),
    ...draft.teamMentions
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
  lines.push("", draft.marker);
  return lines.join("\n");
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/plan/plan-follow-ups-comment.ts
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

// src/flows/read-merged-registers.ts
async function readMergedRegisters(port, merge, config) {
  let files;
  if (merge.pull !== void 0 || merge.before !== void 0) {
    const listed = merge.pull !== void 0 ? await port.listChangedFiles(merge.pull) : await port.compareFiles(merge.before, merge.sha);
    const paths = listed.filter((f) => f.status !== "removed" && isRegisterPath(config, f.path)).map((f) => f.path);
    const read = await mapLimit(paths, READ_CONCURRENCY, async (path) => {
      const content = await port.readFile(path, merge.sha);
      return content === null ? null : { path, content };
    });
    files = read.filter((f) => f !== null);
  } else {
    files = await readRegistersAt(port, merge.sha, config);
  }
  const changed = parseFiles(files, config).registers;
  let context = [];
  if (hasUnresolvedIds(changed)) {
    const others = await readRegistersAt(port, merge.sha, config, new Set(files.map((f) => f.path)));
    context = parseFiles(others, config).registers;
  }
  return { changed, decisions: [...changed, ...context].flatMap((r) => r.decisions) };
}

// src/flows/open-follow-ups.ts
async function openFollowUps(input) {
  const { port, log, merge } = input;
  const { changed, decisions } = await readMergedRegisters(port, merge, input.config);
  const drafts = planFollowUps({
    registers: changed,
    decisions,
    issuesFor: input.issuesFor,
    config: input.config,
    repo: input.repo,
    sha: merge.sha,
    ...merge.pull ? { pull: merge.pull } : {}
  });
  const outcome = { drafts, created: [], existing: [], claimedElsewhere: [] };
  if (drafts.length === 0) {
    log.info("The merged registers record no open follow-up outputs or next actions.");
    return outcome;
  }
  const [label] = input.labels;
  const labels = input.dryRun ? input.labels : await usableLabels(port, input.labels, log);
  const listed = labels.includes(label ?? "") ? label : void 0;
  const known = await issuesByKey(port, listed, drafts);
  const missing = drafts.filter((draft) => !known.has(draft.key));
  for (const draft of drafts) {
    const issue = known.get(draft.key);
    if (issue) outcome.existing.push(toFollowUp(draft, issue));
  }
  if (missing.length > input.maxIssues) return { ...outcome, overCap: missing };
  if (input.dryRun) return { ...outcome, wouldCreate: missing };
  if (missing.length === 0) return linkBack(input, outcome);
  const claim = input.claim ? await input.claim(missing.map((d) => d.key)) : void 0;
  try {
    const fresh = claim ? await issuesByKey(port, listed, missing) : /* @__PURE__ */ new Map();
    const assignable = /* @__PURE__ */ new Map();
    for (const draft of missing) {
      const found = fresh.get(draft.key);
      if (found) {
        outcome.existing.push(toFollowUp(draft, found));
        continue;
      }
      if (claim && !claim.granted.has(draft.key)) {
        outcome.claimedElsewhere.push(draft.key);
        continue;
      }
      const assignees = [];
      for (const login of draft.assigneeCandidates) {
        if (!assignable.has(login)) assignable.set(login, await port.isAssignable(login));
        if (assignable.get(login)) assignees.push(login);
        else
          log.warning(
            `${draft.key}: owner @${login} can't be assigned in this repository; mentioning instead.`
          );
      }
      const issue = await createOnce(port, draft, labels, assignees, listed, log);
      outcome.created.push(toFollowUp(draft, issue));
      log.info(`Opened #${issue.number} for ${draft.key}.`);
    }
  } finally {
    await claim?.release();
  }
  if (outcome.claimedElsewhere.length > 0) {
    log.info(
      `${outcome.claimedElsewhere.length} item(s) are being opened by a concurrent run, which also links them back.`
    );
    return outcome;
  }
  return linkBack(input, outcome);
}
async function linkBack(input, outcome) {
  const { port, merge, log } = input;
  if (merge.pull !== void 0) {
    const body = planFollowUpsComment([...outcome.created, ...outcome.existing], outcome.drafts.length);
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
async function issuesByKey(port, label, drafts) {
  const issues = await port.listIssues(label);
  const found = /* @__PURE__ */ new Map();
  for (const draft of drafts) {
    const match = issues.filter((i) => i.body.includes(draft.marker)).sort((a, b) => a.number - b.number)[0];
    if (match) found.set(draft.key, match);
  }
  return found;
}
async function createOnce(port, draft, labels, assignees, listed, log) {
  let people = assignees;
  for (let attempt = 1; ; attempt++) {
    try {
      return await port.createIssue({
        title: draft.title,
        body: renderFollowUpBody(draft, people),
        labels,
        assignees: people
      });
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 0;
      if (status === 422 && people.length > 0) {
        log.warning(`${draft.key}: GitHub refused the assignees (422); opening it unassigned.`);
        people = [];
        continue;
      }
      if (status !== 0 && status < 500 || attempt >= 3) throw error;
      const already = (await issuesByKey(port, listed, [draft])).get(draft.key);
      if (already) return already;
    }
  }
}
function toFollowUp(draft, issue) {
  return {
    key: draft.key,
    number: issue.number,
    url: issue.url,
    title: issue.title,
    state: issue.state,
    ...draft.owner ? { owner: draft.owner } : {},
    ...draft.due ? { due: draft.due } : {}
  };
}

// src/plan/plan-follow-ups-summary.ts
function planFollowUpsSummary(report, options) {
  const lines = ["## Follow-up issues", ""];
  if (report.drafts.length === 0)
    return `${lines.join("\n")}The merged registers record no open follow-up items.
`;
  const issueRows = (issues, how) => issues.map(
    (i) => `| [#${i.number}](${i.url}) | ${escapeCell(i.key)} | ${escapeCell(i.owner ?? "\u2014")} | ${escapeCell(i.due ?? "\u2014")} | ${how}${i.state === "closed" ? " (closed)" : ""} |`
  );
  const rows = [...issueRows(report.created, "opened now"), ...issueRows(report.existing, "already tracked")];
  if (rows.length > 0)
    lines.push("| Issue | Item | Owner | Due | |", "| --- | --- | --- | --- | --- |", ...rows, "");
  const held = report.overCap ?? report.wouldCreate;
  if (held) {
    lines.push(
      report.overCap ? `**Nothing was created:** ${held.length} issues are missing, more than max-issues (${options.maxIssues}).` : `**Dry run:** ${held.length} issue(s) would be opened.`,
      "",
      "| Item | Title | Owner | Due |",
      "| --- | --- | --- | --- |",
      ...held.map(
        (d) => `| ${escapeCell(d.key)} | ${escapeCell(d.title)} | ${escapeCell(d.owner ?? "\u2014")} | ${escapeCell(d.due ?? "\u2014")} |`
      ),
      ""
    );
  }
  if (report.claimedElsewhere.length > 0) {
    lines.push(
      `${report.claimedElsewhere.length} item(s) were left to a concurrent run that claimed them.`,
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
