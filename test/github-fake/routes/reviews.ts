import { paginate } from '../pagination.js';
import type { ReviewCommentRecord, ReviewRecord } from '../records.js';
import { nodeId, renderUser } from '../render-common.js';
import { authorAssociation } from '../render-issues.js';
import { githubTime } from '../state.js';
import {
  callerActor,
  intParam,
  notFound,
  type RepoContext,
  type RepoRouteHandler,
  validationFailed,
} from './types.js';

const DOCS = 'https://docs.github.com/rest/pulls';

/**
 * Hunks of a changed file's patch as RIGHT-side line ranges. GitHub accepts a review comment
 * only on a line inside one hunk (context or added), and a multi-line one only within one hunk.
 */
function hunksOf(patch: string | undefined): Array<{ lines: Set<number> }> {
  const hunks: Array<{ lines: Set<number> }> = [];
  let line = 0;
  let current: { lines: Set<number> } | undefined;
  for (const text of (patch ?? '').split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      current = { lines: new Set() };
      hunks.push(current);
      line = Number(header[1]);
    } else if (current && (text.startsWith(' ') || text.startsWith('+'))) {
      current.lines.add(line++);
    }
  }
  return hunks;
}

function renderReview(ctx: RepoContext, review: ReviewRecord) {
  const html = `${ctx.links.web}/${ctx.repo.fullName}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  return {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: renderUser(review.user, ctx.links),
    body: review.body,
    state: 'COMMENTED',
    html_url: html,
    pull_request_url: `${ctx.links.api}/repos/${ctx.repo.fullName}/pulls/${review.pullNumber}`,
    _links: {
      html: { href: html },
      pull_request: { href: `${ctx.links.api}/repos/${ctx.repo.fullName}/pulls/${review.pullNumber}` },
    },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
    author_association: authorAssociation(ctx.repo, review.user),
  };
}

function renderReviewComment(ctx: RepoContext, c: ReviewCommentRecord) {
  const api = `${ctx.links.api}/repos/${ctx.repo.fullName}`;
  const html = `${ctx.links.web}/${ctx.repo.fullName}/pull/${c.pullNumber}#discussion_r${c.id}`;
  return {
    url: `${api}/pulls/comments/${c.id}`,
    pull_request_review_id: c.reviewId,
    id: c.id,
    node_id: nodeId('PullRequestReviewComment', c.id),
    diff_hunk: '@@',
    path: c.path,
    position: 1,
    original_position: 1,
    commit_id: c.commitId,
    original_commit_id: c.commitId,
    user: renderUser(c.user, ctx.links),
    body: c.body,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: html,
    pull_request_url: `${api}/pulls/${c.pullNumber}`,
    author_association: authorAssociation(ctx.repo, c.user),
    _links: {
      self: { href: `${api}/pulls/comments/${c.id}` },
      html: { href: html },
      pull_request: { href: `${api}/pulls/${c.pullNumber}` },
    },
    start_line: c.startLine,
    original_start_line: c.startLine,
    start_side: c.startLine === null ? null : 'RIGHT',
    line: c.line,
    original_line: c.line,
    side: 'RIGHT',
  };
}

const createReview: RepoRouteHandler = (ctx) => {
  const pull = ctx.repo.pulls.get(intParam(ctx.params.pull_number, -1));
  if (!pull) return notFound(`${DOCS}/reviews#create-a-review-for-a-pull-request`);
  const commitId = String(ctx.body.commit_id ?? pull.headSha);
  if (!ctx.repo.git.commits.has(commitId))
    return validationFailed([], 'Unprocessable Entity: commit_id is not part of the pull request');
  const files = pull.files ?? ctx.state.diff(ctx.repo, pull.baseSha, pull.headSha);
  const drafts = (ctx.body.comments ?? []) as Array<Record<string, unknown>>;
  for (const draft of drafts) {
    const file = files.find((f) => f.filename === draft.path);
    const line = Number(draft.line);
    const start = draft.start_line === undefined ? line : Number(draft.start_line);
    const hunk = hunksOf(file?.patch).find((h) => h.lines.has(line));
    const sides = [draft.side ?? 'RIGHT', draft.start_side ?? draft.side ?? 'RIGHT'];
    const inHunk =
      hunk !== undefined &&
      start <= line &&
      [...Array(line - start + 1).keys()].every((k) => hunk.lines.has(start + k));
    if (!file || !inHunk || sides.some((side) => side !== 'RIGHT')) {
      // This operation's 422 is validation-error-simple: errors are strings (GitHub's own text).
      return validationFailed(
        [
          "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank",
        ],
        'Unprocessable Entity',
      );
    }
  }
  const now = githubTime();
  const user = callerActor(ctx);
  const review: ReviewRecord = {
    id: ctx.state.nextId('review'),
    pullNumber: pull.number,
    body: String(ctx.body.body ?? ''),
    commitId,
    user,
    submittedAt: now,
  };
  ctx.repo.reviews.push(review);
  for (const draft of drafts) {
    const line = Number(draft.line);
    const start = draft.start_line === undefined ? null : Number(draft.start_line);
    ctx.repo.reviewComments.push({
      id: ctx.state.nextId('comment'),
      reviewId: review.id,
      pullNumber: pull.number,
      path: String(draft.path),
      line,
      startLine: start !== null && start < line ? start : null,
      body: String(draft.body),
      commitId,
      user,
      createdAt: now,
      updatedAt: now,
    });
  }
  return { status: 200, body: renderReview(ctx, review) };
};

const listReviewComments: RepoRouteHandler = (ctx) => {
  const number = intParam(ctx.params.pull_number, -1);
  if (!ctx.repo.pulls.has(number)) return notFound(`${DOCS}/comments#list-review-comments-on-a-pull-request`);
  const comments = ctx.repo.reviewComments.filter((c) => c.pullNumber === number).sort((a, b) => a.id - b.id);
  const page = paginate(comments, ctx.query, ctx.links, ctx.path);
  return { status: 200, body: page.items.map((c) => renderReviewComment(ctx, c)), headers: page.headers };
};

function findReviewComment(ctx: RepoContext) {
  const id = intParam(ctx.params.comment_id, -1);
  return ctx.repo.reviewComments.find((c) => c.id === id);
}

const updateReviewComment: RepoRouteHandler = (ctx) => {
  const comment = findReviewComment(ctx);
  if (!comment) return notFound(`${DOCS}/comments#update-a-review-comment-for-a-pull-request`);
  comment.body = String(ctx.body.body);
  comment.updatedAt = githubTime();
  return { status: 200, body: renderReviewComment(ctx, comment) };
};

const deleteReviewComment: RepoRouteHandler = (ctx) => {
  const comment = findReviewComment(ctx);
  if (!comment) return notFound(`${DOCS}/comments#delete-a-review-comment-for-a-pull-request`);
  ctx.repo.reviewComments.splice(ctx.repo.reviewComments.indexOf(comment), 1);
  return { status: 204 };
};

/** Pull request review routes by operationId. */
export const reviewRoutes: Record<string, RepoRouteHandler> = {
  'pulls/create-review': createReview,
  'pulls/list-review-comments': listReviewComments,
  'pulls/update-review-comment': updateReviewComment,
  'pulls/delete-review-comment': deleteReviewComment,
};
