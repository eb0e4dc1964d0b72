import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { REPORT_MAX_BYTES, readReportArtifact } from '../check/report-artifact.js';
import { reportPullRequest, type TriggeringRun } from '../flows/review/report-pull-request.js';
import type { GitHubPort } from '../github/github-port.js';
import type { AuthorCheck } from '../github/sticky-comment.js';
import { shouldFail } from '../plan/review/verdict.js';
import { actionLogger } from './action-logger.js';
import type { ActionInputs } from './inputs.js';
import type { RepoContext } from './repo-context.js';

/** The file the review mode writes into `artifact-dir` and the report mode reads from it. */
export const REPORT_FILE = 'decision-register-report.json';

/**
 * workflow_run (trusted) job: reads the untrusted job's artifact from `artifact-dir` (where
 * actions/download-artifact put it), refuses it unless it passes every check, and posts the
 * comment, suggestions and check run on the confirmed pull request. Runs no PR code.
 */
export async function reportMode(
  inputs: ActionInputs,
  repo: RepoContext,
  run: TriggeringRun,
  port: GitHubPort,
  isOurs: AuthorCheck,
): Promise<void> {
  const dir = inputs.artifactDir || 'decision-register-report';
  const base = process.env.GITHUB_WORKSPACE || process.cwd();
  const path = join(isAbsolute(dir) ? dir : resolve(base, dir), REPORT_FILE);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) {
    core.setFailed(
      `The report artifact is refused: ${REPORT_FILE} was not found in ${dir}. Nothing was posted.`,
    );
    return;
  }
  if (info.size > REPORT_MAX_BYTES) {
    core.setFailed(
      `The report artifact is refused: it is ${info.size} bytes, over the ${REPORT_MAX_BYTES}-byte cap. Nothing was posted.`,
    );
    return;
  }
  const read = readReportArtifact(await readFile(path), `${repo.owner}/${repo.repo}`);
  if (!read.ok) {
    core.setFailed(read.reason);
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
    log: actionLogger,
  });
  if (!outcome.ok) {
    core.setFailed(outcome.reason);
    return;
  }
  core.setOutput('errors', outcome.summary.errors);
  core.setOutput('warnings', outcome.summary.warnings);
  core.setOutput('comment-url', outcome.comment.url);
  core.info(
    `Reported ${outcome.findings.length} finding(s) on #${read.report.pull.number}: comment ${outcome.comment.action}, check ${outcome.conclusion}.`,
  );
  if (shouldFail(outcome.summary, inputs.failOn))
    core.setFailed(`Decision register review: ${outcome.summary.errors} error(s) to fix.`);
}
