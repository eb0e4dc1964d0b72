import type { PlanningPort } from './planning-port.js';

/**
 * The one port through which every flow talks to GitHub. The Octokit adapter implements it over
 * HTTP; tests of flows may use an in-memory implementation. Methods throw `GitHubError` for
 * failures a flow must decide about (403, 404, 422); everything transient is retried inside.
 */
export interface GitHubPort {
  /** Files changed by a pull request, every page. */
  listChangedFiles(pull: number): Promise<ChangedFile[]>;
  /** Files changed between two commits (a push's before and after). */
  compareFiles(base: string, head: string): Promise<ChangedFile[]>;
  /** A file's bytes at a ref, or null when it does not exist there (or is not a file). */
  readFile(path: string, ref: string): Promise<Uint8Array | null>;
  /** Paths and blob shas of every file at a ref (one recursive tree listing). */
  listTree(ref: string): Promise<TreeEntry[]>;
  /** A blob's bytes. */
  readBlob(sha: string): Promise<Uint8Array>;

  /** Comments on an issue or pull request, every page, oldest first. */
  listComments(issue: number): Promise<Comment[]>;
  createComment(issue: number, body: string): Promise<Comment>;
  updateComment(id: number, body: string): Promise<Comment>;
  deleteComment(id: number): Promise<void>;

  /** Comments on a commit (no file position), every page; follow-up claims on a push live there. */
  listCommitComments(sha: string): Promise<Comment[]>;
  createCommitComment(sha: string, body: string): Promise<Comment>;
  updateCommitComment(id: number, body: string): Promise<Comment>;
  deleteCommitComment(id: number): Promise<void>;

  /**
   * Issues (never pull requests), open and closed, every page; only those with `label` and/or made
   * by `creator` when given. Never the Search API: its index lags and duplicates follow.
   */
  listIssues(label?: string, creator?: string): Promise<Issue[]>;
  createIssue(draft: IssueDraft): Promise<Issue>;
  updateIssue(number: number, patch: IssuePatch): Promise<Issue>;
  /** Creates the label if it is missing. False when that is forbidden (403) — callers warn. */
  ensureLabel(name: string): Promise<boolean>;
  /** True when the login can be assigned issues in this repo (204), false on 404. */
  isAssignable(login: string): Promise<boolean>;

  createCheckRun(run: CheckRunStart): Promise<number>;
  /**
   * The id of a check run on `headSha` named `name` that is not completed and carries
   * `externalId` (the run an earlier attempt of the same job created), if there is one.
   */
  findOpenCheckRun(headSha: string, name: string, externalId: string): Promise<number | undefined>;
  /** Updates a check run's output and keeps it in progress (an attempt failed; another follows). */
  updateCheckRunProgress(id: number, output: { title: string; summary: string }): Promise<void>;
  /** Completes a check run; annotations are sent in batches of 50, the Checks API limit. */
  completeCheckRun(id: number, result: CheckRunResult): Promise<void>;

  /** Commits files to a branch (created from the default branch when missing). */
  commitFiles(branch: string, message: string, files: { path: string; content: string }[]): Promise<string>;

  // --- Write-back (issues → register): the sync branch and its one pull request. ---
  /** The default branch's name and the commit it points at. */
  getDefaultBranch(): Promise<{ name: string; sha: string }>;
  /**
   * Points `branch` at one commit on `baseSha` holding `files`: a rebuild, never a commit on top.
   * Created when missing, force-moved otherwise; nothing is written when the tip already is that
   * (parent `baseSha`, same tree). A tip whose message lacks `marker` was made by someone else
   * and is never overwritten (`foreign`).
   */
  rebuildBranch(
    branch: string,
    baseSha: string,
    message: string,
    files: { path: string; content: string }[],
    marker: string,
  ): Promise<{ sha: string; outcome: 'created' | 'updated' | 'unchanged' | 'foreign' }>;
  /** Open pull requests whose head is `branch` of this repository. */
  listPullsFrom(branch: string): Promise<PullSummary[]>;
  /** Opens a pull request; 422 when one from `head` to `base` is open already (GitHub's own guard). */
  createPull(draft: { title: string; body: string; head: string; base: string }): Promise<PullSummary>;
  updatePull(
    number: number,
    patch: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PullSummary>;

  /** A pull request's state and head, or null when there is none with that number. */
  getPull(number: number): Promise<PullInfo | null>;
  /** Review comments (on lines of the diff) of a pull request, every page, oldest first. */
  listReviewComments(pull: number): Promise<ReviewComment[]>;
  /** Posts one review (event COMMENT) with line comments on `commitId`; 422 when a line is outside the diff. */
  createReview(pull: number, review: ReviewDraft): Promise<{ id: number }>;
  updateReviewComment(id: number, body: string): Promise<ReviewComment>;
  deleteReviewComment(id: number): Promise<void>;

  /** Sub-issues, dependencies and Projects (absent from stand-ins that only speak REST). */
  planning?: PlanningPort;
}

/** What a trusted job confirms about a pull request before it reports on it. */
export interface PullInfo {
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  baseSha: string;
}

/** A pull request as listed: who opened it decides whether the tool may touch it. */
export interface PullSummary {
  number: number;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  headRef: string;
  headSha: string;
  baseRef: string;
  author?: string;
  authorType?: string;
}

/** A comment on a line of a pull request's diff. */
export interface ReviewComment extends Comment {
  path: string;
  /** Last line (RIGHT side) it is on; null when GitHub no longer places it (outdated). */
  line: number | null;
  startLine: number | null;
}

/** A line comment of a review draft: lines of the head (RIGHT side). */
export interface ReviewCommentDraft {
  path: string;
  line: number;
  /** First line of a multi-line comment; absent for one line. */
  startLine?: number;
  body: string;
}

export interface ReviewDraft {
  commitId: string;
  body: string;
  comments: ReviewCommentDraft[];
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface ChangedFile {
  path: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previousPath?: string;
  /** The unified diff GitHub shows (absent for binary or very large files). */
  patch?: string;
}

export interface TreeEntry {
  path: string;
  sha: string;
  size?: number;
}

export interface Comment {
  id: number;
  url: string;
  body: string;
  author?: string;
  authorType?: string;
  createdAt: string;
}

export interface Issue {
  number: number;
  /** The global id (sub-issues take it, not the number). */
  id?: number;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  /** Who opened it: only issues this tool opened are ever touched. */
  author?: string;
  authorType?: string;
}

export interface IssueDraft {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

export interface IssuePatch {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'reopened';
  assignees?: string[];
  labels?: string[];
}

export interface CheckRunStart {
  name: string;
  headSha: string;
  /** Our own reference, found again by {@link GitHubPort.findOpenCheckRun}. */
  externalId?: string;
}

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title?: string;
}

export interface CheckRunResult {
  conclusion: 'success' | 'failure' | 'neutral' | 'action_required';
  title: string;
  summary: string;
  text?: string;
  annotations: CheckAnnotation[];
}

/** A GitHub answer a flow must handle: 403 forbidden, 404 missing, 422 invalid. */
export class GitHubError extends Error {
  override name = 'GitHubError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
