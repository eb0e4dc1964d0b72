import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  hasUnresolvedIds,
  missingTrackingKeys,
  syncPlanning,
  wantsPlanning
} from "./chunk-ZJPW56PU.js";
import {
  byMarker,
  findOurIssues,
  planFollowUps,
  planReconcile,
  renderFollowUpBody
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
  upsertStickyComment
} from "./chunk-7COSIQUM.js";
import {
  silentLogger
} from "./chunk-LVBN3PUP.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import {
  isRegisterPath,
  parseFiles
} from "./chunk-4GJYVD7P.js";
import {
  escapeCell
} from "./chunk-LH5WQBSA.js";

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
  return {
    key,
    number: issue.number,
    ...issue.id !== void 0 ? { id: issue.id } : {},
    url: issue.url,
    title: issue.title,
    state: issue.state
  };
}
function toFollowUp(draft, issue) {
  return {
    ...listed(draft.key, issue),
    ...draft.owner ? { owner: draft.owner } : {},
    ...draft.due ? { due: draft.due } : {}
  };
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
  let listing = [];
  const planNow = async (quiet) => {
    listing = await findOurIssues(port, identity, quiet ? silentLogger : log, markers);
    return planReconcile({ drafts: all, before, issues: listing, commit });
  };
  let plan = await planNow(false);
  for (const problem of plan.problems) log.warning(problem);
  report(outcome, plan);
  const opens = plan.steps.filter((s) => s.kind === "open");
  if (opens.length > input.maxIssues) return { ...outcome, overCap: opens.map((s) => s.draft) };
  if (input.dryRun) return { ...outcome, wouldCreate: opens.map((s) => s.draft), planned: plan.steps };
  const planningOn = wantsPlanning(input.config);
  const trackingKeys = planningOn ? missingTrackingKeys(input.config, all, listing) : [];
  const labelsOnce = () => usableLabels(port, input.labels, log);
  const planFeatures = async (labels2, granted) => {
    if (!planningOn) return;
    outcome.planning = await syncPlanning({
      port,
      repo: input.repo,
      config: input.config,
      drafts: all,
      decisions: read.decisions,
      outcome,
      issues: listing,
      labels: labels2,
      isOurs: input.isOurs,
      log,
      ...granted ? { granted } : {},
      relist: () => findOurIssues(port, identity, silentLogger)
    });
  };
  if (plan.steps.length === 0 && trackingKeys.length === 0) {
    await planFeatures(input.labels);
    return linkBack(input, outcome);
  }
  const labels = await labelsOnce();
  const claim = input.claim ? await input.claim([...plan.steps.map((s) => s.key), ...trackingKeys]) : void 0;
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
    await planFeatures(labels, claim?.granted);
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
    const pull = merge.pull;
    const write = () => upsertStickyComment(port, pull, markerFor("followups"), body, input.isOurs);
    try {
      const sticky = await (input.inTurn ? input.inTurn(`link-back:#${pull}`, write) : write());
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

// src/plan/planning/plan-planning-summary.ts
function planPlanningSummary(planning) {
  if (!planning) return [];
  const lines = ["### Planning", ""];
  for (const t of planning.tracking)
    lines.push(
      `- Tracking issue [#${t.number}](${t.url}) for ${escapeCell(t.file)}${t.created ? " (opened now)" : ""}`
    );
  const counts = [
    [planning.subIssuesAdded, "sub-issue link(s)"],
    [planning.blockersAdded, "blocked-by dependenc(ies)"],
    [planning.projectAdded, "issue(s) put on the project"],
    [planning.projectFieldsSet, "project field value(s) set"]
  ];
  const done = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  lines.push(`- Added now: ${done.length > 0 ? done.join(", ") : "nothing (already in place)"}`);
  for (const line of [...planning.fallbacks, ...planning.problems]) lines.push(`- ${escapeCell(line)}`);
  return [...lines, ""];
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
  lines.push(...planPlanningSummary(report2.planning));
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
