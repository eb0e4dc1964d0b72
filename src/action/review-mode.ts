import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import { reviewPullRequest } from '../flows/review/review-pull-request.js';
import type { GitHubPort } from '../github/github-port.js';
import type { AuthorCheck } from '../github/sticky-comment.js';
import { planJobSummary } from '../plan/review/plan-summary.js';
import { shouldFail } from '../plan/review/verdict.js';
import { quoteUserText } from '../text/markdown-escape.js';
import { actionLogger } from './action-logger.js';
import type { ActionInputs } from './inputs.js';
import type { RepoContext } from './repo-context.js';
import { reportFindings } from './report-findings.js';
import { writeSarif } from './write-sarif.js';

/** The one line a failed comment gets; the findings are elsewhere, so it says where. */
export function commentFailure(reason: string): string {
  return `Could not write the pull request comment: ${reason}. The findings are in the annotations and the job summary; re-run the job to write the comment.`;
}

/** Pull request event: review the changed registers, comment, annotate, summarise, pass or fail. */
export async function reviewMode(
  inputs: ActionInputs,
  repo: RepoContext,
  pull: { number: number; headSha: string; baseSha: string },
  port: GitHubPort,
  config: Config,
  isOurs: AuthorCheck,
): Promise<void> {
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
    log: actionLogger,
  });
  const hidden = await reportFindings(outcome.findings, outcome.summary);
  if (inputs.sarifFile) core.setOutput('sarif-file', await writeSarif(inputs.sarifFile, outcome.findings));
  if (inputs.artifactDir) {
    // The untrusted half of the fork pattern: what the trusted workflow_run job will post.
    await mkdir(inputs.artifactDir, { recursive: true });
    const report = { version: 1, repository: `${repo.owner}/${repo.repo}`, pull, findings: outcome.findings };
    await writeFile(join(inputs.artifactDir, 'decision-register-report.json'), `${JSON.stringify(report)}\n`);
  }
  core.setOutput('comment-url', outcome.comment?.url ?? '');
  if (inputs.dryRun) core.info(`dry-run: the comment that would be posted:\n${outcome.commentBody}`);

  await core.summary
    .addRaw(
      planJobSummary({
        findings: outcome.findings,
        summary: outcome.summary,
        repo,
        headSha: pull.headSha,
        hiddenAnnotations: hidden,
      }),
    )
    .write();

  if (outcome.commentError) {
    core.error(commentFailure(outcome.commentError), { title: 'decision-register: no pull request comment' });
    await core.summary
      .addRaw(
        `\n> **The pull request comment could not be written:** ${quoteUserText(outcome.commentError)}\n`,
      )
      .write();
  }

  const { errors, warnings } = outcome.summary;
  core.info(`${errors} error(s), ${warnings} warning(s) in ${outcome.summary.files} register(s).`);
  if (shouldFail(outcome.summary, inputs.failOn)) {
    core.setFailed(
      `Decision register review: ${errors} error(s)${inputs.failOn === 'warning' ? ` and ${warnings} warning(s)` : ''} to fix.`,
    );
  }
}
