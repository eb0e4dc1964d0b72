import { existsSync, readFileSync } from 'node:fs';

/** The slice of the runner's context the Action reads: the event, the commit, the repo. */
export interface ActionContext {
  eventName: string;
  payload: Record<string, unknown>;
  sha: string;
  repo: { owner: string; repo: string };
  serverUrl: string;
}

/**
 * The runner's context from its environment, read as @actions/github's `context` reads it. Its
 * own copy: importing @actions/github would load undici, the bulk of the cold start, on every run.
 */
export function actionContext(env: Record<string, string | undefined> = process.env): ActionContext {
  const path = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (path && existsSync(path)) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`the event file ${path} is not JSON: ${(error as Error).message}`);
    }
  } else if (path) {
    process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist\n`);
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    // A getter, as in @actions/github: a run that skips need not have a repository.
    get repo() {
      return repoOf(env, payload);
    },
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
  };
}

function repoOf(env: Record<string, string | undefined>, payload: Record<string, unknown>) {
  if (env.GITHUB_REPOSITORY) {
    const [owner = '', repo = ''] = env.GITHUB_REPOSITORY.split('/');
    return { owner, repo };
  }
  const repository = payload.repository as { name?: string; owner?: { login?: string } } | undefined;
  if (repository?.name && repository.owner?.login)
    return { owner: repository.owner.login, repo: repository.name };
  throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
}
