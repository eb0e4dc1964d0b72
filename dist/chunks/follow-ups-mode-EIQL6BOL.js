import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  openFollowUps,
  planFollowUpsSummary
} from "./chunk-2SRXTLO5.js";
import "./chunk-7WZ5AG6R.js";
import "./chunk-B3S3UGOS.js";
import {
  actionLogger,
  info,
  setFailed,
  setOutput,
  summary
} from "./chunk-6PGXWEPV.js";
import "./chunk-5KSOTFMD.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import "./chunk-Y3M5WSMX.js";
import "./chunk-FWP3FC5T.js";

// src/github/pull-request-claim.ts
var CLAIM_MARKER = "<!-- decision-register:claim -->";
var CLAIM_TTL_MS = 10 * 60 * 1e3;
function pullRequestClaim(port, pull, runLabel, isOurs) {
  return async (keys) => {
    const mine = await port.createComment(
      pull,
      `${CLAIM_MARKER}
_decision-register (${runLabel}) is opening follow-up issues; this note removes itself._`
    );
    const now = Date.parse(mine.createdAt) || Date.now();
    const live = (c) => now - (Date.parse(c.createdAt) || now) < CLAIM_TTL_MS;
    const claims = (await port.listComments(pull)).filter((c) => c.body.includes(CLAIM_MARKER) && (c.id === mine.id || isOurs(c) && live(c))).sort((a, b) => a.id - b.id);
    const leads = (claims[0]?.id ?? mine.id) === mine.id;
    return {
      granted: new Set(leads ? keys : []),
      async release() {
        try {
          await port.deleteComment(mine.id);
        } catch (error) {
          if (!(error instanceof GitHubError && error.status === 404)) throw error;
        }
      }
    };
  };
}

// src/action/follow-ups-mode.ts
async function followUpsMode(inputs, repo, merge, port, config, isOurs) {
  const runLabel = `run ${process.env.GITHUB_RUN_ID ?? "?"} attempt ${process.env.GITHUB_RUN_ATTEMPT ?? "1"}`;
  const outcome = await openFollowUps({
    port,
    repo,
    merge,
    config,
    issuesFor: inputs.issuesFor,
    labels: inputs.labels,
    maxIssues: inputs.maxIssues,
    dryRun: inputs.dryRun,
    isOurs,
    log: actionLogger,
    ...merge.pull !== void 0 ? { claim: pullRequestClaim(port, merge.pull, runLabel, isOurs) } : {}
  });
  const list = (issues) => JSON.stringify(issues.map(({ number, url, key }) => ({ number, url, key })));
  setOutput("created-issues", list(outcome.created));
  setOutput("existing-issues", list(outcome.existing));
  await summary.addRaw(planFollowUpsSummary(outcome, { maxIssues: inputs.maxIssues })).write();
  if (outcome.wouldCreate) {
    for (const draft of outcome.wouldCreate)
      info(`dry-run: would open "${draft.title}" for ${draft.key}`);
  }
  if (outcome.overCap) {
    setFailed(
      `${outcome.overCap.length} follow-up issues are missing, more than max-issues (${inputs.maxIssues}); none were created. Check the register parsed as intended (the job summary lists the items), then raise max-issues.`
    );
    return;
  }
  info(
    `Follow-up issues: ${outcome.created.length} opened, ${outcome.existing.length} already tracked.`
  );
}
export {
  followUpsMode
};
