import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-YJ5J2BOZ.js";
import {
  actionLogger,
  error,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-T7YQEWOI.js";
import {
  describeFsError,
  renderJson,
  renderSarif
} from "./chunk-LPSUXIHB.js";
import {
  reviewPullRequest
} from "./chunk-EDFV3AJ2.js";
import {
  byImportance,
  filterNote,
  fitFindings,
  moreFindingsLine,
  planAnnotations,
  renderFindingsTables,
  reproduceNote,
  scopeLine,
  utf8Length
} from "./chunk-C56XAUHU.js";
import "./chunk-ZJPW56PU.js";
import "./chunk-JUYQNMQ5.js";
import "./chunk-Q2NPZLFL.js";
import "./chunk-BOWECSXI.js";
import "./chunk-B2BENBMT.js";
import "./chunk-7COSIQUM.js";
import "./chunk-HR3KXG64.js";
import {
  PROJECT_URL,
  VERSION
} from "./chunk-3D2MENGX.js";
import {
  describeCounts,
  shouldFail,
  verdictHeadline
} from "./chunk-CX3DDRZ6.js";
import "./chunk-RTK4CUUF.js";
import "./chunk-4GJYVD7P.js";
import {
  quoteUserText
} from "./chunk-LH5WQBSA.js";
import "./chunk-F6I3COCI.js";
import "./chunk-S4SKMPNW.js";
import "./chunk-4BKEW7KF.js";
import "./chunk-7XRTHKOH.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";

// src/action/review-mode.ts
import { mkdir as mkdir2, writeFile as writeFile3 } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/plan/review/plan-summary.ts
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
function planJobSummary(input) {
  const ordered = byImportance(input.findings);
  const link = input.repo && input.headSha ? { ...input.repo, headSha: input.headSha } : void 0;
  const hidden = input.hiddenAnnotations;
  const notes = [];
  if (hidden && hidden.errors + hidden.warnings > 0) {
    notes.push(
      `> [!NOTE]
> GitHub shows at most 10 error and 10 warning annotations per step; ${describeCounts(hidden)} are listed only in the tables below.`
    );
  }
  const footer = [input.filterMode ? filterNote(input.filterMode) : "", reproduceNote(input.reproduceCommand)].filter(Boolean).join(" ");
  const render = (kept) => {
    const parts = [verdictHeadline(input.summary), ""];
    parts.push(
      `${scopeLine(input.summary, input.headSha)}${ordered.length === 0 ? ": no problems found." : "."}`,
      ""
    );
    for (const note of notes) parts.push(note, "");
    const tables = renderFindingsTables(ordered.slice(0, kept), { link, allFindings: ordered });
    if (tables) parts.push(tables, "");
    if (kept < ordered.length) {
      parts.push(
        moreFindingsLine(ordered.length - kept, "the CLI output; the summary reached its size limit"),
        ""
      );
    }
    parts.push(footer);
    return `${parts.join("\n")}
`;
  };
  return fitFindings(ordered.length, render, input.maxBytes ?? JOB_SUMMARY_MAX_BYTES, utf8Length).text;
}

// src/action/report-findings.ts
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function reportFindings(findings, summary2) {
  const { shown, hidden } = planAnnotations(findings, { maxPerType: 10 });
  for (const finding of shown) {
    const properties = {
      title: `${finding.rule}${finding.item ? ` (${finding.item})` : ""}`,
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.column
    };
    if (finding.severity === "error") error(finding.message, properties);
    else warning(finding.message, properties);
  }
  const path = join(process.env.RUNNER_TEMP || tmpdir(), `decision-register-findings-${process.pid}.json`);
  await writeFile(path, renderJson(findings, summary2));
  setOutput("errors", summary2.errors);
  setOutput("warnings", summary2.warnings);
  setOutput("findings-json", path);
  return hidden;
}

// src/action/write-sarif.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, resolve } from "node:path";
async function writeSarif(path, findings) {
  const absolute = resolve(process.env.GITHUB_WORKSPACE || process.cwd(), path);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile2(absolute, renderSarif(findings, { toolVersion: VERSION, informationUri: PROJECT_URL }));
  } catch (error2) {
    throw new InputError(`input sarif-file: cannot write ${path}: ${describeFsError(error2)}`);
  }
  return absolute;
}

// src/action/review-mode.ts
function commentFailure(reason) {
  return `Could not write the pull request comment: ${reason}. The findings are in the annotations and the job summary; re-run the job to write the comment.`;
}
async function reviewMode(inputs, repo, pull, port, config, isOurs) {
  const outcome = await reviewPullRequest({
    port,
    repo,
    pull,
    config,
    filterMode: inputs.filterMode,
    today: repo.today,
    mentionOwners: inputs.mentionOwners,
    dryRun: inputs.dryRun,
    suggestions: inputs.suggestions,
    followUps: { issuesFor: inputs.issuesFor },
    isOurs,
    log: actionLogger
  });
  const hidden = await reportFindings(outcome.findings, outcome.summary);
  if (inputs.sarifFile) setOutput("sarif-file", await writeSarif(inputs.sarifFile, outcome.findings));
  if (inputs.artifactDir) {
    await mkdir2(inputs.artifactDir, { recursive: true });
    const report = { version: 1, repository: `${repo.owner}/${repo.repo}`, pull, findings: outcome.findings };
    await writeFile3(join2(inputs.artifactDir, "decision-register-report.json"), `${JSON.stringify(report)}
`);
  }
  setOutput("comment-url", outcome.comment?.url ?? "");
  if (inputs.dryRun) info(`dry-run: the comment that would be posted:
${outcome.commentBody}`);
  await summary.addRaw(
    planJobSummary({
      findings: outcome.findings,
      summary: outcome.summary,
      repo,
      headSha: pull.headSha,
      hiddenAnnotations: hidden
    })
  ).write();
  if (outcome.commentError) {
    error(commentFailure(outcome.commentError), { title: "decision-register: no pull request comment" });
    await summary.addRaw(
      `
> **The pull request comment could not be written:** ${quoteUserText(outcome.commentError)}
`
    ).write();
  }
  const { errors, warnings } = outcome.summary;
  info(`${errors} error(s), ${warnings} warning(s) in ${outcome.summary.files} register(s).`);
  if (shouldFail(outcome.summary, inputs.failOn)) {
    setFailed(
      `Decision register review: ${errors} error(s)${inputs.failOn === "warning" ? ` and ${warnings} warning(s)` : ""} to fix.`
    );
  }
}
export {
  commentFailure,
  reviewMode
};
