import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  actionLogger,
  info,
  summary
} from "./chunk-T7YQEWOI.js";
import {
  allItemFacts,
  blockersOf,
  byPath,
  compareAgendaItems,
  firstDecisions,
  itemFacts,
  itemLabel,
  ownerIndex,
  planAgenda,
  planDashboard,
  renderAgenda,
  renderDashboardHtml,
  renderStatusMd
} from "./chunk-SPTAJI7B.js";
import {
  readRegistersAt
} from "./chunk-Q2NPZLFL.js";
import {
  markerFor,
  markerPrefix
} from "./chunk-BOWECSXI.js";
import {
  learnedFrom
} from "./chunk-7COSIQUM.js";
import {
  silentLogger
} from "./chunk-LVBN3PUP.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import {
  parseFiles
} from "./chunk-4GJYVD7P.js";
import {
  escapeCell,
  quoteUserText
} from "./chunk-LH5WQBSA.js";
import "./chunk-S4SKMPNW.js";
import "./chunk-4BKEW7KF.js";
import "./chunk-7XRTHKOH.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";

// src/action/scheduled-modes.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";

// src/flows/scheduled/publish-dashboard.ts
import { posix } from "node:path";

// src/plan/agenda/plan-reminders.ts
var DIGEST_TITLE = "Overdue decisions";
var DIGEST_MAX_ROWS = 200;
var FOLLOWUP_MARKER = /<!-- decision-register:followup:([^\s>]+) -->/g;
function planReminders(input) {
  const { today } = input;
  const owners = ownerIndex(input.registers, input.config);
  const byKey = followUpIssues(input.issues);
  const link = (file, line) => `${input.repo.serverUrl}/${input.repo.owner}/${input.repo.repo}/blob/${input.sha}/${file.split("/").map(encodeURIComponent).join("/")}#L${line}`;
  const reminders = [];
  const entries = [];
  for (const item of allItemFacts(input.registers, owners, today)) {
    if (!item.overdue) continue;
    const issues = item.key ? byKey.get(item.key) ?? [] : [];
    const open = issues.find((issue) => issue.state === "open");
    if (open && item.key) {
      const marker2 = markerFor("reminder", `${item.key}@${today}`);
      reminders.push({
        key: item.key,
        issue: open.number,
        marker: marker2,
        body: reminderBody(item, today, link, marker2),
        item
      });
      continue;
    }
    const closed = issues[0];
    entries.push({ item, ...closed ? { closedIssue: { number: closed.number, url: closed.url } } : {} });
  }
  entries.sort((a, b) => compareAgendaItems(a.item, b.item));
  const decisions = firstDecisions(input.registers);
  const blockers = [];
  for (const register of byPath(input.registers)) {
    for (const decision of register.decisions ?? []) {
      const facts = itemFacts(decision, register, owners, today);
      if (!facts.open) continue;
      for (const blocker of blockersOf(decision, register, decisions, owners, today)) {
        if (blocker.kind === "external" && blocker.overdue) blockers.push({ decision: facts, blocker });
      }
    }
  }
  const marker = markerFor("digest");
  const clear = entries.length === 0 && blockers.length === 0;
  const body = clear ? `Nothing is overdue as of ${today}. Closed automatically by decision-register; it reopens when something falls overdue again.

${marker}
` : digestBody(entries, blockers, today, link, marker);
  return { reminders, digest: { title: DIGEST_TITLE, marker, entries, blockers, body, clear } };
}
function followUpIssues(issues) {
  const byKey = /* @__PURE__ */ new Map();
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    for (const match of issue.body.matchAll(FOLLOWUP_MARKER)) {
      let key;
      try {
        key = decodeURIComponent(match[1] ?? "");
      } catch {
        continue;
      }
      byKey.set(key, [...byKey.get(key) ?? [], issue]);
    }
  }
  return byKey;
}
function reminderBody(item, today, link, marker) {
  const late = daysBetween(item.due ?? today, today);
  return [
    `**Reminder:** ${quoteUserText(itemLabel(item))} ${item.title ? `\u201C${quoteUserText(item.title)}\u201D ` : ""}was due ${item.due}, ${late} day${late === 1 ? "" : "s"} ago, and the register still lists it as ${quoteUserText(item.status)}.`,
    "",
    `- **Owner:** ${item.owner.key === "" ? "_no owner recorded_" : quoteUserText(item.owner.label)}`,
    `- **Recorded in:** [${quoteUserText(item.file)} line ${item.line}](${link(item.file, item.line)})`,
    "",
    "_When the work is done, mark it done in the register and close this issue; if the plan changed, set a new due date in the register. decision-register reminds at most once a day._",
    "",
    marker,
    ""
  ].join("\n");
}
function digestBody(entries, blockers, today, link, marker) {
  const out = [
    `As of ${today}, ${entries.length} item(s) are past due with no open follow-up issue` + (blockers.length > 0 ? `, and ${blockers.length} external dependency(ies) are past due.` : "."),
    ""
  ];
  if (entries.length > 0) {
    out.push(
      "| Item | Title | Owner | Due | Days late | Recorded in |",
      "| --- | --- | --- | --- | ---: | --- |"
    );
    for (const { item, closedIssue } of entries.slice(0, DIGEST_MAX_ROWS)) {
      const closed = closedIssue ? ` (issue [#${closedIssue.number}](${closedIssue.url}) is closed)` : "";
      out.push(
        `| ${escapeCell(itemLabel(item))} | ${escapeCell(item.title)}${closed} | ${escapeCell(item.owner.label)} | ${item.due} | ${daysBetween(item.due ?? today, today)} | [${escapeCell(item.file)}:${item.line}](${link(item.file, item.line)}) |`
      );
    }
    if (entries.length > DIGEST_MAX_ROWS) out.push("", `_\u2026and ${entries.length - DIGEST_MAX_ROWS} more._`);
    out.push("");
  }
  if (blockers.length > 0) {
    out.push("### External dependencies past due", "");
    out.push("| Dependency | Blocks | Owner | Due | Days late |", "| --- | --- | --- | --- | ---: |");
    for (const { decision, blocker } of blockers.slice(0, DIGEST_MAX_ROWS)) {
      out.push(
        `| ${escapeCell(blocker.what)} | ${escapeCell(itemLabel(decision))} | ${escapeCell(blocker.owner.label)} | ${blocker.due} | ${daysBetween(blocker.due ?? today, today)} |`
      );
    }
    if (blockers.length > DIGEST_MAX_ROWS) out.push("", `_\u2026and ${blockers.length - DIGEST_MAX_ROWS} more._`);
    out.push("");
  }
  out.push(
    "_Kept up to date by decision-register (`mode: remind`), which closes this issue when nothing is overdue. Items with an open follow-up issue are reminded there instead._",
    "",
    marker,
    ""
  );
  return out.join("\n");
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}

// src/flows/scheduled/publish-dashboard.ts
async function publishDashboard(input) {
  const { port, config, log } = input;
  const dir = dashboardDir(input.dir);
  const registers = parseFiles(await readRegistersAt(port, input.sha, config), config).registers;
  const issues = /* @__PURE__ */ new Map();
  for (const [key, found] of followUpIssues(await port.listIssues())) {
    const issue = found.find((i) => i.state === "open") ?? found[0];
    if (issue) issues.set(key, { number: issue.number, url: issue.url, state: issue.state });
  }
  const dashboard = planDashboard({ registers, config, today: input.today, issues });
  const links = { ...input.repo, sha: input.sha };
  const files = [
    { path: posix.join(dir, "STATUS.md"), content: renderStatusMd(dashboard, { links }) },
    { path: posix.join(dir, "index.html"), content: renderDashboardHtml(dashboard, { links }) }
  ];
  for (const file of files) await input.write(file);
  log.info(
    `Wrote ${files.map((f) => f.path).join(" and ")} (${dashboard.items.length} items, ${registers.length} registers).`
  );
  if (!input.branch) return { dashboard, files };
  if (input.dryRun) {
    log.info(`dry-run: would commit them to ${input.branch}.`);
    return { dashboard, files };
  }
  const commit = await port.commitFiles(input.branch, `Update status dashboard (${input.today})`, files);
  log.info(`Committed the dashboard to ${input.branch} (${commit.slice(0, 7)}).`);
  return { dashboard, files, commit };
}
function dashboardDir(dir) {
  const trimmed = dir.trim().replace(/\\/g, "/");
  const normal = posix.normalize(trimmed === "" ? "." : trimmed).replace(/\/+$/, "") || ".";
  if (posix.isAbsolute(normal) || normal === ".." || normal.startsWith("../")) {
    throw new Error(`dashboard-dir must be a directory inside the repository, not "${dir}"`);
  }
  return normal;
}

// src/flows/scheduled/upsert-sticky-issue.ts
async function upsertStickyIssue(input) {
  const { port, marker } = input;
  const found = oursCarrying(input.issues, marker, input.isOurs, input.log)[0];
  const result = (action, issue2) => ({
    action,
    dryRun: input.dryRun,
    ...issue2 ? { issue: issue2 } : {},
    closedDuplicates: []
  });
  if (input.state === "closed") {
    if (!found || found.state === "closed") return result("none", found);
    if (input.dryRun) return result("closed", found);
    return result(
      "closed",
      await port.updateIssue(found.number, { title: input.title, body: input.body, state: "closed" })
    );
  }
  if (found) {
    const reopen = found.state === "closed";
    if (!reopen && found.title === input.title && found.body === input.body)
      return result("unchanged", found);
    if (input.dryRun) return result(reopen ? "reopened" : "updated", found);
    const issue2 = await port.updateIssue(found.number, {
      title: input.title,
      body: input.body,
      ...reopen ? { state: "open" } : {}
    });
    return result(reopen ? "reopened" : "updated", issue2);
  }
  if (input.dryRun) return result("created");
  const created = await createOnce(input);
  const ours = learnedFrom(input.isOurs, created);
  const all = carrying(await port.listIssues(), marker).filter(
    (i) => i.number === created.number || i.state === "open" && ours(i)
  );
  const keep = all[0] ?? created;
  const closedDuplicates = [];
  for (const duplicate of all.slice(1)) {
    await port.updateIssue(duplicate.number, { state: "closed", body: `Duplicate of #${keep.number}.` });
    closedDuplicates.push(duplicate.number);
  }
  const issue = keep.number === created.number || keep.title === input.title && keep.body === input.body ? keep : await port.updateIssue(keep.number, { title: input.title, body: input.body });
  return {
    action: keep.number === created.number ? "created" : "updated",
    dryRun: false,
    issue,
    closedDuplicates
  };
}
function carrying(issues, marker) {
  return issues.filter((issue) => issue.body.includes(marker)).sort((a, b) => a.number - b.number);
}
function oursCarrying(issues, marker, isOurs, log) {
  const marked = carrying(issues, marker);
  if (isOurs.login !== void 0) {
    for (const issue of marked.filter((i) => !isOurs(i)))
      log.warning(
        `Ignoring #${issue.number} by ${issue.author ?? "an unknown author"}: it carries this tool's marker but this tool did not open it.`
      );
  }
  return marked.filter(isOurs);
}
async function createOnce(input) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await input.port.createIssue({
        title: input.title,
        body: input.body,
        labels: input.labels ?? [],
        assignees: []
      });
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 0;
      if (status !== 0 && status < 500 || attempt >= 3) throw error;
      const already = carrying(await input.port.listIssues(), input.marker).filter(input.isOurs)[0];
      if (already) return already;
    }
  }
}

// src/flows/scheduled/send-reminders.ts
async function sendReminders(input) {
  const { port, log, config } = input;
  const registers = parseFiles(await readRegistersAt(port, input.sha, config), config).registers;
  const issues = await port.listIssues();
  const followUps = oursCarrying(issues, markerPrefix("followup"), input.isOurs, log);
  const plan = planReminders({
    registers,
    issues: followUps,
    config,
    today: input.today,
    repo: input.repo,
    sha: input.sha
  });
  const posted = [];
  const alreadySent = [];
  for (const reminder of plan.reminders) {
    const sent = async () => (await port.listComments(reminder.issue)).some((c) => c.body.includes(reminder.marker));
    if (await sent()) {
      alreadySent.push(reminder);
      continue;
    }
    if (input.dryRun) {
      log.info(`dry-run: would remind on #${reminder.issue} for ${reminder.key}.`);
      posted.push(reminder);
      continue;
    }
    try {
      await commentOnce(port, reminder, sent);
    } catch (error) {
      if (!(error instanceof GitHubError && [403, 404, 410].includes(error.status))) throw error;
      log.warning(`Could not remind on #${reminder.issue} for ${reminder.key}: ${error.message}`);
      continue;
    }
    posted.push(reminder);
    log.info(`Reminded on #${reminder.issue}: ${reminder.key} was due ${reminder.item.due}.`);
  }
  const { digest } = plan;
  const result = await upsertStickyIssue({
    port,
    issues,
    marker: digest.marker,
    title: digest.title,
    body: digest.body,
    state: digest.clear ? "closed" : "open",
    dryRun: input.dryRun,
    isOurs: input.isOurs,
    log
  });
  const count = digest.entries.length + digest.blockers.length;
  log.info(
    `${input.dryRun ? "dry-run: " : ""}Digest "${digest.title}": ${result.action}${result.issue ? ` (#${result.issue.number})` : ""}; ${count} overdue item(s) without an open issue.`
  );
  return { plan, posted, alreadySent, digest: result };
}
async function commentOnce(port, reminder, sent) {
  for (let attempt = 1; ; attempt++) {
    try {
      await port.createComment(reminder.issue, reminder.body);
      return;
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 0;
      if (status !== 0 && status < 500 || attempt >= 3) throw error;
      if (await sent()) return;
    }
  }
}

// src/flows/scheduled/write-agenda.ts
var STATE = /<!-- decision-register:agenda-state built=([0-9a-f]{40,64})(?: baseline=([0-9a-f]{40,64}))? -->/;
async function writeAgenda(input) {
  const { port, config, log, sha } = input;
  const registers = await registersAt(port, sha, config);
  const issues = await port.listIssues();
  const everyAgenda = oursCarrying(issues, markerFor("agenda"), input.isOurs, log);
  const draft = planAgenda({ registers, config, today: input.today });
  const cycleMarker = markerFor("agenda", draft.cycle.nextReview ?? "unscheduled");
  const current = carrying(everyAgenda, cycleMarker)[0];
  const previous = everyAgenda.filter((issue2) => !issue2.body.includes(cycleMarker)).at(-1);
  const baselineSha = current ? stateOf(current)?.baseline : previous ? stateOf(previous)?.built : void 0;
  let agenda = draft;
  if (baselineSha) {
    const baseline = baselineSha === sha ? registers : await registersAt(port, baselineSha, config).catch(unreadable(log));
    if (baseline) {
      agenda = planAgenda({
        registers,
        config,
        today: input.today,
        baseline: { registers: baseline, ref: `commit ${baselineSha.slice(0, 7)}` }
      });
    }
  }
  const markdown = renderAgenda(agenda, { links: { ...input.repo, sha } });
  const state = `<!-- decision-register:agenda-state built=${sha}${baselineSha ? ` baseline=${baselineSha}` : ""} -->`;
  const body = `${markdown}
${markerFor("agenda")}
${cycleMarker}
${state}
`;
  const issue = await upsertStickyIssue({
    port,
    issues,
    marker: cycleMarker,
    title: agenda.title,
    body,
    state: "open",
    dryRun: input.dryRun,
    isOurs: input.isOurs,
    log: silentLogger
    // foreign pre-reads were reported above
  });
  log.info(
    `${input.dryRun ? "dry-run: would have " : ""}${issue.action} the pre-read "${agenda.title}"${issue.issue ? ` (#${issue.issue.number})` : ""}.`
  );
  const closedPrevious = [];
  for (const old of everyAgenda) {
    if (old.state !== "open" || old.body.includes(cycleMarker)) continue;
    if (!input.dryRun) await port.updateIssue(old.number, { state: "closed" });
    closedPrevious.push(old.number);
    log.info(
      `${input.dryRun ? "dry-run: would close" : "Closed"} the previous cycle's pre-read #${old.number}.`
    );
  }
  return { agenda, body, issue, closedPrevious };
}
function stateOf(issue) {
  const match = STATE.exec(issue.body);
  if (!match?.[1]) return void 0;
  return { built: match[1], ...match[2] ? { baseline: match[2] } : {} };
}
async function registersAt(port, sha, config) {
  return parseFiles(await readRegistersAt(port, sha, config), config).registers;
}
function unreadable(log) {
  return (error) => {
    if (!(error instanceof GitHubError) || ![404, 409, 422].includes(error.status)) throw error;
    log.warning(
      `Could not read the registers at the previous pre-read's commit (${error.message}); changes are found by dates.`
    );
    return void 0;
  };
}

// src/action/scheduled-modes.ts
async function scheduledModes(kind, inputs, repo, sha, port, config, isOurs) {
  const common = { port, repo, sha, config, today: repo.today, dryRun: inputs.dryRun, log: actionLogger };
  if (kind === "agenda") {
    const outcome2 = await writeAgenda({ ...common, isOurs });
    const where = outcome2.issue.issue ? ` #${outcome2.issue.issue.number}` : "";
    if (inputs.dryRun) info(`dry-run: the pre-read that would be posted:
${outcome2.body}`);
    await summary2(
      `${outcome2.body}

_${outcome2.issue.dryRun ? "dry-run: would have " : ""}${outcome2.issue.action} issue${where}._
`
    );
    return;
  }
  if (kind === "remind") {
    const outcome2 = await sendReminders({ ...common, isOurs });
    const lines = [
      "## Overdue reminders",
      "",
      `- Reminders ${inputs.dryRun ? "that would be posted" : "posted"}: ${outcome2.posted.length}`,
      `- Already reminded today: ${outcome2.alreadySent.length}`,
      `- Digest "${outcome2.plan.digest.title}": ${outcome2.digest.action}${outcome2.digest.issue ? ` (#${outcome2.digest.issue.number})` : ""}, ${outcome2.plan.digest.entries.length + outcome2.plan.digest.blockers.length} overdue without an open issue`,
      ""
    ];
    await summary2(lines.join("\n"));
    return;
  }
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const outcome = await publishDashboard({
    ...common,
    dir: inputs.dashboardDir,
    ...inputs.dashboardBranch ? { branch: inputs.dashboardBranch } : {},
    async write(file) {
      const target = resolve(join(workspace, file.path));
      if (target !== workspace && !target.startsWith(workspace + sep)) {
        throw new Error(`refusing to write outside the workspace: ${file.path}`);
      }
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  });
  const status = outcome.files.find((f) => f.path.endsWith("STATUS.md"));
  await summary2(status ? status.content : "");
}
async function summary2(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY || markdown === "") return;
  await summary.addRaw(markdown).write();
}
export {
  scheduledModes
};
