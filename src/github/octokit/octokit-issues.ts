import type { GitHubPort, IssueDraft, IssuePatch } from '../github-port.js';
import { GitHubError } from '../github-port.js';
import { messageOf, statusOf } from './octokit-like.js';
import type { PortContext } from './port-context.js';
import { toIssue } from './rest-shapes.js';

/** Issues, labels and assignees. */
export function issueMethods(
  ctx: PortContext,
): Pick<GitHubPort, 'listIssues' | 'createIssue' | 'updateIssue' | 'ensureLabel' | 'isAssignable'> {
  const { octokit, base, call, orNull } = ctx;
  return {
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
  };
}
