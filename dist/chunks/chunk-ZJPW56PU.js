import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  capBody,
  capTitle,
  fingerprintOf
} from "./chunk-JUYQNMQ5.js";
import {
  markerFor
} from "./chunk-BOWECSXI.js";
import {
  GraphqlProblem
} from "./chunk-B2BENBMT.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import {
  quoteUserText
} from "./chunk-LH5WQBSA.js";
import {
  itemsOf
} from "./chunk-4BKEW7KF.js";

// src/plan/planning/plan-blockers.ts
function planBlockers(drafts, decisions) {
  const dependsOn = /* @__PURE__ */ new Map();
  for (const decision of decisions) {
    if (decision.id && !dependsOn.has(decision.id)) dependsOn.set(decision.id, decision.depends_on);
  }
  const serving = /* @__PURE__ */ new Map();
  for (const draft of drafts) {
    const id = draft.context.decision?.id;
    if (!id) continue;
    const list = serving.get(id) ?? [];
    list.push(draft.key);
    serving.set(id, list);
  }
  const blockers = /* @__PURE__ */ new Map();
  for (const draft of drafts) {
    const id = draft.context.decision?.id;
    if (!id) continue;
    const found = /* @__PURE__ */ new Set();
    for (const upstream of dependsOn.get(id) ?? []) {
      if (upstream === id) continue;
      for (const key of serving.get(upstream) ?? []) if (key !== draft.key) found.add(key);
    }
    if (found.size > 0) blockers.set(draft.key, [...found].sort());
  }
  return blockers;
}

// src/plan/planning/plan-tracking-issue.ts
function trackingKey(file) {
  return `tracking:${file}`;
}
function trackingMarker(file) {
  return markerFor("tracking", file);
}
function trackingTitle(meeting) {
  const name = (meeting.reviewTitle ?? meeting.file).replace(/\s+/g, " ").trim();
  return capTitle(`Follow-ups: ${name}`);
}
function plannedHash(item, mode) {
  return fingerprintOf([
    String(item.number),
    [...item.blockers].sort((a, b) => a - b).join(","),
    mode.subIssues ? "sub" : "list",
    mode.dependencies ? "dep" : "text"
  ]);
}
var PLANNED = /<!-- decision-register:planned:([^\s>]+) -->/g;
function readPlanned(body) {
  const planned = /* @__PURE__ */ new Map();
  for (const match of body.matchAll(PLANNED)) {
    let text;
    try {
      text = decodeURIComponent(match[1]);
    } catch {
      continue;
    }
    const at = text.lastIndexOf("=");
    if (at > 0) planned.set(text.slice(0, at), text.slice(at + 1));
  }
  return planned;
}
function renderTrackingBody(meeting, mode, planned) {
  const title = meeting.reviewTitle ? quoteUserText(meeting.reviewTitle) : "this review";
  const date = meeting.reviewDate ? ` (${quoteUserText(meeting.reviewDate)})` : "";
  const items = [...meeting.items].sort((a, b) => a.number - b.number);
  const open = items.filter((item) => item.state === "open").length;
  const lines = [
    `Follow-up items of ${title}${date}, recorded in [${quoteUserText(meeting.file)}](${meeting.registerUrl}): ${open} of ${items.length} open.`,
    ""
  ];
  if (mode.subIssues) lines.push("Each item is a sub-issue of this issue.");
  else {
    for (const item of items) {
      const blocked = !mode.dependencies && item.blockers.length > 0 ? ` (blocked by ${item.blockers.map((n) => `#${n}`).join(", ")})` : "";
      lines.push(`- [${item.state === "closed" ? "x" : " "}] #${item.number}${blocked}`);
    }
  }
  lines.push("", "_Kept by decision-register from the register; edits here are overwritten._");
  const tail = [
    trackingMarker(meeting.file),
    ...[...planned].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, hash]) => markerFor("planned", `${key}=${hash}`))
  ];
  return capBody(lines.join("\n"), tail.join("\n"));
}

// src/plan/planning/planning-outcome.ts
function emptyPlanningOutcome() {
  return {
    tracking: [],
    subIssuesAdded: 0,
    blockersAdded: 0,
    projectAdded: 0,
    projectFieldsSet: 0,
    fallbacks: [],
    problems: []
  };
}

// src/flows/planning/planning-capabilities.ts
var FALLBACK = {
  "sub-issues": "sub-issues are not available on this GitHub (404); tracking issues list their items as a task list instead.",
  dependencies: "issue dependencies are not available on this GitHub (404); tracking issues name the blockers instead.",
  projects: "Projects v2 are not available on this GitHub (GraphQL error); project fields are left alone."
};
var ANSWERED = /* @__PURE__ */ new Set(["NOT_FOUND", "FORBIDDEN", "INSUFFICIENT_SCOPES"]);
var PlanningCapabilities = class {
  constructor(log, outcome) {
    this.log = log;
    this.outcome = outcome;
  }
  log;
  outcome;
  missing = /* @__PURE__ */ new Set();
  has(feature) {
    return !this.missing.has(feature);
  }
  /** True (and the feature off from now on) when `error` says the feature is missing. */
  missingAfter(feature, error) {
    const gone = feature === "projects" ? (
      // A server without the feature rejects the document (no error type); NOT_FOUND is a
      // missing project, FORBIDDEN a missing scope: those are problems, not a missing feature.
      error instanceof GraphqlProblem && !error.types.some((type) => ANSWERED.has(type))
    ) : error instanceof GitHubError && (error.status === 404 || error.status === 410);
    if (!gone) return false;
    if (!this.missing.has(feature)) {
      this.missing.add(feature);
      this.outcome.fallbacks.push(FALLBACK[feature]);
      this.log.info(FALLBACK[feature]);
    }
    return true;
  }
};
function reasonOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/plan/planning/plan-project-fields.ts
var NAMES = {
  open: ["todo", "to do", "open", "backlog", "not started", "in progress"],
  done: ["done", "completed", "complete", "closed", "finished"],
  dropped: ["won't do", "wont do", "dropped", "not planned", "cancelled", "canceled", "abandoned"]
};
var norm = (name) => name.normalize("NFKC").toLowerCase().replace(/[’`]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/\s+/g, " ").trim();
function statusOptionFor(state, options) {
  const byName = new Map(options.map((option) => [norm(option.name), option]));
  for (const name of NAMES[state]) {
    const found = byName.get(name);
    if (found) return found;
  }
  return void 0;
}
function projectDate(due) {
  if (!due || !/^\d{4}-\d{2}-\d{2}$/.test(due)) return void 0;
  const date = /* @__PURE__ */ new Date(`${due}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== due ? void 0 : due;
}
function fieldWrites(current, wanted) {
  const writes = [];
  if (wanted.due !== void 0 && wanted.due !== current.due) writes.push({ field: "due", date: wanted.due });
  if (wanted.statusOptionId !== void 0 && wanted.statusOptionId !== current.statusOptionId)
    writes.push({ field: "status", singleSelectOptionId: wanted.statusOptionId });
  return writes;
}

// src/plan/planning/project-url.ts
var PROJECT_URL = /^https?:\/\/[^/\s]+\/(orgs|users)\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/projects\/(\d+)(?:[/?#].*)?$/;
function parseProjectUrl(url) {
  const match = PROJECT_URL.exec(url.trim());
  if (!match) return void 0;
  const number = Number.parseInt(match[3], 10);
  if (!Number.isSafeInteger(number) || number < 1) return void 0;
  return { ownerKind: match[1] === "orgs" ? "organization" : "user", login: match[2], number };
}

// src/flows/planning/project-queries.ts
function projectQuery(ownerKind) {
  return `query ProjectFields($login: String!, $number: Int!) {
  owner: ${ownerKind}(login: $login) {
    projectV2(number: $number) {
      id
      fields(first: 100) {
        nodes {
          __typename
          ... on ProjectV2Field { id name dataType }
          ... on ProjectV2IterationField { id name dataType }
          ... on ProjectV2SingleSelectField { id name dataType options { id name } }
        }
      }
    }
  }
}`;
}
function cardsQuery(numbers, fields) {
  const declared = ["$owner: String!", "$repo: String!"];
  if (fields.due) declared.push("$due: String!");
  if (fields.status) declared.push("$status: String!");
  const values = [
    fields.due ? "due: fieldValueByName(name: $due) { ... on ProjectV2ItemFieldDateValue { date } }" : "",
    fields.status ? "status: fieldValueByName(name: $status) { ... on ProjectV2ItemFieldSingleSelectValue { optionId } }" : ""
  ].filter(Boolean);
  const issues = numbers.map(
    (n) => `    i${Math.trunc(n)}: issue(number: ${Math.trunc(n)}) { id projectItems(first: 50) { nodes { id project { id } ${values.join(" ")} } } }`
  );
  return `query ProjectCards(${declared.join(", ")}) {
  repository(owner: $owner, name: $repo) {
${issues.join("\n")}
  }
}`;
}
var ADD_CARD = `mutation AddCard($project: ID!, $content: ID!) {
  addProjectV2ItemById(input: { projectId: $project, contentId: $content }) { item { id } }
}`;
var SET_FIELD = `mutation SetField($project: ID!, $item: ID!, $field: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field, value: $value }) {
    projectV2Item { id }
  }
}`;

// src/flows/planning/sync-project.ts
var BATCH = 50;
async function syncProject(items, settings, ctx) {
  if (items.length === 0 || !ctx.caps.has("projects")) return;
  const problem = (line) => {
    ctx.outcome.problems.push(line);
    ctx.log.warning(line);
  };
  const ref = parseProjectUrl(settings.url);
  if (!ref)
    return problem(
      `project: "${settings.url}" is not a Projects v2 URL (\u2026/orgs/<org>/projects/<n>); skipped.`
    );
  let board;
  try {
    const answer = await ctx.planning.graphql(projectQuery(ref.ownerKind), {
      login: ref.login,
      number: ref.number
    });
    board = answer.owner?.projectV2;
  } catch (error) {
    if (ctx.caps.missingAfter("projects", error)) return;
    return problem(`project ${settings.url} could not be read (${reasonOf(error)}); skipped.`);
  }
  if (!board)
    return problem(`project ${settings.url} was not found or is not visible to this token; skipped.`);
  const fields = board.fields.nodes.filter((f) => f !== null);
  const named = (name, type) => {
    if (!name) return void 0;
    const field = fields.find((f) => f.name.toLowerCase() === name.toLowerCase() && f.dataType === type);
    if (!field)
      problem(
        `project ${settings.url} has no ${type.toLowerCase().replace("_", "-")} field "${name}"; it is left alone.`
      );
    return field;
  };
  const due = named(settings.fields.due, "DATE");
  const status = named(settings.fields.status, "SINGLE_SELECT");
  const options = status?.options ?? [];
  const unmapped = /* @__PURE__ */ new Set();
  const projectId = board.id;
  for (let at = 0; at < items.length; at += BATCH) {
    const batch = items.slice(at, at + BATCH);
    let cards;
    try {
      cards = await ctx.planning.graphql(
        cardsQuery(
          batch.map((i) => i.number),
          { due: Boolean(due), status: Boolean(status) }
        ),
        {
          owner: ctx.repo.owner,
          repo: ctx.repo.repo,
          ...due ? { due: due.name } : {},
          ...status ? { status: status.name } : {}
        }
      );
    } catch (error) {
      if (ctx.caps.missingAfter("projects", error)) return;
      problem(
        `project cards of ${batch.length} issue(s) could not be read (${reasonOf(error)}); retried next run.`
      );
      continue;
    }
    for (const item of batch) {
      const issue = cards.repository?.[`i${item.number}`];
      if (!issue) continue;
      const card = issue.projectItems.nodes.find((node) => node?.project.id === projectId);
      const wanted = {};
      const date = due ? projectDate(item.due) : void 0;
      if (date) wanted.due = date;
      if (status) {
        const option = statusOptionFor(item.state, options);
        if (option) wanted.statusOptionId = option.id;
        else if (!unmapped.has(item.state)) {
          unmapped.add(item.state);
          problem(
            `project field "${status.name}" has no option for ${item.state} items; their status is left alone.`
          );
        }
      }
      try {
        let cardId = card?.id;
        if (!cardId) {
          const added = await ctx.planning.graphql(
            ADD_CARD,
            { project: projectId, content: issue.id }
          );
          cardId = added.addProjectV2ItemById.item?.id;
          if (!cardId) throw new Error("GitHub returned no project item");
          ctx.outcome.projectAdded += 1;
        }
        const current = {
          ...card?.due?.date ? { due: card.due.date.slice(0, 10) } : {},
          ...card?.status?.optionId ? { statusOptionId: card.status.optionId } : {}
        };
        for (const write of fieldWrites(current, wanted)) {
          const field = write.field === "due" ? due : status;
          if (!field) continue;
          const value = write.field === "due" ? { date: write.date } : { singleSelectOptionId: write.singleSelectOptionId };
          await ctx.planning.graphql(SET_FIELD, { project: projectId, item: cardId, field: field.id, value });
          ctx.outcome.projectFieldsSet += 1;
        }
      } catch (error) {
        if (ctx.caps.missingAfter("projects", error)) return;
        problem(
          `${item.key}: #${item.number} could not be put on the project (${reasonOf(error)}); retried next run.`
        );
      }
    }
  }
}

// src/flows/planning/sync-tracking.ts
async function syncTracking(meeting, existing, mayCreate, ctx) {
  const { port, caps, outcome } = ctx;
  const problem = (line) => {
    outcome.problems.push(line);
    ctx.log.warning(line);
  };
  const mode = () => ({
    subIssues: Boolean(ctx.planning) && caps.has("sub-issues"),
    dependencies: Boolean(ctx.planning) && caps.has("dependencies")
  });
  const before = readPlanned(existing?.body ?? "");
  const title = trackingTitle(meeting);
  let tracking = existing;
  let created = false;
  if (!tracking) {
    if (!mayCreate) {
      ctx.log.info(`The tracking issue of ${meeting.file} is being created by a concurrent run.`);
      return;
    }
    try {
      tracking = await createOnce(ctx, meeting, title, renderTrackingBody(meeting, mode(), /* @__PURE__ */ new Map()));
      created = true;
    } catch (error) {
      return problem(
        `${meeting.file}: could not open its tracking issue (${reasonOf(error)}); retried next run.`
      );
    }
  }
  const parent = tracking.number;
  const planned = /* @__PURE__ */ new Map();
  const due = meeting.items.filter((item) => before.get(item.key) !== plannedHash(item, mode()));
  for (const item of meeting.items)
    if (!due.includes(item)) planned.set(item.key, before.get(item.key));
  let children;
  for (const item of due) {
    let done = true;
    if (ctx.planning && caps.has("sub-issues") && item.id !== void 0) {
      try {
        children ??= new Set(await ctx.planning.listSubIssues(parent));
        if (!children.has(item.id)) {
          await addOrKnown(() => ctx.planning.addSubIssue(parent, item.id));
          children.add(item.id);
          outcome.subIssuesAdded += 1;
        }
      } catch (error) {
        if (!caps.missingAfter("sub-issues", error)) {
          done = false;
          problem(
            `${item.key}: #${item.number} could not be made a sub-issue of #${tracking.number} (${reasonOf(error)}).`
          );
        }
      }
    }
    if (ctx.planning && caps.has("dependencies") && item.blockers.length > 0) {
      try {
        const known = new Set(await ctx.planning.listBlockedBy(item.number));
        for (const blocker of item.blockers) {
          const id = ctx.idOf(blocker);
          if (id === void 0 || known.has(id)) continue;
          await addOrKnown(() => ctx.planning.addBlockedBy(item.number, id));
          known.add(id);
          outcome.blockersAdded += 1;
        }
      } catch (error) {
        if (!caps.missingAfter("dependencies", error)) {
          done = false;
          problem(`${item.key}: the blockers of #${item.number} could not be recorded (${reasonOf(error)}).`);
        }
      }
    }
    if (done) planned.set(item.key, plannedHash(item, mode()));
  }
  const body = renderTrackingBody(meeting, mode(), planned);
  if (body !== tracking.body || title !== tracking.title) {
    try {
      tracking = await port.updateIssue(tracking.number, { title, body });
    } catch (error) {
      problem(`${meeting.file}: could not update tracking issue #${tracking.number} (${reasonOf(error)}).`);
    }
  }
  outcome.tracking.push({ file: meeting.file, number: tracking.number, url: tracking.url, created });
}
async function addOrKnown(add) {
  try {
    await add();
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 422)) throw error;
  }
}
async function createOnce(ctx, meeting, title, body) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.port.createIssue({ title, body, labels: ctx.labels, assignees: [] });
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 0;
      if (status !== 0 && status < 500 || attempt >= 3) throw error;
      const already = await ctx.relist(meeting.file);
      if (already) return already;
    }
  }
}

// src/flows/planning/sync-planning.ts
function wantsPlanning(config) {
  return config.tracking_issue === true || Boolean(config.project);
}
function missingTrackingKeys(config, drafts, issues) {
  if (config.tracking_issue !== true) return [];
  const files = [...new Set(drafts.map((d) => d.file))];
  return files.filter((file) => !findTracking(issues, file)).map(trackingKey);
}
function findTracking(issues, file) {
  const marker = trackingMarker(file);
  return [...issues].sort((a, b) => a.number - b.number).find((issue) => issue.body.includes(marker));
}
async function syncPlanning(input) {
  const outcome = emptyPlanningOutcome();
  const { log } = input;
  const caps = new PlanningCapabilities(log, outcome);
  const planning = input.port.planning;
  if (!planning) {
    if (input.config.project)
      outcome.problems.push("This GitHub client has no GraphQL; the project is left alone.");
  }
  const done = input.outcome;
  const issueOf = /* @__PURE__ */ new Map();
  for (const list of [done.existing, done.updated, done.reopened, done.created, done.closed])
    for (const issue of list) issueOf.set(issue.key, issue);
  const idOf = /* @__PURE__ */ new Map();
  for (const issue of input.issues) if (issue.id !== void 0) idOf.set(issue.number, issue.id);
  for (const issue of issueOf.values()) if (issue.id !== void 0) idOf.set(issue.number, issue.id);
  const blockers = planBlockers(input.drafts, input.decisions);
  const tracked = (draft) => {
    const issue = issueOf.get(draft.key);
    if (!issue) return void 0;
    const numbers = (blockers.get(draft.key) ?? []).map((key) => issueOf.get(key)?.number).filter((n) => n !== void 0);
    return {
      key: draft.key,
      number: issue.number,
      ...issue.id !== void 0 ? { id: issue.id } : {},
      state: issue.state,
      blockers: numbers
    };
  };
  if (input.config.tracking_issue) {
    const byFile = /* @__PURE__ */ new Map();
    for (const draft of input.drafts) byFile.set(draft.file, [...byFile.get(draft.file) ?? [], draft]);
    for (const [file, drafts] of byFile) {
      const items = drafts.map(tracked).filter((item) => item !== void 0);
      if (items.length === 0) continue;
      const first = drafts[0];
      const meeting = {
        file,
        ...first.context.reviewTitle ? { reviewTitle: first.context.reviewTitle } : {},
        ...first.context.reviewDate ? { reviewDate: first.context.reviewDate } : {},
        // The file on the default branch, not at this commit: the body then changes only with the items.
        registerUrl: first.context.registerUrl.replace(/#L\d+$/, "").replace(/\/blob\/[0-9a-f]{40}\//, "/blob/HEAD/"),
        items
      };
      const mayCreate = !input.granted || input.granted.has(trackingKey(file));
      await syncTracking(meeting, findTracking(input.issues, file), mayCreate, {
        port: input.port,
        planning,
        caps,
        log,
        labels: input.labels,
        outcome,
        idOf: (n) => idOf.get(n),
        relist: async (f) => findTracking((await input.relist()).filter(input.isOurs), f)
      });
    }
  }
  if (input.config.project && planning) {
    const items = [];
    for (const draft of input.drafts) {
      const issue = issueOf.get(draft.key);
      if (issue)
        items.push({
          key: draft.key,
          number: issue.number,
          state: draft.state,
          ...draft.due ? { due: draft.due } : {}
        });
    }
    await syncProject(
      items,
      { url: input.config.project, fields: input.config.fields ?? {} },
      { planning, repo: input.repo, caps, log, outcome }
    );
  }
  return outcome;
}

// src/check/unresolved-ids.ts
function hasUnresolvedIds(registers) {
  const defined = /* @__PURE__ */ new Set();
  for (const register of registers) {
    for (const item of itemsOf(register)) {
      if (item.id) defined.add(item.id);
    }
  }
  return registers.some(
    (register) => register.decisions.some((decision) => decision.depends_on.some((id) => !defined.has(id))) || [...register.actions, ...register.outputs].some((item) => item.decision && !defined.has(item.decision))
  );
}

export {
  wantsPlanning,
  missingTrackingKeys,
  syncPlanning,
  hasUnresolvedIds
};
