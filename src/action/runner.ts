import * as core from '@actions/core';
import { ConfigError } from '../config/config.js';
import { loadRepoConfig } from '../flows/load-repo-config.js';
import { GitHubError } from '../github/github-port.js';
import { createOctokitPort } from '../github/octokit/octokit-port.js';
import { authoredBy } from '../github/sticky-comment.js';
import { actionContext } from './action-context.js';
import { actionLogger } from './action-logger.js';
import { createOctokit } from './create-octokit.js';
import { type ActionInputs, InputError, readInputs } from './inputs.js';
import { pickMode } from './pick-mode.js';
import { repoContext } from './repo-context.js';
import { resolveBotLogin } from './resolve-bot-login.js';

// Modes are imported when chosen, so a run loads only what its mode needs (cold start matters:
// the runner starts a fresh process for every step).

/**
 * The Action: inputs and event in; comment, issues, annotations, summary, outputs and exit
 * status out. Every failure ends as one `core.setFailed` line, never a stack trace.
 */
export async function runAction(): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs((name) => core.getInput(name));
  } catch (error) {
    core.setFailed((error as Error).message);
    return;
  }
  core.setSecret(inputs.token);
  try {
    await dispatch(inputs);
  } catch (error) {
    if (error instanceof ConfigError) core.setFailed(`Config ${inputs.configPath}: ${error.message}`);
    else if (error instanceof GitHubError || error instanceof InputError) core.setFailed(error.message);
    else {
      core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
      core.setFailed(`decision-register failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function dispatch(inputs: ActionInputs): Promise<void> {
  const context = actionContext();
  const mode = pickMode(inputs.mode, context.eventName, context.payload as Parameters<typeof pickMode>[2]);
  if (mode.kind === 'skip') {
    core.info(mode.reason);
    return;
  }
  const repo = repoContext(context, inputs.today);
  const octokit = await createOctokit(inputs.token, actionLogger);
  const port = createOctokitPort(octokit, repo);

  if (mode.kind === 'review') {
    const config = await loadRepoConfig(port, inputs.configPath, mode.pull.baseSha, actionLogger);
    const isOurs = authoredBy(
      await resolveBotLogin(octokit, inputs.token, process.env.GITHUB_GRAPHQL_URL || undefined),
    );
    const { reviewMode } = await import('./review-mode.js');
    await reviewMode(inputs, repo, mode.pull, port, config, isOurs);
  } else if (mode.kind === 'report') {
    const isOurs = authoredBy(await resolveBotLogin(octokit, inputs.token));
    const { reportMode } = await import('./report-mode.js');
    await reportMode(inputs, repo, mode.run, port, isOurs);
  } else if (mode.kind === 'follow-ups') {
    const config = await loadRepoConfig(port, inputs.configPath, mode.merge.sha, actionLogger);
    const login = await resolveBotLogin(octokit, inputs.token, process.env.GITHUB_GRAPHQL_URL || undefined);
    const { followUpsMode } = await import('./follow-ups-mode.js');
    await followUpsMode(inputs, repo, mode.merge, port, config, authoredBy(login), login);
  } else if (mode.kind === 'write-back') {
    const config = await loadRepoConfig(port, inputs.configPath, context.sha, actionLogger);
    const login = await resolveBotLogin(octokit, inputs.token, process.env.GITHUB_GRAPHQL_URL || undefined);
    const { writeBackMode } = await import('./write-back-mode.js');
    await writeBackMode(inputs, repo, mode.issue, port, config, authoredBy(login), login);
  } else {
    const config = await loadRepoConfig(port, inputs.configPath, context.sha, actionLogger);
    // agenda and remind keep issues of their own: only issues by our login are theirs.
    const isOurs = authoredBy(
      mode.kind === 'dashboard'
        ? undefined
        : await resolveBotLogin(octokit, inputs.token, process.env.GITHUB_GRAPHQL_URL || undefined),
    );
    const { scheduledModes } = await import('./scheduled-modes.js');
    await scheduledModes(mode.kind, inputs, repo, context.sha, port, config, isOurs);
  }
}
