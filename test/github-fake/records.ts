// Plain records the fake keeps. Routes render them into GitHub's JSON shapes at response time, so
// URLs follow the address (and /api/v3 prefix) of the request that asked.

/** Who did something: a user, a bot (`github-actions[bot]`, `my-app[bot]`) or an organisation. */
export interface Actor {
  login: string;
  type: 'User' | 'Bot' | 'Organization';
}

/** An issue, or the issue side of a pull request (`isPull`). */
export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  /** Label names, as attached. */
  labels: string[];
  /** Assignee logins. */
  assignees: string[];
  user: Actor;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  isPull: boolean;
}

/** A comment on an issue or pull request. */
export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: Actor;
  createdAt: string;
  updatedAt: string;
}

/** A comment on a commit (no file position). */
export interface CommitCommentRecord {
  id: number;
  commitId: string;
  body: string;
  user: Actor;
  createdAt: string;
  updatedAt: string;
}

/** A repository label. */
export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

/** One annotation of a check run's output, as sent. */
export interface AnnotationRecord {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
  start_column?: number;
  end_column?: number;
}

/** A check run with every annotation accumulated across its create and update calls. */
export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: AnnotationRecord[];
  /** Number of update calls (PATCH) received. */
  updates: number;
  app: Actor;
}

/** A changed file of a pull request, as `pulls/list-files` reports it. */
export interface ChangedFileRecord {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  sha?: string;
  additions?: number;
  deletions?: number;
  patch?: string;
}

/** A pull request. Its issue side (title, labels, comments) lives in the issues map. */
export interface PullRecord {
  number: number;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  /** Full name of the head repository; differs from the base repo for forks. */
  headRepo: string;
  state: 'open' | 'closed';
  merged: boolean;
  mergeCommitSha: string | null;
  draft: boolean;
  /** Explicit changed files; when absent they are computed from the base and head snapshots. */
  files?: ChangedFileRecord[];
}

/** A pull request review, as posted. */
export interface ReviewRecord {
  id: number;
  pullNumber: number;
  body: string;
  commitId: string;
  user: Actor;
  submittedAt: string;
}

/** A comment on a line (RIGHT side) of a pull request's diff, posted with a review. */
export interface ReviewCommentRecord {
  id: number;
  reviewId: number;
  pullNumber: number;
  path: string;
  line: number;
  startLine: number | null;
  body: string;
  commitId: string;
  user: Actor;
  createdAt: string;
  updatedAt: string;
}
