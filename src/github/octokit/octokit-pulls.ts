import type { ChangedFile, GitHubPort } from '../github-port.js';
import type { PortContext } from './port-context.js';
import { toReviewComment } from './rest-shapes.js';

/** The pull request, its files and its review comments. */
export function pullMethods(
  ctx: PortContext,
): Pick<
  GitHubPort,
  | 'listChangedFiles'
  | 'getPull'
  | 'listReviewComments'
  | 'createReview'
  | 'updateReviewComment'
  | 'deleteReviewComment'
> {
  const { octokit, base, call, orNull } = ctx;
  return {
    async listChangedFiles(pull) {
      const files = await call(`list files of #${pull}`, () =>
        octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
          ...base,
          pull_number: pull,
          per_page: 100,
        }),
      );
      return files.map(
        (file): ChangedFile => ({
          path: file.filename,
          status: file.status,
          ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
          ...(typeof file.patch === 'string' ? { patch: file.patch } : {}),
        }),
      );
    },

    async getPull(number) {
      const pull = await call(`read pull request #${number}`, () =>
        orNull(() =>
          octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...base, pull_number: number }),
        ),
      );
      if (!pull) return null;
      const { data } = pull;
      return {
        number: data.number,
        state: data.state === 'open' ? 'open' : 'closed',
        headSha: data.head.sha,
        baseSha: data.base.sha,
      };
    },

    async listReviewComments(pull) {
      const comments = await call(`list review comments of #${pull}`, () =>
        octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
          ...base,
          pull_number: pull,
          per_page: 100,
        }),
      );
      return comments.map(toReviewComment);
    },

    async createReview(pull, review) {
      const { data } = await call(`review #${pull}`, () =>
        octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
          ...base,
          pull_number: pull,
          commit_id: review.commitId,
          event: 'COMMENT',
          body: review.body,
          comments: review.comments.map((c) => ({
            path: c.path,
            body: c.body,
            line: c.line,
            side: 'RIGHT' as const,
            ...(c.startLine !== undefined && c.startLine < c.line
              ? { start_line: c.startLine, start_side: 'RIGHT' as const }
              : {}),
          })),
        }),
      );
      return { id: data.id };
    },

    async updateReviewComment(id, body) {
      const { data } = await call(`update review comment ${id}`, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
          ...base,
          comment_id: id,
          body,
        }),
      );
      return toReviewComment(data);
    },

    async deleteReviewComment(id) {
      await call(`delete review comment ${id}`, () =>
        octokit.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
          ...base,
          comment_id: id,
        }),
      );
    },
  };
}
