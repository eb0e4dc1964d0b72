import type {
  CheckRunRecord,
  CommentRecord,
  CommitCommentRecord,
  IssueRecord,
  LabelRecord,
  PullRecord,
  ReviewCommentRecord,
  ReviewRecord,
} from './records.js';
import type { RepoState } from './state.js';

/** A commit as a snapshot lists it. */
export interface CommitSummary {
  sha: string;
  parents: string[];
  message: string;
  tree: string;
  /** Paths of every file in the commit. */
  files: string[];
}

/** A deep copy of one repository's state, for assertions (mutating it changes nothing). */
export interface RepoSnapshot {
  /** Issues and the issue side of pull requests (`isPull`), by number. */
  issues: IssueRecord[];
  /** Comments in id order, each with its `issueNumber`, author and body. */
  comments: CommentRecord[];
  /** Comments on commits, in id order. */
  commitComments: CommitCommentRecord[];
  labels: LabelRecord[];
  /** Check runs in id order; `annotations` accumulates every create/update call. */
  checkRuns: CheckRunRecord[];
  pulls: PullRecord[];
  /** Pull request reviews and their line comments, in id order. */
  reviews: ReviewRecord[];
  reviewComments: ReviewCommentRecord[];
  /** Full ref name (refs/heads/main) → sha. */
  refs: Record<string, string>;
  commits: CommitSummary[];
}

/** Copies a repository's state. */
export function snapshotRepo(repo: RepoState): RepoSnapshot {
  return structuredClone({
    issues: [...repo.issues.values()].sort((a, b) => a.number - b.number),
    comments: [...repo.comments].sort((a, b) => a.id - b.id),
    commitComments: [...repo.commitComments].sort((a, b) => a.id - b.id),
    labels: [...repo.labels.values()].sort((a, b) => a.id - b.id),
    checkRuns: [...repo.checkRuns].sort((a, b) => a.id - b.id),
    pulls: [...repo.pulls.values()].sort((a, b) => a.number - b.number),
    reviews: [...repo.reviews].sort((a, b) => a.id - b.id),
    reviewComments: [...repo.reviewComments].sort((a, b) => a.id - b.id),
    refs: Object.fromEntries(repo.git.refs),
    commits: [...repo.git.commits.values()].map((commit) => ({
      sha: commit.sha,
      parents: commit.parents,
      message: commit.message,
      tree: commit.tree,
      files: [...commit.files.keys()].sort(),
    })),
  });
}
