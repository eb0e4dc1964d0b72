import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  loginKey,
  resolveOwner
} from "./chunk-4GJYVD7P.js";
import {
  escapeCell,
  quoteUserText
} from "./chunk-LH5WQBSA.js";
import {
  addDays,
  isIsoDate,
  isOpenItem,
  statusOf
} from "./chunk-4BKEW7KF.js";

// src/plan/agenda/plan-agenda-items.ts
function itemFacts(item, register, owners, today) {
  const id = typeof item.id === "string" ? item.id.trim() : "";
  const due = typeof item.due === "string" ? item.due.trim() : "";
  const open = isOpenItem(item);
  return {
    kind: item.kind,
    id,
    title: oneLine(item.title),
    status: statusOf(item),
    owner: owners(item.owner, register),
    ...isIsoDate(due) ? { due } : {},
    open,
    overdue: open && isIsoDate(due) && due < today,
    file: register.file,
    line: item.pos?.line ?? 1,
    ...item.kind === "output" && typeof item.timing === "string" ? { timing: item.timing.trim() } : {},
    ...id !== "" ? { key: `${register.file}#${id}` } : {}
  };
}
function allItemFacts(registers, owners, today) {
  return byPath(registers).flatMap(
    (register) => [...register.decisions ?? [], ...register.actions ?? [], ...register.outputs ?? []].map(
      (item) => itemFacts(item, register, owners, today)
    )
  );
}
function compareAgendaItems(a, b) {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const dueA = a.due ?? "9999-99-99";
  const dueB = b.due ?? "9999-99-99";
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  const kinds = { decision: 0, action: 1, output: 2 };
  return kinds[a.kind] - kinds[b.kind] || a.id.localeCompare(b.id, "en", { numeric: true });
}
function itemLabel(facts) {
  const kind = facts.kind === "decision" ? "Decision" : facts.kind === "action" ? "Action" : "Output";
  return facts.id === "" ? `${kind} without id` : `${kind} ${facts.id}`;
}
function oneLine(text) {
  return typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "";
}
function byPath(registers) {
  return [...registers].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

// src/plan/agenda/plan-agenda-blockers.ts
function blockersOf(decision, register, decisions, owners, today) {
  const blockers = [];
  for (const raw of decision.depends_on ?? []) {
    const id = typeof raw === "string" ? raw.trim() : "";
    if (id === "") continue;
    const found = decisions.get(id);
    if (!found) {
      blockers.push({
        kind: "decision",
        what: id,
        owner: owners(void 0, register),
        status: "unknown",
        overdue: false
      });
      continue;
    }
    const status = statusOf(found.decision);
    if (status === "resolved" || status === "superseded") continue;
    const due = found.decision.due?.trim();
    blockers.push({
      kind: "decision",
      what: id,
      title: oneLine(found.decision.title),
      owner: owners(found.decision.owner, found.register),
      ...isIsoDate(due) ? { due } : {},
      status,
      overdue: isIsoDate(due) && due < today
    });
  }
  for (const blocker of decision.blocked_by ?? []) {
    const due = blocker.due?.trim();
    blockers.push({
      kind: "external",
      what: oneLine(blocker.what) || "(unnamed dependency)",
      owner: owners(blocker.owner, register),
      ...isIsoDate(due) ? { due } : {},
      overdue: isIsoDate(due) && due < today
    });
  }
  return blockers;
}
function firstDecisions(registers) {
  const byId = /* @__PURE__ */ new Map();
  for (const register of byPath(registers)) {
    for (const decision of register.decisions ?? []) {
      const id = decision.id?.trim();
      if (id && !byId.has(id)) byId.set(id, { decision, register });
    }
  }
  return byId;
}
function blockerWords(b) {
  const name = b.kind === "decision" ? `${b.what}${b.title ? ` ${b.title}` : ""}` : b.what;
  const facts = [
    `owner ${b.owner.key === "" ? "none recorded" : b.owner.label}`,
    ...b.status ? [b.status] : [],
    ...b.due ? [`due ${b.due}${b.overdue ? ", overdue" : ""}`] : []
  ];
  return { name, facts: facts.join(", ") };
}

// src/plan/agenda/plan-agenda-cycle.ts
function planCycle(registers, config, today) {
  let latest;
  for (const register of byPath(registers)) {
    const date2 = register.review?.date?.trim();
    if (!isIsoDate(date2)) continue;
    if (!latest || date2 > (latest.review?.date?.trim() ?? "")) latest = register;
  }
  const review = latest?.review;
  const own = review?.cycle_days;
  const cycleDays = Number.isInteger(own) && own > 0 ? own : config.cycle_days;
  if (!latest || !review)
    return { cycleDays, horizon: addDays(today, cycleDays) ?? "9999-12-31", stale: false };
  const date = (review.date ?? "").trim();
  const nextReview = addDays(date, cycleDays) ?? "9999-12-31";
  return {
    latest: {
      file: latest.file,
      line: review.pos.line,
      date,
      ...nonBlank(review.title) ? { title: review.title?.trim() } : {},
      ...nonBlank(review.problem) ? { problem: review.problem?.trim() } : {}
    },
    cycleDays,
    nextReview,
    horizon: nextReview,
    stale: nextReview < today
  };
}
function nonBlank(text) {
  return typeof text === "string" && text.trim() !== "";
}

// src/plan/agenda/plan-agenda-owners.ts
var NO_OWNER = { key: "", label: "(no owner)" };
function ownerIndex(registers, config) {
  const names = /* @__PURE__ */ new Map();
  const logins = /* @__PURE__ */ new Map();
  for (const register of registers) {
    for (const attendee of register.review?.attendees ?? []) addName(names, logins, attendee);
  }
  const firstSeen = /* @__PURE__ */ new Map();
  return (owner, register) => {
    const resolved = resolveOwner(owner, { attendees: register?.review?.attendees, config });
    if (!resolved || typeof owner !== "string") return NO_OWNER;
    const written = owner.trim().replace(/\s+/g, " ");
    let key;
    let label;
    if (resolved.kind === "team") {
      key = `@${resolved.org}/${resolved.slug}`.toLowerCase();
      label = `@${resolved.org}/${resolved.slug}`;
    } else if (resolved.kind === "user" || resolved.kind === "name" && (resolved.login || logins.has(written.toLowerCase()))) {
      const login = resolved.kind === "user" ? resolved.login : resolved.login ?? logins.get(written.toLowerCase());
      key = `@${login.toLowerCase()}`;
      const name = names.get(login.toLowerCase());
      label = name ? `${name} (@${login})` : `@${login}`;
    } else {
      key = `name:${written.toLowerCase()}`;
      label = written;
    }
    const seen = firstSeen.get(key);
    if (seen !== void 0) return { key, label: seen };
    firstSeen.set(key, label);
    return { key, label };
  };
}
function compareOwners(a, b) {
  if (a.key === "" || b.key === "") return (a.key === "" ? 1 : 0) - (b.key === "" ? 1 : 0);
  const x = a.label.toLowerCase();
  const y = b.label.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
function addName(names, logins, attendee) {
  const login = typeof attendee.github === "string" ? attendee.github.trim().replace(/^@/, "") : "";
  const name = typeof attendee.name === "string" ? attendee.name.trim().replace(/\s+/g, " ") : "";
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(login) || name === "") return;
  if (!names.has(loginKey(login))) names.set(loginKey(login), name);
  if (!logins.has(name.toLowerCase())) logins.set(name.toLowerCase(), login);
}

// src/plan/agenda/plan-dashboard.ts
var STATUS_ORDER = ["open", "assigned", "blocked", "deferred", "resolved", "superseded", "done", "dropped"];
function planDashboard(input) {
  const { registers, config, today } = input;
  const cycle = planCycle(registers, config, today);
  const owners = ownerIndex(registers, config);
  const items = allItemFacts(registers, owners, today);
  const counts = /* @__PURE__ */ new Map();
  for (const item of items) {
    const row = counts.get(item.status) ?? { status: item.status, decisions: 0, actions: 0, outputs: 0 };
    counts.set(item.status, row);
    row[item.kind === "decision" ? "decisions" : item.kind === "action" ? "actions" : "outputs"]++;
  }
  const rank = (status) => {
    const index = STATUS_ORDER.indexOf(status);
    return index === -1 ? STATUS_ORDER.length : index;
  };
  const totals = [...counts.values()].sort(
    (a, b) => rank(a.status) - rank(b.status) || a.status.localeCompare(b.status)
  );
  const byOwner = /* @__PURE__ */ new Map();
  for (const item of items) {
    if (!item.open) continue;
    const row = byOwner.get(item.owner.key) ?? { owner: item.owner, open: 0, overdue: 0, dueThisCycle: 0 };
    byOwner.set(item.owner.key, row);
    row.open++;
    if (item.overdue) row.overdue++;
    else if (item.due !== void 0 && item.due >= today && item.due <= cycle.horizon) row.dueThisCycle++;
  }
  const decisions = firstDecisions(registers);
  const blocked = [];
  for (const register of byPath(registers)) {
    for (const decision of register.decisions ?? []) {
      if (decision.status?.trim() !== "blocked") continue;
      blocked.push({
        decision: itemFacts(decision, register, owners, today),
        blockers: blockersOf(decision, register, decisions, owners, today)
      });
    }
  }
  blocked.sort((a, b) => compareAgendaItems(a.decision, b.decision));
  const followUps = items.filter((item) => item.kind === "output" && item.timing === "follow-up").map((output) => {
    if (!input.issues) return { output };
    return { output, issue: output.key && input.issues.get(output.key) || null };
  });
  return {
    version: 1,
    today,
    cycle,
    registers: registers.length,
    totals,
    owners: [...byOwner.values()].sort((a, b) => compareOwners(a.owner, b.owner)),
    blocked,
    followUps,
    issuesKnown: input.issues !== void 0,
    items,
    timeline: items.filter((item) => item.open && item.due !== void 0).sort(byDue)
  };
}
function byDue(a, b) {
  const x = a.due ?? "";
  const y = b.due ?? "";
  return x < y ? -1 : x > y ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

// src/render/render-dashboard-html.ts
import { createHash } from "node:crypto";

// src/render/dashboard-assets.ts
var DASHBOARD_CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa;
  --link: #0550ae; --late-fg: #82071e; --late-bg: #ffebe9; --focus: #0969da; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 1.75rem; margin: 1.5rem 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
p.meta, footer { color: var(--muted); }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -100vw; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 1; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
caption { text-align: left; color: var(--muted); padding: 0.25rem 0; caption-side: top; }
th, td { border: 1px solid var(--line); padding: 0.375rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.overdue td { background: var(--late-bg); }
.late { color: var(--late-fg); font-weight: 600; }
button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
th[aria-sort="ascending"] button.sort::after { content: " \\2191"; }
th[aria-sort="descending"] button.sort::after { content: " \\2193"; }
.filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: end; margin: 0.5rem 0; }
.filters .field { display: flex; flex-direction: column; gap: 0.125rem; }
.filters label { font-size: 0.875rem; font-weight: 600; }
.filters .check { flex-direction: row; gap: 0.375rem; align-items: center; }
select, input[type="search"] { font: inherit; padding: 0.25rem; min-width: 10rem; border: 1px solid var(--muted); border-radius: 4px; }
#count { margin: 0.25rem 0; color: var(--muted); }
ol.timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 3px solid var(--line); }
ol.timeline > li { position: relative; margin: 0 0 0.75rem; }
ol.timeline > li::before { content: ""; position: absolute; left: -1.5rem; top: 0.45rem; width: 0.75rem; height: 0.75rem; border-radius: 50%; background: var(--link); }
ol.timeline > li.late::before { background: var(--late-fg); }
ol.timeline ul { margin: 0.125rem 0 0; padding-left: 1.25rem; font-weight: 400; color: var(--fg); }
@media (max-width: 40rem) { body { font-size: 15px; } th, td { padding: 0.25rem 0.375rem; } select, input[type="search"] { min-width: 0; width: 100%; } .filters .field { width: 100%; } }
`;
var DASHBOARD_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('items-table');
  var form = document.getElementById('filters');
  if (!table || !form || !table.tBodies[0] || !table.tHead) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var owner = document.getElementById('f-owner');
  var status = document.getElementById('f-status');
  var overdue = document.getElementById('f-overdue');
  var text = document.getElementById('f-text');
  var count = document.getElementById('count');
  form.hidden = false;
  function apply() {
    var o = owner.value, s = status.value, late = overdue.checked, q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var ok = (!o || row.getAttribute('data-owner') === o) &&
        (!s || row.getAttribute('data-status') === s) &&
        (!late || row.getAttribute('data-overdue') === '1') &&
        (!q || row.textContent.toLowerCase().indexOf(q) !== -1);
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' items shown';
  }
  [owner, status, overdue].forEach(function (el) { el.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  var headers = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(headers, function (th, index) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var key = function (row) {
        var cell = row.cells[index];
        return cell ? (cell.getAttribute('data-sort') || cell.textContent || '') : '';
      };
      rows.sort(function (a, b) {
        var c = key(a).localeCompare(key(b), undefined, { numeric: true, sensitivity: 'base' });
        return ascending ? c : -c;
      });
      rows.forEach(function (row) { tbody.appendChild(row); });
    });
  });
  apply();
})();
`;

// src/render/render-dashboard-html.ts
var TIMELINE_MAX_ITEMS = 100;
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}
function renderDashboardHtml(dashboard, options = {}) {
  const e = escapeHtml;
  const { cycle } = dashboard;
  const ref = (item) => {
    const label = e(itemLabel(item));
    if (!options.links) return label;
    const { serverUrl, owner, repo, sha } = options.links;
    const path = item.file.split("/").map(encodeURIComponent).join("/");
    return `<a href="${e(`${serverUrl}/${owner}/${repo}/blob/${sha}/${path}#L${item.line}`)}">${label}</a>`;
  };
  const due = (item) => item.due ? `<time datetime="${e(item.due)}">${e(item.due)}</time>${item.overdue ? ' <span class="late">(overdue)</span>' : ""}` : "\u2014";
  const table = (id, caption, head, rows2, numeric = []) => `<div class="scroll" role="region" aria-labelledby="${id}-caption" tabindex="0"><table${id === "items" ? ' id="items-table"' : ""}><caption id="${id}-caption">${caption}</caption><thead><tr>${head.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ""}>${h}</th>`).join("")}</tr></thead><tbody>
${rows2.join("\n")}
</tbody></table></div>`;
  const sections = [];
  const sum = { decisions: 0, actions: 0, outputs: 0 };
  const totals = dashboard.totals.map((t) => {
    sum.decisions += t.decisions;
    sum.actions += t.actions;
    sum.outputs += t.outputs;
    return `<tr><th scope="row">${e(t.status)}</th><td class="num">${t.decisions}</td><td class="num">${t.actions}</td><td class="num">${t.outputs}</td><td class="num">${t.decisions + t.actions + t.outputs}</td></tr>`;
  });
  totals.push(
    `<tr><th scope="row">Total</th><td class="num">${sum.decisions}</td><td class="num">${sum.actions}</td><td class="num">${sum.outputs}</td><td class="num">${sum.decisions + sum.actions + sum.outputs}</td></tr>`
  );
  sections.push(
    section(
      "totals",
      "Totals by status",
      table(
        "totals",
        "Items by status and kind",
        ["Status", "Decisions", "Actions", "Outputs", "Total"],
        totals,
        [1, 2, 3, 4]
      )
    )
  );
  const owners = dashboard.owners.map(
    (o) => `<tr><th scope="row">${e(o.owner.label)}</th><td class="num">${o.open}</td><td class="num">${o.overdue}</td><td class="num">${o.dueThisCycle}</td></tr>`
  );
  sections.push(
    section(
      "owners",
      "By owner",
      owners.length === 0 ? "<p>Nothing is open.</p>" : table(
        "owners",
        `Open items per owner; due this cycle means by ${e(cycle.horizon)}`,
        ["Owner", "Open", "Overdue", "Due this cycle"],
        owners,
        [1, 2, 3]
      )
    )
  );
  const blocked = dashboard.blocked.map(
    ({ decision, blockers }) => `<tr><th scope="row">${ref(decision)}</th><td>${e(decision.title)}</td><td>${e(decision.owner.label)}</td><td>${due(decision)}</td><td>${blockers.length === 0 ? "\u2014" : `<ul>${blockers.map((b) => `<li>${blockerHtml(b)}</li>`).join("")}</ul>`}</td></tr>`
  );
  sections.push(
    section(
      "blocked",
      "Blocked decisions",
      blocked.length === 0 ? "<p>No decision is blocked.</p>" : table(
        "blocked",
        "Blocked decisions and what blocks them",
        ["Decision", "Title", "Owner", "Due", "Blocked by"],
        blocked
      )
    )
  );
  const followUps = dashboard.followUps.map(({ output, issue }) => {
    const issueCell = issue ? `<a href="${e(issue.url)}">#${issue.number}</a>${issue.state === "closed" ? " (closed)" : ""}` : issue === null ? "none yet" : "\u2014";
    return `<tr><th scope="row">${ref(output)}</th><td>${e(output.title)}</td><td>${e(output.owner.label)}</td><td>${due(output)}</td><td>${e(output.status)}</td><td>${issueCell}</td></tr>`;
  });
  const issueNote = dashboard.issuesKnown ? "" : "<p>Issue numbers are looked up by the Action (<code>mode: dashboard</code>); the CLI does not query GitHub.</p>";
  sections.push(
    section(
      "follow-ups",
      "Follow-up outputs",
      followUps.length === 0 ? "<p>No follow-up outputs are recorded.</p>" : table(
        "follow-ups",
        "Follow-up outputs and their issues",
        ["Output", "Title", "Owner", "Due", "Status", "Issue"],
        followUps
      ) + issueNote
    )
  );
  sections.push(section("timeline", "Timeline", timelineHtml(dashboard.timeline)));
  const ownerOptions = dashboard.owners.map(
    (o) => `<option value="${e(o.owner.key)}">${e(o.owner.label)}</option>`
  );
  const everyOwner = new Map(dashboard.items.map((i) => [i.owner.key, i.owner]));
  for (const [key, owner] of everyOwner) {
    if (!dashboard.owners.some((o) => o.owner.key === key))
      ownerOptions.push(`<option value="${e(key)}">${e(owner.label)}</option>`);
  }
  const statuses = dashboard.totals.map((t) => `<option value="${e(t.status)}">${e(t.status)}</option>`);
  const filters = `<form id="filters" class="filters" hidden><div class="field"><label for="f-owner">Owner</label><select id="f-owner"><option value="">All owners</option>${ownerOptions.join("")}</select></div><div class="field"><label for="f-status">Status</label><select id="f-status"><option value="">All statuses</option>${statuses.join("")}</select></div><div class="field check"><input type="checkbox" id="f-overdue"><label for="f-overdue">Overdue only</label></div><div class="field"><label for="f-text">Search</label><input type="search" id="f-text"></div></form><p id="count" role="status" aria-live="polite">${dashboard.items.length} items</p>`;
  const rows = dashboard.items.map(
    (i) => `<tr data-owner="${e(i.owner.key)}" data-status="${e(i.status)}" data-overdue="${i.overdue ? "1" : "0"}"${i.overdue ? ' class="overdue"' : ""}><th scope="row" data-sort="${e(`${i.kind} ${i.id}`)}">${ref(i)}</th><td>${e(i.title)}</td><td data-sort="${e(i.owner.label.toLowerCase())}">${e(i.owner.label)}</td><td>${e(i.status)}</td><td data-sort="${e(i.due ?? "9999-12-31")}">${due(i)}</td><td>${e(`${i.file}:${i.line}`)}</td></tr>`
  );
  sections.push(
    section(
      "items",
      "All items",
      filters + table(
        "items",
        "Every decision, action and output. With JavaScript on, column headers sort and the filters above narrow the rows.",
        ["Item", "Title", "Owner", "Status", "Due", "Register"],
        rows
      )
    )
  );
  const cycleText = cycle.latest && cycle.nextReview ? ` Current cycle: ${e(cycle.latest.date)} (latest review) to ${e(cycle.nextReview)} (next review).` : "";
  const csp = `default-src 'none'; style-src '${hash(DASHBOARD_CSS)}'; script-src '${hash(DASHBOARD_SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Status dashboard, as of ${e(dashboard.today)}</title>
<link rel="icon" href="data:,">
<style>${DASHBOARD_CSS}</style>
</head>
<body>
<a class="skip" href="#items">Skip to all items</a>
<header>
<h1>Status dashboard</h1>
<p class="meta">As of <time datetime="${e(dashboard.today)}">${e(dashboard.today)}</time>, from ${dashboard.registers} register file(s).${cycleText}</p>
</header>
<main>
${sections.join("\n")}
</main>
<footer><p>Generated by decision-register. STATUS.md beside this page has the same data.</p></footer>
<script>${DASHBOARD_SCRIPT}</script>
</body>
</html>
`;
}
function section(id, title, body) {
  return `<section id="${id}" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${title}</h2>
${body}
</section>`;
}
function blockerHtml(b) {
  const { name, facts } = blockerWords(b);
  return `${escapeHtml(name)} (${escapeHtml(facts)})`;
}
function timelineHtml(timeline) {
  if (timeline.length === 0) return "<p>No open item has a due date.</p>";
  const shown = timeline.slice(0, TIMELINE_MAX_ITEMS);
  const byDate = /* @__PURE__ */ new Map();
  for (const item of shown) byDate.set(item.due ?? "", [...byDate.get(item.due ?? "") ?? [], item]);
  const entries = [...byDate].map(([date, items]) => {
    const late = items.some((i) => i.overdue);
    const list = items.map(
      (i) => `<li>${escapeHtml(itemLabel(i))} ${escapeHtml(i.title)} (${escapeHtml(i.owner.label)})</li>`
    ).join("");
    return `<li${late ? ' class="late"' : ""}><time datetime="${escapeHtml(date)}">${escapeHtml(date)}</time>${late ? " (overdue)" : ""}<ul>${list}</ul></li>`;
  });
  const more = timeline.length > shown.length ? `<p>The timeline shows the ${shown.length} earliest of ${timeline.length} due items.</p>` : "";
  return `<ol class="timeline">${entries.join("")}</ol>${more}`;
}
function hash(text) {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

// src/render/render-agenda.ts
var RESERVE = 1e3;
var ROW_CAPS = [Number.POSITIVE_INFINITY, 100, 30, 10, 3, 0];
function renderAgenda(agenda, options = {}) {
  const limit = (options.maxChars ?? 65536) - RESERVE;
  let text = "";
  for (const cap of ROW_CAPS) {
    text = render(agenda, options.links, cap);
    if (text.length <= limit) return text;
  }
  return text;
}
function render(agenda, links, cap) {
  const { cycle } = agenda;
  const ref = (item) => {
    const label = quoteUserText(itemLabel(item));
    if (!links) return `**${label}**`;
    const path = item.file.split("/").map(encodeURIComponent).join("/");
    return `[**${label}**](${links.serverUrl}/${links.owner}/${links.repo}/blob/${links.sha}/${path}#L${item.line})`;
  };
  const out = [`# ${agenda.title}`, ""];
  if (cycle.latest && cycle.nextReview) {
    const title = cycle.latest.title ? ` (${quoteUserText(cycle.latest.title)})` : "";
    out.push(
      `Next review: **${cycle.nextReview}**, the latest review on ${cycle.latest.date}${title} plus ${cycle.cycleDays} days.` + (cycle.stale ? ` That date has passed and no register records a later review yet.` : "")
    );
  } else {
    out.push("No register records a review date, so the next review date is unknown.");
  }
  out.push(`As of ${agenda.today}, from ${agenda.registers} register file(s).`, "");
  out.push("## Open problem", "");
  if (cycle.latest?.problem) {
    out.push(`> ${quoteUserText(cycle.latest.problem.replace(/\s+/g, " ").trim())}`);
    out.push("", `_From the review of ${cycle.latest.date} in ${quoteUserText(cycle.latest.file)}._`, "");
  } else {
    out.push("_The latest review records no problem statement (`review.problem`)._", "");
  }
  out.push("## Unresolved decisions by owner", "");
  if (agenda.groups.length === 0) out.push("_No unresolved decisions._", "");
  for (const group of agenda.groups) {
    const overdue = group.decisions.filter((d) => d.overdue).length;
    out.push(`### ${quoteUserText(group.owner.label)}`, "");
    out.push(`${group.decisions.length} unresolved${overdue > 0 ? `, ${overdue} overdue` : ""}.`, "");
    out.push("| Decision | Status | Due | Blocked by |", "| --- | --- | --- | --- |");
    const rows = group.decisions.map(
      (d) => `| ${ref(d)} ${escapeCell(d.title)} | ${escapeCell(d.status)} | ${dueCell(d)} | ${blockersCell(d)} |`
    );
    out.push(...capped(rows, cap), "");
  }
  out.push(
    `## Due by the next review${cycle.nextReview ? ` (${cycle.nextReview})` : ` (by ${cycle.horizon})`}`,
    ""
  );
  if (agenda.dueByNextReview.length === 0) {
    out.push("_No open outputs or next actions are due by then._", "");
  } else {
    out.push("| Item | Owner | Due | Status |", "| --- | --- | --- | --- |");
    const rows = agenda.dueByNextReview.map(
      (i) => `| ${ref(i)} ${escapeCell(i.title)}${i.timing ? ` _(${escapeCell(i.timing)})_` : ""} | ${escapeCell(i.owner.label)} | ${dueCell(i)} | ${escapeCell(i.status)} |`
    );
    out.push(...capped(rows, cap), "");
  }
  out.push("## Changed since the last review", "", changesIntro(agenda), "");
  if (agenda.changes.entries.length > 0) {
    out.push(
      ...capped(
        agenda.changes.entries.map((c) => `- ${ref({ ...c, kind: "decision" })} ${changeText(c)}`),
        cap
      ),
      ""
    );
  }
  out.push("## Suggested attendees", "");
  if (agenda.attendees.people.length === 0) {
    out.push("_No owners, core group or specialists to suggest._", "");
  } else {
    out.push("| Who | Why |", "| --- | --- |");
    const rows = agenda.attendees.people.map(
      (p) => `| ${escapeCell(p.label)} | ${p.reasons.map((r) => escapeCell(r)).join("; ")} |`
    );
    out.push(...capped(rows, cap), "");
  }
  if (agenda.attendees.specialists.length > 0) {
    out.push("### Specialists for the open topics", "");
    out.push("| Role | Topics | Decisions | Attended in this role before |", "| --- | --- | --- | --- |");
    for (const s of agenda.attendees.specialists) {
      out.push(
        `| ${escapeCell(s.role)} | ${escapeCell(s.topics.join(", "))} | ${escapeCell(s.decisions.join(", ") || "\u2014")} | ${escapeCell(s.knownPeople.join(", ") || "nobody yet \u2014 find one")} |`
      );
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}
`;
}
function dueCell(item) {
  if (!item.due) return "\u2014";
  return item.overdue ? `**${item.due} (overdue)**` : item.due;
}
function blockersCell(decision) {
  if (decision.blockers.length === 0) return "\u2014";
  return decision.blockers.map(blockerText).join("; ");
}
function blockerText(b) {
  const { name, facts } = blockerWords(b);
  return `${escapeCell(name)} (${escapeCell(facts)})`;
}
function changesIntro(agenda) {
  const { changes } = agenda;
  if (changes.method === "diff") {
    const none2 = changes.entries.length === 0 ? " Nothing changed." : "";
    return `Compared field by field with the registers at ${quoteUserText(changes.since ?? "an earlier commit")}, the commit the previous pre-read was built from.${none2}`;
  }
  if (!changes.since) return "_No review date is recorded, so there is nothing to compare with._";
  const none = changes.entries.length === 0 ? " None found." : "";
  return `Found from the dates the registers record: decisions resolved on or after ${changes.since} (\`resolved_on\`), and unresolved ones that came due since then. Changes of status, owner or due date leave no date in a register; the Action's pre-read compares with the previous commit and lists them.${none}`;
}
function changeText(change) {
  const title = change.title ? `${escapeCell(change.title)}: ` : "";
  if (change.kind === "added") return `${title}new (${escapeCell(change.details[0]?.to ?? "open")}).`;
  if (change.kind === "removed") return `${title}removed from the registers.`;
  return `${title}${change.details.map(detailText).join("; ")}.`;
}
function detailText(detail) {
  if (detail.note) return escapeCell(detail.note);
  const from = detail.from ? escapeCell(detail.from) : "(none)";
  const to = detail.to ? escapeCell(detail.to) : "(none)";
  return `${detail.field} ${from} \u2192 ${to}`;
}
function capped(rows, cap) {
  if (rows.length <= cap) return rows;
  const left = rows.length - cap;
  return [...rows.slice(0, cap), "", `_\u2026and ${left} more; run \`decision-register agenda\` for all._`];
}

// src/render/render-status-md.ts
var GANTT_MAX_TASKS = 100;
function renderStatusMd(dashboard, options = {}) {
  const { cycle } = dashboard;
  const ref = (item) => {
    const label = `**${quoteUserText(itemLabel(item))}**`;
    if (!options.links) return label;
    const { serverUrl, owner, repo, sha } = options.links;
    const path = item.file.split("/").map(encodeURIComponent).join("/");
    return `[${label}](${serverUrl}/${owner}/${repo}/blob/${sha}/${path}#L${item.line})`;
  };
  const out = ["# Status dashboard", ""];
  out.push(`As of ${dashboard.today}, from ${dashboard.registers} register file(s).`);
  if (cycle.latest && cycle.nextReview) {
    out.push(`Current cycle: ${cycle.latest.date} (latest review) to ${cycle.nextReview} (next review).`);
  }
  out.push("", "## Totals by status", "");
  if (dashboard.totals.length === 0) out.push("_The registers hold no items._");
  else {
    out.push("| Status | Decisions | Actions | Outputs | Total |", "| --- | ---: | ---: | ---: | ---: |");
    const sum = { decisions: 0, actions: 0, outputs: 0 };
    for (const row of dashboard.totals) {
      sum.decisions += row.decisions;
      sum.actions += row.actions;
      sum.outputs += row.outputs;
      out.push(
        `| ${escapeCell(row.status)} | ${row.decisions} | ${row.actions} | ${row.outputs} | ${row.decisions + row.actions + row.outputs} |`
      );
    }
    out.push(
      `| **Total** | ${sum.decisions} | ${sum.actions} | ${sum.outputs} | ${sum.decisions + sum.actions + sum.outputs} |`
    );
  }
  out.push("", "## By owner", "");
  if (dashboard.owners.length === 0) out.push("_Nothing is open._");
  else {
    out.push(
      `| Owner | Open | Overdue | Due this cycle (by ${cycle.horizon}) |`,
      "| --- | ---: | ---: | ---: |"
    );
    for (const row of dashboard.owners) {
      out.push(`| ${escapeCell(row.owner.label)} | ${row.open} | ${row.overdue} | ${row.dueThisCycle} |`);
    }
  }
  out.push("", "## Blocked decisions", "");
  if (dashboard.blocked.length === 0) out.push("_No decision is blocked._");
  else {
    out.push("| Decision | Owner | Due | Blocked by |", "| --- | --- | --- | --- |");
    for (const { decision, blockers } of dashboard.blocked) {
      out.push(
        `| ${ref(decision)} ${escapeCell(decision.title)} | ${escapeCell(decision.owner.label)} | ${dueCell(decision)} | ${blockers.map(blockerText).join("; ") || "\u2014"} |`
      );
    }
  }
  out.push("", "## Follow-up outputs", "");
  if (dashboard.followUps.length === 0) out.push("_No follow-up outputs are recorded._");
  else {
    out.push("| Output | Owner | Due | Status | Issue |", "| --- | --- | --- | --- | --- |");
    for (const { output, issue } of dashboard.followUps) {
      const issueCell = issue ? `[#${issue.number}](${issue.url})${issue.state === "closed" ? " (closed)" : ""}` : issue === null ? "none yet" : "\u2014";
      out.push(
        `| ${ref(output)} ${escapeCell(output.title)} | ${escapeCell(output.owner.label)} | ${dueCell(output)} | ${escapeCell(output.status)} | ${issueCell} |`
      );
    }
    if (!dashboard.issuesKnown) {
      out.push(
        "",
        "_Issue numbers are looked up by the Action (`mode: dashboard`); the CLI does not query GitHub._"
      );
    }
  }
  out.push("", "## Due dates", "");
  if (dashboard.timeline.length === 0) out.push("_No open item has a due date._");
  else out.push(...renderGantt(dashboard.timeline, dashboard.today));
  out.push(
    "",
    `<sub>Generated by decision-register. \`index.html\` beside this file has the same data as a page.</sub>`
  );
  return `${out.join("\n")}
`;
}
function renderGantt(timeline, today) {
  const shown = timeline.slice(0, GANTT_MAX_TASKS);
  const lines = [
    "```mermaid",
    "gantt",
    `    title Open items by due date (as of ${today})`,
    "    dateFormat YYYY-MM-DD"
  ];
  const sections = [
    ["decision", "Decisions"],
    ["action", "Next actions"],
    ["output", "Outputs"]
  ];
  let task = 0;
  for (const [kind, name] of sections) {
    const items = shown.filter((item) => item.kind === kind);
    if (items.length === 0) continue;
    lines.push(`    section ${name}`);
    for (const item of items) {
      task++;
      const text = mermaidText(`${item.id} ${item.title}`) || "untitled";
      const prefix = kind === "decision" ? "Decision" : kind === "action" ? "Action" : "Output";
      lines.push(
        `    ${prefix} ${text} :${item.overdue ? "crit, " : ""}milestone, t${task}, ${item.due}, 0d`
      );
    }
  }
  lines.push("```");
  if (timeline.length > shown.length) {
    lines.push("", `_The chart shows the ${shown.length} earliest of ${timeline.length} due dates._`);
  }
  return lines;
}
function mermaidText(text) {
  const kept = text.replace(/[^\p{L}\p{N} .,'()/+&?!-]/gu, " ").replace(/\s+/g, " ").trim();
  return kept.length > 60 ? `${kept.slice(0, 57).trimEnd()}...` : kept;
}

// src/plan/agenda/plan-agenda-attendees.ts
function planAttendees(input) {
  const people = /* @__PURE__ */ new Map();
  const person = (ref) => {
    let found = people.get(ref.key);
    if (!found) {
      found = { ref, owns: [], blocks: [], extra: [] };
      people.set(ref.key, found);
    }
    return found;
  };
  for (const item of input.items) {
    if (item.open && item.owner.key !== "") person(item.owner).owns.push(itemLabel(item));
  }
  const topicRoles = new Map(
    Object.entries(input.config.topics ?? {}).map(([topic, roles]) => [
      topic.trim().toLowerCase(),
      { topic, roles }
    ])
  );
  const specialists = /* @__PURE__ */ new Map();
  for (const register of input.registers) {
    for (const decision of register.decisions ?? []) {
      const status = decision.status?.trim() || "open";
      if (status === "resolved" || status === "superseded") continue;
      const label = itemLabel({ kind: "decision", id: decision.id?.trim() ?? "" });
      for (const blocker of decision.blocked_by ?? []) {
        const ref = input.owners(blocker.owner, register);
        if (ref.key !== "") person(ref).blocks.push(label);
      }
      for (const topic of decision.topics ?? []) {
        const entry2 = typeof topic === "string" ? topicRoles.get(topic.trim().toLowerCase()) : void 0;
        for (const role of entry2?.roles ?? []) {
          const key = role.trim().toLowerCase();
          if (key === "") continue;
          const found = specialists.get(key) ?? {
            role: role.trim(),
            topics: [],
            decisions: [],
            knownPeople: []
          };
          specialists.set(key, found);
          if (entry2 && !found.topics.includes(entry2.topic)) found.topics.push(entry2.topic);
          if (decision.id?.trim() && !found.decisions.includes(decision.id.trim()))
            found.decisions.push(decision.id.trim());
        }
      }
    }
  }
  for (const member of input.config.core_group ?? []) {
    const ref = input.owners(member, input.latest);
    if (ref.key !== "") person(ref).extra.push("core decision group");
  }
  for (const specialist of specialists.values()) {
    const wanted = specialist.role.toLowerCase();
    for (const register of input.registers) {
      for (const attendee of register.review?.attendees ?? []) {
        if (!oneLine(attendee.role).toLowerCase().includes(wanted)) continue;
        const ref = input.owners(
          attendee.github ? `@${attendee.github.replace(/^@/, "")}` : attendee.name,
          register
        );
        if (ref.key === "" || specialist.knownPeople.includes(ref.label)) continue;
        specialist.knownPeople.push(ref.label);
        person(ref).extra.push(`specialist: ${specialist.role} (${specialist.topics.join(", ")})`);
      }
    }
  }
  const suggested = [...people.values()].sort((a, b) => compareOwners(a.ref, b.ref)).map(({ ref, owns, blocks, extra }) => ({
    key: ref.key,
    label: ref.label,
    reasons: [
      ...owns.length > 0 ? [`owns ${owns.join(", ")}`] : [],
      ...blocks.length > 0 ? [`owns a blocker of ${[...new Set(blocks)].join(", ")}`] : [],
      ...new Set(extra)
    ]
  }));
  return { people: suggested, specialists: [...specialists.values()] };
}

// src/plan/agenda/plan-agenda-changes.ts
function planAgendaChanges(input) {
  if (input.baseline) {
    return {
      method: "diff",
      since: input.baseline.ref,
      entries: diffDecisions(input.baseline.registers, input.registers)
    };
  }
  const since = input.lastReview;
  if (!since) return { method: "dates", entries: [] };
  const entries = [];
  for (const { register, decision, id } of decisionsById(input.registers).values()) {
    const status = statusOf(decision);
    const resolvedOn = decision.resolved_on?.trim();
    const due = decision.due?.trim();
    let detail;
    if (status === "resolved" && isIsoDate(resolvedOn) && resolvedOn >= since) {
      detail = { field: "status", to: "resolved", note: `resolved on ${resolvedOn}` };
    } else if (status !== "resolved" && status !== "superseded" && isIsoDate(due) && due >= since && due < input.today) {
      detail = { field: "due", to: due, note: "came due since the last review and is still unresolved" };
    }
    if (detail) entries.push(entry(register, decision, id, "changed", [detail]));
  }
  return { method: "dates", since, entries };
}
function diffDecisions(before, after) {
  const old = decisionsById(before);
  const now = decisionsById(after);
  const entries = [];
  for (const [id, { register, decision }] of now) {
    const previous = old.get(id)?.decision;
    if (!previous) {
      entries.push(entry(register, decision, id, "added", [{ field: "status", to: statusOf(decision) }]));
      continue;
    }
    const details = [];
    const compare = (field, from, to) => {
      if (from !== to) details.push({ field, ...from ? { from } : {}, ...to ? { to } : {} });
    };
    compare("status", statusOf(previous), statusOf(decision));
    compare("owner", oneLine(previous.owner), oneLine(decision.owner));
    compare("due", oneLine(previous.due), oneLine(decision.due));
    compare("resolution", oneLine(previous.resolution), oneLine(decision.resolution));
    compare("title", oneLine(previous.title), oneLine(decision.title));
    if (details.length > 0) entries.push(entry(register, decision, id, "changed", details));
  }
  for (const [id, { register, decision }] of old) {
    if (!now.has(id)) entries.push(entry(register, decision, id, "removed", []));
  }
  return entries;
}
function decisionsById(registers) {
  const byId = /* @__PURE__ */ new Map();
  for (const register of byPath(registers)) {
    for (const decision of register.decisions ?? []) {
      const id = typeof decision.id === "string" ? decision.id.trim() : "";
      if (id !== "" && !byId.has(id)) byId.set(id, { register, decision, id });
    }
  }
  return byId;
}
function entry(register, decision, id, kind, details) {
  return {
    id,
    title: oneLine(decision.title),
    file: register.file,
    line: decision.pos?.line ?? 1,
    kind,
    details
  };
}

// src/plan/agenda/plan-agenda.ts
function planAgenda(input) {
  const { registers, config, today } = input;
  const cycle = planCycle(registers, config, today);
  const owners = ownerIndex(registers, config);
  const items = allItemFacts(registers, owners, today);
  const decisions = firstDecisions(registers);
  const groups = /* @__PURE__ */ new Map();
  for (const register of byPath(registers)) {
    for (const decision of register.decisions ?? []) {
      const facts = itemFacts(decision, register, owners, today);
      if (!facts.open) continue;
      const group = groups.get(facts.owner.key) ?? { owner: facts.owner, decisions: [] };
      groups.set(facts.owner.key, group);
      group.decisions.push({ ...facts, blockers: blockersOf(decision, register, decisions, owners, today) });
    }
  }
  for (const group of groups.values()) group.decisions.sort(compareAgendaItems);
  const latest = cycle.latest ? registers.find((r) => r.file === cycle.latest?.file) : void 0;
  return {
    version: 1,
    today,
    title: `Pre-read: ${cycle.nextReview ?? "next review (no review date recorded)"}`,
    cycle,
    registers: registers.length,
    groups: [...groups.values()].sort((a, b) => compareOwners(a.owner, b.owner)),
    dueByNextReview: items.filter((f) => f.kind !== "decision" && f.open && f.due !== void 0 && f.due <= cycle.horizon).sort(compareAgendaItems),
    changes: planAgendaChanges({
      registers,
      today,
      ...cycle.latest ? { lastReview: cycle.latest.date } : {},
      ...input.baseline ? { baseline: input.baseline } : {}
    }),
    attendees: planAttendees({ registers, items, config, owners, ...latest ? { latest } : {} })
  };
}

export {
  itemFacts,
  allItemFacts,
  compareAgendaItems,
  itemLabel,
  byPath,
  blockersOf,
  firstDecisions,
  ownerIndex,
  planDashboard,
  renderDashboardHtml,
  renderAgenda,
  renderStatusMd,
  planAgenda
};
