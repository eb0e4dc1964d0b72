import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import { syncRegisterPull } from '../flows/write-back/sync-register-pull.js';
import { GitHubError, type GitHubPort } from '../github/github-port.js';
import type { AuthorCheck } from '../github/sticky-comment.js';
import type { IssuesFor } from '../plan/follow-ups/plan-follow-ups.js';
import { actionLogger } from './action-logger.js';
import type { ActionInputs } from './inputs.js';
import type { RepoContext } from './repo-context.js';

/** `issues` closed or reopened: when it is one of our follow-up issues, the sync pull request. */
export async function writeBackMode(
  inputs: ActionInputs,
  repo: RepoContext,
  issue: { number: number; author: string; action: string },
  port: GitHubPort,
  config: Config,
  isOurs: AuthorCheck,
  login: string | undefined,
): Promise<void> {
  if (!isOurs({ author: issue.author })) {
    core.info(
      `#${issue.number} was not opened by this tool (${issue.author || 'unknown author'}): nothing to write back.`,
    );
    return;
  }
  core.info(`#${issue.number} was ${issue.action}: writing the register's side.`);
  await runWriteBack(port, repo, config, inputs.issuesFor, isOurs, login);
}

/** Runs the sync and reports it; a missing permission (403) is one warning line, never a failure. */
export async function runWriteBack(
  port: GitHubPort,
  repo: RepoContext,
  config: Config,
  issuesFor: IssuesFor,
  isOurs: AuthorCheck,
  login: string | undefined,
): Promise<void> {
  try {
    const outcome = await syncRegisterPull({
      port,
      repo,
      config,
      issuesFor,
      identity: { isOurs, ...(login ? { login } : {}) },
      log: actionLogger,
    });
    if (outcome.pull) {
      core.setOutput('sync-pull-request', outcome.pull.url);
      core.info(`Sync pull request: ${outcome.pull.url} (${outcome.plan?.changes.length ?? 0} item(s)).`);
    } else if (outcome.skipped) core.info(`No sync pull request: ${outcome.skipped}.`);
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 403)) throw error;
    core.warning(
      'Could not write back to the register (403): grant contents: write and pull-requests: write, and allow GitHub Actions to create pull requests (Settings → Actions → General).',
    );
  }
}
