import { structuredPatch } from 'diff';
import { type CommitRecord, type FileChange, GitStore } from './git-store.js';
import { HookDeliveries } from './hook-deliveries.js';
import type {
  Actor,
  ChangedFileRecord,
  CheckRunRecord,
  CommentRecord,
  CommitCommentRecord,
  IssueRecord,
  LabelRecord,
  PullRecord,
  ReviewCommentRecord,
  ReviewRecord,
} from './records.js';

/** Everything the fake knows about one repository. */
export interface RepoState {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  ownerType: 'User' | 'Organization';
  defaultBranch: string;
  private: boolean;
  git: GitStore;
  issues: Map<number, IssueRecord>;
  comments: CommentRecord[];
  commitComments: CommitCommentRecord[];
  /** Lower-cased name → label (GitHub label names are case-insensitive). */
  labels: Map<string, LabelRecord>;
  checkRuns: CheckRunRecord[];
  pulls: Map<number, PullRecord>;
  reviews: ReviewRecord[];
  reviewComments: ReviewCommentRecord[];
  assignable: Set<string>;
}

/** Options for {@link FakeState.addRepo}. */
export interface RepoOptions {
  defaultBranch?: string;
  private?: boolean;
  ownerType?: 'User' | 'Organization';
}

/** A timestamp the way GitHub writes them: second precision, `Z`. */
export function githubTime(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A stable numeric id for a login (GitHub ids are numbers; tests only need them consistent). */
export function actorId(login: string): number {
  let hash = 7;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 90_000_000;
  return 10_000_000 + hash;
}

/**
 * The fake's whole state: repositories and the ids GitHub hands out globally (comments, labels,
 * check runs). Single-threaded JavaScript makes each route's read-modify-write atomic, so racing
 * requests get distinct, increasing ids.
 */
export class FakeState {
  readonly repos = new Map<string, RepoState>();
  /** The App's webhook delivery log (`/app/hook/deliveries`). */
  readonly hook = new HookDeliveries();
  private ids = {
    repo: 500_000,
    issue: 1_000_000,
    comment: 2_000_000,
    label: 3_000_000,
    check: 4_000_000,
    review: 5_000_000,
  };

  /** Next id of a kind; ids only ever increase. */
  nextId(kind: keyof FakeState['ids']): number {
    this.ids[kind] += 1;
    return this.ids[kind];
  }

  /** Adds a repository with one empty root commit on its default branch. */
  addRepo(fullName: string, options: RepoOptions = {}): RepoState {
    const [owner, name, extra] = fullName.split('/');
    if (!owner || !name || extra !== undefined)
      throw new Error(`repository must be "owner/name", got "${fullName}"`);
    if (this.repos.has(fullName.toLowerCase())) throw new Error(`repository ${fullName} already exists`);
    const defaultBranch = options.defaultBranch ?? 'main';
    const git = new GitStore();
    const root = git.commitFiles({}, undefined, 'Initial commit');
    git.refs.set(`refs/heads/${defaultBranch}`, root.sha);
    const repo: RepoState = {
      id: this.nextId('repo'),
      owner,
      name,
      fullName,
      ownerType: options.ownerType ?? 'Organization',
      defaultBranch,
      private: options.private ?? false,
      git,
      issues: new Map(),
      comments: [],
      commitComments: [],
      labels: new Map(),
      checkRuns: [],
      pulls: new Map(),
      reviews: [],
      reviewComments: [],
      assignable: new Set([owner.toLowerCase()]),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  /** The repository, or undefined (routes answer 404). */
  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** The repository; throws for scripting mistakes in tests. */
  repo(fullName: string): RepoState {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`unknown repository ${fullName}: call addRepo first`);
    return repo;
  }

  /** Commits files on a branch (default: the default branch) or on an explicit parent. */
  commit(
    repo: RepoState,
    files: Record<string, FileChange>,
    options: { parent?: string; branch?: string; message?: string } = {},
  ): CommitRecord {
    const branchRef = `refs/heads/${options.branch ?? repo.defaultBranch}`;
    const parent =
      options.parent ?? repo.git.refs.get(branchRef) ?? repo.git.refs.get(`refs/heads/${repo.defaultBranch}`);
    if (options.parent && !repo.git.commits.has(options.parent))
      throw new Error(`unknown parent ${options.parent}`);
    const record = repo.git.commitFiles(files, parent, options.message ?? 'Update files');
    // An explicit parent without a branch makes a detached commit; otherwise the branch moves.
    if (options.branch !== undefined || options.parent === undefined)
      repo.git.refs.set(branchRef, record.sha);
    return record;
  }

  /** The next issue/pull number: both share one sequence per repository. */
  nextNumber(repo: RepoState): number {
    let max = 0;
    for (const number of repo.issues.keys()) max = Math.max(max, number);
    return max + 1;
  }

  /** Creates an issue record (also the issue side of a pull request). */
  addIssue(repo: RepoState, fields: Partial<IssueRecord> & { title: string; user: Actor }): IssueRecord {
    const now = githubTime();
    const number = fields.number ?? this.nextNumber(repo);
    if (repo.issues.has(number)) throw new Error(`#${number} already exists in ${repo.fullName}`);
    const issue: IssueRecord = {
      id: this.nextId('issue'),
      number,
      body: null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      isPull: false,
      ...fields,
    };
    for (const label of issue.labels) this.ensureLabel(repo, label);
    repo.issues.set(number, issue);
    return issue;
  }

  /** Creates a comment with the next global id. */
  addComment(repo: RepoState, issueNumber: number, body: string, user: Actor): CommentRecord {
    const now = githubTime();
    const comment: CommentRecord = {
      id: this.nextId('comment'),
      issueNumber,
      body,
      user,
      createdAt: now,
      updatedAt: now,
    };
    repo.comments.push(comment);
    const issue = repo.issues.get(issueNumber);
    if (issue) issue.updatedAt = now;
    return comment;
  }

  /** The label, created with a default colour when missing (as issue creation does on GitHub). */
  ensureLabel(
    repo: RepoState,
    name: string,
    color = 'ededed',
    description: string | null = null,
  ): LabelRecord {
    const existing = repo.labels.get(name.toLowerCase());
    if (existing) return existing;
    const label: LabelRecord = { id: this.nextId('label'), name, color, description };
    repo.labels.set(name.toLowerCase(), label);
    return label;
  }

  /** Finds a comment by its global id in any repository. */
  findComment(id: number): { repo: RepoState; comment: CommentRecord } | undefined {
    for (const repo of this.repos.values()) {
      const comment = repo.comments.find((candidate) => candidate.id === id);
      if (comment) return { repo, comment };
    }
    return undefined;
  }

  /** Files changed between two commits, the way GitHub's pull request files list them. */
  diff(repo: RepoState, baseSha: string, headSha: string): ChangedFileRecord[] {
    const base = repo.git.commits.get(baseSha)?.files ?? new Map();
    const head = repo.git.commits.get(headSha)?.files ?? new Map();
    const textOf = (sha: string | undefined) =>
      sha ? (repo.git.blobs.get(sha)?.toString('utf8') ?? '') : '';
    const lines = (sha: string | undefined) => textOf(sha).split('\n');
    const changed: ChangedFileRecord[] = [];
    for (const [path, entry] of head) {
      const before = base.get(path);
      if (before?.sha === entry.sha) continue;
      const { additions, deletions } = lineStats(before ? lines(before.sha) : [], lines(entry.sha));
      changed.push({
        filename: path,
        status: before ? 'modified' : 'added',
        sha: entry.sha,
        additions,
        deletions,
        patch: patchOf(textOf(before?.sha), textOf(entry.sha)),
      });
    }
    for (const [path, entry] of base) {
      if (!head.has(path)) {
        changed.push({
          filename: path,
          status: 'removed',
          sha: entry.sha,
          additions: 0,
          deletions: lines(entry.sha).length,
        });
      }
    }
    return changed.sort((a, b) => (a.filename < b.filename ? -1 : 1));
  }
}

/** The unified diff hunks GitHub puts in a changed file's `patch` (no file header lines). */
export function patchOf(before: string, after: string): string {
  const { hunks } = structuredPatch('a', 'b', before, after, '', '', { context: 3 });
  return hunks
    .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
    .join('\n');
}

/** Lines added and removed between two texts, counted as multisets (no alignment; enough for stats). */
function lineStats(before: string[], after: string[]): { additions: number; deletions: number } {
  const counts = new Map<string, number>();
  for (const line of before) counts.set(line, (counts.get(line) ?? 0) + 1);
  let additions = 0;
  for (const line of after) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else additions += 1;
  }
  let deletions = 0;
  for (const left of counts.values()) deletions += left;
  return { additions, deletions };
}
