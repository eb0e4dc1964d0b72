import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import { openFollowUps } from '../flows/follow-ups/open-follow-ups.js';
import type { GitHubPort } from '../github/github-port.js';
import { commitClaim, pullRequestClaim } from '../github/pull-request-claim.js';
import type { AuthorCheck } from '../github/sticky-comment.js';
import { planFollowUpsSummary } from '../plan/follow-ups/plan-follow-ups-summary.js';
import { actionLogger } from './action-logger.js';
import type { ActionInputs } from './inputs.js';
import type { MergeRef } from './pick-mode.js';
import type { RepoContext } from './repo-context.js';

/** Merged pull request or push: open the follow-up issues, link them back, report them. */
export async function followUpsMode(
  inputs: ActionInputs,
  repo: RepoContext,
  merge: MergeRef,
  port: GitHubPort,
  config: Config,
  isOurs: AuthorCheck,
  login: string | undefined,
): Promise<void> {
  const holder = {
    run: (process.env.GITHUB_RUN_ID ?? '').replace(/\W/g, '') || 'local',
    attempt: Number.parseInt(process.env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1,
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
    ...(login ? { login } : {}),
    log: actionLogger,
    claim:
      merge.pull !== undefined
        ? pullRequestClaim(port, merge.pull, holder, isOurs, actionLogger)
        : commitClaim(port, merge.sha, holder, isOurs, actionLogger),
  });
  const list = (issues: typeof outcome.created) =>
    JSON.stringify(issues.map(({ number, url, key }) => ({ number, url, key })));
  core.setOutput('created-issues', list(outcome.created));
  core.setOutput('existing-issues', list(outcome.existing));
  await core.summary.addRaw(planFollowUpsSummary(outcome, { maxIssues: inputs.maxIssues })).write();

  if (outcome.planned) {
    for (const step of outcome.planned)
      core.info(
        step.kind === 'open'
          ? `dry-run: would open "${step.draft.title}" for ${step.key}`
          : `dry-run: would ${step.kind} #${step.issue.number} for ${step.key}`,
      );
  }
  if (outcome.overCap) {
    core.setFailed(
      `${outcome.overCap.length} follow-up issues are missing, more than max-issues (${inputs.maxIssues}); none were created. ` +
        'Check the register parsed as intended (the job summary lists the items), then raise max-issues.',
    );
    return;
  }
  core.info(
    `Follow-up issues: ${outcome.created.length} opened, ${outcome.updated.length} updated, ${outcome.closed.length} closed, ${outcome.reopened.length} reopened, ${outcome.existing.length} already as the register says.`,
  );
  if (outcome.created.length > 0 && !inputs.dryRun && config.write_back !== 'off') {
    // New issues: their numbers go back into the register through the sync pull request.
    const { runWriteBack } = await import('./write-back-mode.js');
    await runWriteBack(port, repo, config, inputs.issuesFor, isOurs, login);
  }
  if (outcome.failed.length > 0) {
    core.setFailed(
      `${outcome.failed.length} follow-up issue(s) could not be opened (the others were): ${outcome.failed
        .map((f) => `${f.key} (${f.reason})`)
        .join('; ')}. Re-run the workflow to retry them; nothing is opened twice.`,
    );
  }
}
