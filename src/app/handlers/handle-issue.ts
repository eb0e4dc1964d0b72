import type { Context } from 'probot';
import type { Config } from '../../config/config.js';
import { syncRegisterPull } from '../../flows/write-back/sync-register-pull.js';
import { GitHubError, type GitHubPort } from '../../github/github-port.js';
import type { IssuesFor } from '../../plan/follow-ups/plan-follow-ups.js';
import { appLogger } from '../app-logger.js';
import { CONFIG_FILE, CONFIG_PATH, loadAppConfig } from '../load-app-config.js';
import { type EventDeps, eventPort, eventRepo, ourComments, ourLogin } from './event-deps.js';

/**
 * `issues.closed` / `issues.reopened` of a follow-up issue this app opened: the sync pull request
 * from `decision-register/sync` says so in the register. Issues anyone else opened, pull
 * requests and events the app caused itself are ignored before any request is made.
 */
export async function handleIssueChange(
  context: Context<'issues.closed'> | Context<'issues.reopened'>,
  deps: EventDeps,
): Promise<void> {
  const { issue, sender } = context.payload;
  const login = (await deps.identity())?.login;
  if (!login || issue.user?.login !== login || 'pull_request' in issue) {
    context.log.info(`#${issue.number} is not a follow-up issue of this app: nothing to write back.`);
    return;
  }
  if (sender.login === login) {
    // The app closed or reopened it because the register said so: the register agrees already.
    context.log.info(`#${issue.number} was ${context.payload.action} by this app: nothing to write back.`);
    return;
  }
  const log = appLogger(context.log);
  const repo = eventRepo(context.payload.repository as Parameters<typeof eventRepo>[0]);
  const loaded = await loadAppConfig(
    () => deps.config(`${repo.owner}/${repo.repo}`, () => context.config(CONFIG_FILE)),
    deps.settings,
  );
  if (!loaded.ok) {
    log.warning(`${repo.owner}/${repo.repo} ${CONFIG_PATH}: ${loaded.problem}; nothing written back.`);
    return;
  }
  await writeBackForApp(eventPort(context, repo), repo, loaded.config, loaded.settings.issuesFor, deps, log);
}

/** The sync pull request for the app (also after a merge opened issues, for their numbers). */
export async function writeBackForApp(
  port: GitHubPort,
  repo: ReturnType<typeof eventRepo>,
  config: Config,
  issuesFor: IssuesFor,
  deps: EventDeps,
  log: ReturnType<typeof appLogger>,
): Promise<void> {
  let outcome: Awaited<ReturnType<typeof syncRegisterPull>>;
  try {
    outcome = await syncRegisterPull({
      port,
      repo,
      config,
      issuesFor,
      identity: { isOurs: await ourComments(deps), ...(await ourLogin(deps)) },
      log,
    });
  } catch (error) {
    if (!(error instanceof GitHubError && error.status === 403)) throw error;
    // An installation that has not accepted contents/pull requests write yet: say so, don't retry.
    log.warning(
      `${repo.owner}/${repo.repo}: could not write back (403): grant the app contents and pull requests write.`,
    );
    return;
  }
  if (outcome.pull)
    log.info(`Sync pull request ${outcome.pull.url} (${outcome.plan?.changes.length ?? 0} item(s)).`);
  else if (outcome.skipped) log.info(`No sync pull request: ${outcome.skipped}.`);
}
