import type { Actor, ChangedFileRecord } from './records.js';
import { type FakeState, githubTime, type RepoState } from './state.js';

/** Options of {@link GitHubFake.addPull}. */
export interface PullOptions {
  /** Default: the next free issue/pull number. */
  number?: number;
  headSha: string;
  baseSha: string;
  headRef?: string;
  baseRef?: string;
  title?: string;
  body?: string;
  /** Author login; default `octocat`. */
  user?: string;
  /** Head repository full name, or true for `<user>/<repo>` (a fork). Default: the repository itself. */
  fork?: boolean | string;
  state?: 'open' | 'closed';
  merged?: boolean;
  mergeCommitSha?: string | null;
  /** Alias of mergeCommitSha, spelled as in GitHub's JSON. */
  merge_commit_sha?: string | null;
  draft?: boolean;
  labels?: string[];
  /** Changed files as listed by pulls/list-files; default: computed from the base and head snapshots. */
  files?: ChangedFileRecord[];
}

/** Options of {@link GitHubFake.addIssue}. */
export interface IssueOptions {
  title: string;
  body?: string;
  labels?: string[];
  assignees?: string[];
  state?: 'open' | 'closed';
  /** Author login (a User) or actor; default `octocat`. */
  user?: string | Actor;
  number?: number;
}

/** An actor from a login (`x[bot]` is a Bot) or as given. */
export function actorOf(user: string | Actor | undefined, fallback = 'octocat'): Actor {
  if (user === undefined) return { login: fallback, type: 'User' };
  if (typeof user !== 'string') return user;
  return { login: user, type: user.endsWith('[bot]') ? 'Bot' : 'User' };
}

/** Adds a pull request and its issue side (they share the number space); returns the number. */
export function seedPull(model: FakeState, repo: RepoState, options: PullOptions): number {
  const user = actorOf(options.user);
  const merged = options.merged ?? false;
  const state = options.state ?? (merged ? 'closed' : 'open');
  const issue = model.addIssue(repo, {
    ...(options.number !== undefined ? { number: options.number } : {}),
    title: options.title ?? `Pull request ${options.headRef ?? 'feature'}`,
    body: options.body ?? null,
    labels: options.labels ?? [],
    user,
    state,
    closedAt: state === 'closed' ? githubTime() : null,
    isPull: true,
  });
  const headRepo =
    typeof options.fork === 'string'
      ? options.fork
      : options.fork
        ? `${user.login}/${repo.name}`
        : repo.fullName;
  repo.pulls.set(issue.number, {
    number: issue.number,
    headSha: options.headSha,
    baseSha: options.baseSha,
    headRef: options.headRef ?? 'feature',
    baseRef: options.baseRef ?? repo.defaultBranch,
    headRepo,
    state,
    merged,
    mergeCommitSha: options.mergeCommitSha ?? options.merge_commit_sha ?? null,
    draft: options.draft ?? false,
    ...(options.files ? { files: options.files } : {}),
  });
  return issue.number;
}

/** Adds an issue; returns its number. */
export function seedIssue(model: FakeState, repo: RepoState, options: IssueOptions): number {
  const state = options.state ?? 'open';
  return model.addIssue(repo, {
    ...(options.number !== undefined ? { number: options.number } : {}),
    title: options.title,
    body: options.body ?? null,
    labels: options.labels ?? [],
    assignees: options.assignees ?? [],
    user: actorOf(options.user),
    state,
    stateReason: state === 'closed' ? 'completed' : null,
    closedAt: state === 'closed' ? githubTime() : null,
  }).number;
}
