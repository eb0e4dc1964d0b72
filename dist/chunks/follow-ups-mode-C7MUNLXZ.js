import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);
import {
  actionLogger,
  info,
  setFailed,
  setOutput,
  summary
} from "./chunk-T7YQEWOI.js";
import {
  openFollowUps,
  planFollowUpsSummary
} from "./chunk-DTAGG3F3.js";
import "./chunk-ZJPW56PU.js";
import "./chunk-JUYQNMQ5.js";
import "./chunk-Q2NPZLFL.js";
import "./chunk-BOWECSXI.js";
import "./chunk-B2BENBMT.js";
import {
  learnedFrom
} from "./chunk-7COSIQUM.js";
import "./chunk-LVBN3PUP.js";
import {
  GitHubError
} from "./chunk-HR3KXG64.js";
import "./chunk-4GJYVD7P.js";
import "./chunk-LH5WQBSA.js";
import "./chunk-S4SKMPNW.js";
import "./chunk-4BKEW7KF.js";
import "./chunk-7XRTHKOH.js";
import "./chunk-ZHMHUYWS.js";
import "./chunk-VBPJBFLN.js";

// src/github/pull-request-claim.ts
var CLAIM_MARKER = "<!-- decision-register:claim -->";
var LEASE = /<!-- decision-register:lease run=(\w+) attempt=(\d+) at=([\dTZ:.-]+) -->/;
var CLAIM_LEASE_MS = 2 * 60 * 1e3;
var LEGACY_TTL_MS = 10 * 60 * 1e3;
function pullRequestClaim(port, pull, holder, isOurs, log, now = Date.now) {
  const thread = {
    where: `#${pull}`,
    list: () => port.listComments(pull),
    create: (body) => port.createComment(pull, body),
    update: (id, body) => port.updateComment(id, body).then(() => void 0),
    remove: (id) => port.deleteComment(id)
  };
  return commentClaim(thread, holder, isOurs, log, now);
}
function commitClaim(port, sha, holder, isOurs, log, now = Date.now) {
  const thread = {
    where: `commit ${sha.slice(0, 7)}`,
    list: () => port.listCommitComments(sha),
    create: (body) => port.createCommitComment(sha, body),
    update: (id, body) => port.updateCommitComment(id, body).then(() => void 0),
    remove: (id) => port.deleteCommitComment(id)
  };
  const claim = commentClaim(thread, holder, isOurs, log, now);
  return async (keys) => {
    try {
      return await claim(keys);
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 403)) throw error;
      log.warning(
        `Could not claim the follow-ups on ${thread.where} (403: commenting on commits is not allowed); going on unclaimed. Use a workflow concurrency group, or grant contents: write.`
      );
      return { granted: new Set(keys), renew: async () => {
      }, release: async () => {
      } };
    }
  };
}
function commentClaim(thread, holder, isOurs, log, now) {
  return async (keys) => {
    const body = () => `${CLAIM_MARKER}
<!-- decision-register:lease run=${holder.run} attempt=${holder.attempt} at=${new Date(now()).toISOString()} -->
_decision-register (run ${holder.run}, attempt ${holder.attempt}) is opening follow-up issues; this note removes itself._`;
    const mine = await thread.create(body());
    const ours = learnedFrom(isOurs, mine);
    let renewed = now();
    const claims = (await thread.list()).filter((c) => c.body.includes(CLAIM_MARKER));
    const live = [];
    for (const claim of claims) {
      if (claim.id === mine.id) {
        live.push(claim);
      } else if (!ours(claim)) {
        log.warning(
          `Ignoring a claim comment on ${thread.where} by ${claim.author ?? "an unknown author"}: only this tool's own claims count.`
        );
      } else if (isAlive(claim, holder, now())) {
        live.push(claim);
      } else {
        log.info(`Taking over from a run that died (claim comment ${claim.id} on ${thread.where}).`);
        await removeQuietly(thread, claim.id);
      }
    }
    const leads = (live.sort((a, b) => a.id - b.id)[0]?.id ?? mine.id) === mine.id;
    return {
      granted: new Set(leads ? keys : []),
      async renew() {
        if (now() - renewed < CLAIM_LEASE_MS / 2) return;
        renewed = now();
        await thread.update(mine.id, body());
      },
      async release() {
        await removeQuietly(thread, mine.id);
      }
    };
  };
}
function isAlive(claim, me, at) {
  const lease = LEASE.exec(claim.body);
  if (!lease) return at - (Date.parse(claim.createdAt) || at) < LEGACY_TTL_MS;
  const [, run, attempt, renewedAt] = lease;
  if (run === me.run && Number(attempt) < me.attempt) return false;
  const renewed = Date.parse(renewedAt ?? "");
  return Number.isFinite(renewed) && at - renewed < CLAIM_LEASE_MS;
}
async function removeQuietly(thread, id) {
  try {
    await thread.remove(id);
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 404)) throw error;
  }
}

// src/action/follow-ups-mode.ts
async function followUpsMode(inputs, repo, merge, port, config, isOurs, login) {
  const holder = {
    run: (process.env.GITHUB_RUN_ID ?? "").replace(/\W/g, "") || "local",
    attempt: Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? "1", 10) || 1
  };
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
    ...login ? { login } : {},
    log: actionLogger,
    claim: merge.pull !== void 0 ? pullRequestClaim(port, merge.pull, holder, isOurs, actionLogger) : commitClaim(port, merge.sha, holder, isOurs, actionLogger)
  });
  const list = (issues) => JSON.stringify(issues.map(({ number, url, key }) => ({ number, url, key })));
  setOutput("created-issues", list(outcome.created));
  setOutput("existing-issues", list(outcome.existing));
  await summary.addRaw(planFollowUpsSummary(outcome, { maxIssues: inputs.maxIssues })).write();
  if (outcome.planned) {
    for (const step of outcome.planned)
      info(
        step.kind === "open" ? `dry-run: would open "${step.draft.title}" for ${step.key}` : `dry-run: would ${step.kind} #${step.issue.number} for ${step.key}`
      );
  }
  if (outcome.overCap) {
    setFailed(
      `${outcome.overCap.length} follow-up issues are missing, more than max-issues (${inputs.maxIssues}); none were created. Check the register parsed as intended (the job summary lists the items), then raise max-issues.`
    );
    return;
  }
  info(
    `Follow-up issues: ${outcome.created.length} opened, ${outcome.updated.length} updated, ${outcome.closed.length} closed, ${outcome.reopened.length} reopened, ${outcome.existing.length} already as the register says.`
  );
  if (outcome.created.length > 0 && !inputs.dryRun && config.write_back !== "off") {
    const { runWriteBack } = await import("./write-back-mode-JWEJRIA2.js");
    await runWriteBack(port, repo, config, inputs.issuesFor, isOurs, login);
  }
  if (outcome.failed.length > 0) {
    setFailed(
      `${outcome.failed.length} follow-up issue(s) could not be opened (the others were): ${outcome.failed.map((f) => `${f.key} (${f.reason})`).join("; ")}. Re-run the workflow to retry them; nothing is opened twice.`
    );
  }
}
export {
  followUpsMode
};
