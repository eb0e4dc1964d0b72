/** Where the Action runs: the repo, the server for links, and the date rules' "today". */
export interface RepoContext {
  owner: string;
  repo: string;
  serverUrl: string;
  today: string;
}

/** Builds the repo context from the runner's environment (via @actions/github's context). */
export function repoContext(
  context: { repo: { owner: string; repo: string }; serverUrl: string },
  today: string | undefined,
): RepoContext {
  return {
    owner: context.repo.owner,
    repo: context.repo.repo,
    serverUrl: context.serverUrl,
    today: today ?? new Date().toISOString().slice(0, 10),
  };
}
