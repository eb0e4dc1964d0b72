import type { GitHubPort } from '../github-port.js';
import type { PortContext } from './port-context.js';
import { toComment } from './rest-shapes.js';

/** Comments on issues, pull requests and commits. */
export function commentMethods(
  ctx: PortContext,
): Pick<
  GitHubPort,
  | 'listComments'
  | 'createComment'
  | 'updateComment'
  | 'deleteComment'
  | 'listCommitComments'
  | 'createCommitComment'
  | 'updateCommitComment'
  | 'deleteCommitComment'
> {
  const { octokit, base, call } = ctx;
  return {
    async listComments(issue) {
      const comments = await call(`list comments of #${issue}`, () =>
        octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...base,
          issue_number: issue,
          per_page: 100,
        }),
      );
      return comments.map(toComment);
    },

    async createComment(issue, body) {
      const { data } = await call(`comment on #${issue}`, () =>
        octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...base,
          issue_number: issue,
          body,
          // One quick retry, not 14 s of them: a duplicate from a lost answer is removed by the
          // sticky comment's re-list, and a comment that cannot be written costs no findings.
          // (plugin-retry then also repeats a 403/422 once, at once: one wasted request.)
          request: { retries: 1 },
        }),
      );
      return toComment(data);
    },

    async updateComment(id, body) {
      const { data } = await call(`update comment ${id}`, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          ...base,
          comment_id: id,
          body,
        }),
      );
      return toComment(data);
    },

    async deleteComment(id) {
      await call(`delete comment ${id}`, () =>
        octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          ...base,
          comment_id: id,
        }),
      );
    },

    async listCommitComments(sha) {
      const comments = await call(`list comments of ${sha.slice(0, 7)}`, () =>
        octokit.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/comments', {
          ...base,
          commit_sha: sha,
          per_page: 100,
        }),
      );
      return comments.map(toComment);
    },

    async createCommitComment(sha, body) {
      const { data } = await call(`comment on ${sha.slice(0, 7)}`, () =>
        octokit.request('POST /repos/{owner}/{repo}/commits/{commit_sha}/comments', {
          ...base,
          commit_sha: sha,
          body,
        }),
      );
      return toComment(data);
    },

    async updateCommitComment(id, body) {
      const { data } = await call(`update commit comment ${id}`, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/comments/{comment_id}', {
          ...base,
          comment_id: id,
          body,
        }),
      );
      return toComment(data);
    },

    async deleteCommitComment(id) {
      await call(`delete commit comment ${id}`, () =>
        octokit.request('DELETE /repos/{owner}/{repo}/comments/{comment_id}', { ...base, comment_id: id }),
      );
    },
  };
}
