import { commitFiles } from './commit-files.js';
import type {
  ChangedFile,
  CheckRunResult,
  CheckRunStart,
  GitHubPort,
  IssueDraft,
  IssuePatch,
  RepoRef,
  TreeEntry,
} from './github-port.js';
import { GitHubError } from './github-port.js';
import { messageOf, type OctokitLike, statusOf } from './octokit-like.js';
import { toComment, toIssue, toReviewComment } from './rest-shapes.js';

/** The Checks API takes at most 50 annotations per request. */
export const CHECK_ANNOTATION_BATCH = 50;

/**
 * The GitHub port over Octokit. Retries and throttling belong to the Octokit instance (the
 * shells build it with plugin-retry and plugin-throttling); this adapter only maps REST shapes to
 * the port's and turns the answers a flow must decide about into `GitHubError`.
 */
export function createOctokitPort(octokit: OctokitLike, repo: RepoRef): GitHubPort {
  const { owner, repo: name } = repo;
  const base = { owner, repo: name };

  const call = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof GitHubError) {
        error.message = `${what}: ${error.message}`;
        throw error;
      }
      const status = statusOf(error);
      if (status === undefined) throw error;
      const message = messageOf(error);
      throw new GitHubError(
        status,
        `${what}: ${message}${message.includes(`HTTP ${status}`) ? '' : ` (HTTP ${status})`}`,
      );
    }
  };
  const orNull = async <T>(run: () => Promise<T>): Promise<T | null> => {
    try {
      return await run();
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  };

  const readBlob = async (sha: string): Promise<Uint8Array> => {
    const { data } = await call(`read blob ${sha}`, () =>
      octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...base, file_sha: sha }),
    );
    return Buffer.from(data.content ?? '', data.encoding === 'base64' ? 'base64' : 'utf8');
  };

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

    async compareFiles(baseSha, headSha) {
      const files: ChangedFile[] = [];
      // The compare endpoint pages its files (100 a page, 3,000 at most) but has no Link-based pagination.
      for (let page = 1; page <= 30; page++) {
        const { data } = await call(`compare ${baseSha.slice(0, 7)}...${headSha.slice(0, 7)}`, () =>
          octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            ...base,
            basehead: `${baseSha}...${headSha}`,
            per_page: 100,
            page,
          }),
        );
        const batch: { filename: string; status: ChangedFile['status']; previous_filename?: string }[] =
          data.files ?? [];
        for (const file of batch) {
          files.push({
            path: file.filename,
            status: file.status,
            ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
          });
        }
        if (batch.length < 100) break;
      }
      return files;
    },

    async readFile(path, ref) {
      const data = await call(`read ${path}@${ref.slice(0, 7)}`, () =>
        orNull(async () => {
          const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            ...base,
            path,
            ref,
          });
          return response.data;
        }),
      );
      if (data === null || Array.isArray(data) || data.type !== 'file') return null;
      // Files over 1 MB come back without content; their blob still has it.
      if (data.encoding === 'none' || (data.content === '' && data.size > 0)) return readBlob(data.sha);
      return Buffer.from(data.content ?? '', 'base64');
    },

    async listTree(ref) {
      const { data } = await call(`list tree at ${ref.slice(0, 7)}`, () =>
        octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
          ...base,
          tree_sha: ref,
          recursive: 'true',
        }),
      );
      return (data.tree as { type: string; path: string; sha: string; size?: number }[])
        .filter((entry) => entry.type === 'blob')
        .map((entry): TreeEntry => ({ path: entry.path, sha: entry.sha, size: entry.size }));
    },

    readBlob,

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

    async listIssues(label, creator) {
      const what = `list issues${label ? ` labelled ${label}` : ''}${creator ? ` by ${creator}` : ''}`;
      const issues = await call(what, () =>
        octokit.paginate('GET /repos/{owner}/{repo}/issues', {
          ...base,
          state: 'all',
          ...(label ? { labels: label } : {}),
          ...(creator ? { creator } : {}),
          per_page: 100,
        }),
      );
      // The issues endpoint also returns pull requests; they are never ours.
      return issues.filter((issue) => !issue.pull_request).map(toIssue);
    },

    async createIssue(draft: IssueDraft) {
      const { data } = await call(`create issue "${draft.title}"`, () =>
        octokit.request('POST /repos/{owner}/{repo}/issues', {
          ...base,
          title: draft.title,
          body: draft.body,
          labels: draft.labels,
          assignees: draft.assignees,
          // An unknown outcome must be re-listed before another try, never blindly retried.
          request: { retries: 0 },
        }),
      );
      return toIssue(data);
    },

    async updateIssue(number, patch: IssuePatch) {
      const { data } = await call(`update issue #${number}`, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          ...base,
          issue_number: number,
          ...patch,
        }),
      );
      return toIssue(data);
    },

    async ensureLabel(label) {
      const existing = await call(`read label ${label}`, () =>
        orNull(() => octokit.request('GET /repos/{owner}/{repo}/labels/{name}', { ...base, name: label })),
      );
      if (existing !== null) return true;
      try {
        await octokit.request('POST /repos/{owner}/{repo}/labels', { ...base, name: label, color: '5319e7' });
        return true;
      } catch (error) {
        const status = statusOf(error);
        if (status === 403) return false;
        // 422 "already_exists": another run created it meanwhile.
        if (status === 422) return true;
        throw new GitHubError(status ?? 0, `create label ${label}: ${messageOf(error)}`);
      }
    },

    async isAssignable(login) {
      try {
        await octokit.request('GET /repos/{owner}/{repo}/assignees/{assignee}', { ...base, assignee: login });
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw new GitHubError(statusOf(error) ?? 0, `check assignee ${login}: ${messageOf(error)}`);
      }
    },

    async createCheckRun(run: CheckRunStart) {
      const { data } = await call('create check run', () =>
        octokit.request('POST /repos/{owner}/{repo}/check-runs', {
          ...base,
          name: run.name,
          head_sha: run.headSha,
          status: 'in_progress',
        }),
      );
      return data.id as number;
    },

    async completeCheckRun(id, result: CheckRunResult) {
      const batches: CheckRunResult['annotations'][] = [];
      for (let i = 0; i < result.annotations.length; i += CHECK_ANNOTATION_BATCH) {
        batches.push(result.annotations.slice(i, i + CHECK_ANNOTATION_BATCH));
      }
      const output = {
        title: result.title,
        summary: result.summary,
        ...(result.text ? { text: result.text } : {}),
      };
      // Annotations accumulate across updates; the last request also completes the run.
      for (const batch of batches.slice(0, -1)) {
        await call('annotate check run', () =>
          octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...base,
            check_run_id: id,
            output: { ...output, annotations: batch },
          }),
        );
      }
      await call('complete check run', () =>
        octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...base,
          check_run_id: id,
          status: 'completed',
          conclusion: result.conclusion,
          output: { ...output, annotations: batches.at(-1) ?? [] },
        }),
      );
    },

    commitFiles: (branch, message, files) =>
      call(`commit to ${branch}`, () => commitFiles(octokit, repo, branch, message, files)),
  };
}
