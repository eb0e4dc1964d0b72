import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  actionLogger,
  info,
  setFailed,
  setOutput
} from "./chunk-T7YQEWOI.js";
import {
  planCheckRun
} from "./chunk-FVUJAHWS.js";
import {
  COMMENT_MAX_CHARS,
  parseHunks,
  planCheckAnnotations,
  planReviewComment,
  planSuggestions,
  postSuggestions,
  renderFixesOutsideDiff
} from "./chunk-C56XAUHU.js";
import {
  markerFor
} from "./chunk-BOWECSXI.js";
import {
  upsertStickyComment
} from "./chunk-7COSIQUM.js";
import "./chunk-HR3KXG64.js";
import {
  shouldFail
} from "./chunk-CX3DDRZ6.js";
import "./chunk-RTK4CUUF.js";
import {
  decodeSource,
  summarize
} from "./chunk-LH5WQBSA.js";
import {
  RULE_IDS
} from "./chunk-F6I3COCI.js";
import "./chunk-7XRTHKOH.js";
import {
  require_ajv
} from "./chunk-ZHMHUYWS.js";
import {
  __toESM
} from "./chunk-VBPJBFLN.js";

// src/action/report-mode.ts
import { readFile, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";

// src/check/report-artifact.ts
var import_ajv = __toESM(require_ajv(), 1);
var REPORT_MAX_BYTES = 1024 * 1024;
var SHA = { type: "string", pattern: "^[0-9a-f]{40}$" };
var POSITIVE = { type: "integer", minimum: 1, maximum: 1e7 };
var SHORT = (max) => ({ type: "string", maxLength: max });
var EDIT = {
  type: "object",
  additionalProperties: false,
  required: ["line", "column", "endLine", "endColumn", "text"],
  properties: { line: POSITIVE, column: POSITIVE, endLine: POSITIVE, endColumn: POSITIVE, text: SHORT(2e3) }
};
var SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["version", "repository", "pull", "findings"],
  properties: {
    version: { const: 1 },
    repository: { type: "string", pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$" },
    pull: {
      type: "object",
      additionalProperties: false,
      required: ["number", "headSha", "baseSha"],
      properties: { number: POSITIVE, headSha: SHA, baseSha: SHA }
    },
    findings: {
      type: "array",
      maxItems: 5e3,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["file", "line", "column", "rule", "severity", "message", "item"],
        properties: {
          file: SHORT(1e3),
          line: POSITIVE,
          column: POSITIVE,
          rule: { enum: RULE_IDS },
          severity: { enum: ["error", "warning"] },
          message: SHORT(2e3),
          item: { anyOf: [{ type: "null" }, SHORT(200)] },
          fix: {
            type: "object",
            additionalProperties: false,
            required: ["description", "edits"],
            properties: {
              description: SHORT(300),
              edits: { type: "array", minItems: 1, maxItems: 20, items: EDIT }
            }
          }
        }
      }
    }
  }
};
var validate;
function readReportArtifact(content, repository) {
  const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
  if (size > REPORT_MAX_BYTES) return refuse(`it is ${size} bytes, over the ${REPORT_MAX_BYTES}-byte cap`);
  let value;
  try {
    value = JSON.parse(
      typeof content === "string" ? content : new TextDecoder("utf-8", { fatal: true }).decode(content)
    );
  } catch {
    return refuse("it is not valid JSON");
  }
  validate ??= new import_ajv.Ajv({ allErrors: false, strict: false }).compile(SCHEMA);
  if (!validate(value)) {
    const error = validate.errors?.[0];
    return refuse(
      `it does not match the report schema (${error?.instancePath || "/"} ${error?.message ?? "invalid"})`
    );
  }
  const report = value;
  if (report.repository.toLowerCase() !== repository.toLowerCase())
    return refuse(`it is for ${report.repository}, not ${repository}`);
  const bad = report.findings.find((f) => !isRepoPath(f.file));
  if (bad)
    return refuse(`a finding names a path outside the repository (${JSON.stringify(bad.file.slice(0, 80))})`);
  return { ok: true, report };
}
function isRepoPath(path) {
  if (path === "" || path.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(path) || /^[A-Za-z]:/.test(path))
    return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}
function refuse(why) {
  return { ok: false, reason: `The report artifact is refused: ${why}. Nothing was posted.` };
}

// src/flows/review/report-pull-request.ts
async function reportPullRequest(input) {
  const { port, report, run, log } = input;
  const number = report.pull.number;
  if (report.pull.headSha !== run.headSha)
    return refuse2(
      `the artifact is for commit ${short(report.pull.headSha)}, the run for ${short(run.headSha)}`
    );
  if (run.pullRequests.length > 0) {
    const listed = run.pullRequests.find((p) => p.number === number);
    if (!listed || listed.headSha !== run.headSha)
      return refuse2(`pull request #${number} is not the one the run was for`);
  }
  const pull = await port.getPull(number);
  if (!pull) return refuse2(`pull request #${number} does not exist`);
  if (pull.state !== "open") return refuse2(`pull request #${number} is closed`);
  if (pull.headSha !== run.headSha)
    return refuse2(
      `pull request #${number} is at ${short(pull.headSha)}, not the run's ${short(run.headSha)}`
    );
  const findings = report.findings;
  const files = [...new Set(findings.map((f) => f.file))];
  const summary = summarize(findings, []);
  summary.files = files.length;
  let posted = null;
  let section = "";
  if (input.suggestions) {
    const changed = await port.listChangedFiles(number);
    const patches = new Map(
      changed.flatMap((f) => f.patch === void 0 ? [] : [[f.path, parseHunks(f.patch)]])
    );
    const texts = /* @__PURE__ */ new Map();
    for (const path of files.filter((p) => findings.some((f) => f.file === p && f.fix))) {
      const bytes = await port.readFile(path, pull.headSha);
      const decoded = bytes ? decodeSource(path, bytes, 5 * 1024 * 1024) : void 0;
      if (decoded?.ok) texts.set(path, decoded.text);
    }
    const plan = planSuggestions(findings, texts, patches);
    posted = await postSuggestions(port, { number, headSha: pull.headSha }, plan.inDiff, input.isOurs, log);
    section = renderFixesOutsideDiff([...plan.outside, ...posted.fallback], texts);
  }
  const body = planReviewComment({
    findings,
    summary,
    repo: input.repo,
    headSha: pull.headSha,
    mentionOwners: false,
    filterMode: "added",
    maxChars: COMMENT_MAX_CHARS - section.length
  }) + section;
  const sticky = await upsertStickyComment(port, number, markerFor("review"), body, input.isOurs);
  const check = planCheckRun(findings, summary, {
    failOn: input.failOn,
    link: {
      serverUrl: input.repo.serverUrl,
      owner: input.repo.owner,
      repo: input.repo.repo,
      headSha: pull.headSha
    }
  });
  const checkRunId = await port.createCheckRun({ name: "Decision register", headSha: pull.headSha });
  await port.completeCheckRun(checkRunId, {
    conclusion: check.conclusion,
    title: check.title,
    summary: check.summary,
    text: check.text,
    annotations: planCheckAnnotations(findings)
  });
  return {
    ok: true,
    findings,
    summary,
    comment: { url: sticky.comment.url, action: sticky.action },
    posted,
    conclusion: check.conclusion
  };
}
function refuse2(why) {
  return { ok: false, reason: `Refusing to report: ${why}. Nothing was posted.` };
}
function short(sha) {
  return sha.slice(0, 7);
}

// src/action/report-mode.ts
var REPORT_FILE = "decision-register-report.json";
async function reportMode(inputs, repo, run, port, isOurs) {
  const dir = inputs.artifactDir || "decision-register-report";
  const base = process.env.GITHUB_WORKSPACE || process.cwd();
  const path = join(isAbsolute(dir) ? dir : resolve(base, dir), REPORT_FILE);
  const info2 = await stat(path).catch(() => null);
  if (!info2?.isFile()) {
    setFailed(
      `The report artifact is refused: ${REPORT_FILE} was not found in ${dir}. Nothing was posted.`
    );
    return;
  }
  if (info2.size > REPORT_MAX_BYTES) {
    setFailed(
      `The report artifact is refused: it is ${info2.size} bytes, over the ${REPORT_MAX_BYTES}-byte cap. Nothing was posted.`
    );
    return;
  }
  const read = readReportArtifact(await readFile(path), `${repo.owner}/${repo.repo}`);
  if (!read.ok) {
    setFailed(read.reason);
    return;
  }
  const outcome = await reportPullRequest({
    port,
    repo,
    report: read.report,
    run,
    isOurs,
    suggestions: inputs.suggestions,
    failOn: inputs.failOn,
    log: actionLogger
  });
  if (!outcome.ok) {
    setFailed(outcome.reason);
    return;
  }
  setOutput("errors", outcome.summary.errors);
  setOutput("warnings", outcome.summary.warnings);
  setOutput("comment-url", outcome.comment.url);
  info(
    `Reported ${outcome.findings.length} finding(s) on #${read.report.pull.number}: comment ${outcome.comment.action}, check ${outcome.conclusion}.`
  );
  if (shouldFail(outcome.summary, inputs.failOn))
    setFailed(`Decision register review: ${outcome.summary.errors} error(s) to fix.`);
}
export {
  REPORT_FILE,
  reportMode
};
