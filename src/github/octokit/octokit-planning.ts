import { GraphqlProblem, type PlanningPort } from '../planning-port.js';
import type { PortContext } from './port-context.js';

/** Sub-issues and blocked-by dependencies over REST, Projects over GraphQL. */
export function planningMethods(ctx: PortContext): PlanningPort | undefined {
  const { octokit, base, call } = ctx;
  const graphql = octokit.graphql?.bind(octokit);
  if (!graphql) return undefined;
  return {
    async listSubIssues(issue) {
      const listed = await call(`list sub-issues of #${issue}`, () =>
        octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
          ...base,
          issue_number: issue,
          per_page: 100,
        }),
      );
      return listed.map((sub: { id: number }) => sub.id);
    },
    async addSubIssue(parent, childId) {
      await call(`add sub-issue to #${parent}`, () =>
        octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
          ...base,
          issue_number: parent,
          sub_issue_id: childId,
        }),
      );
    },
    async listBlockedBy(issue) {
      const listed = await call(`list what blocks #${issue}`, () =>
        octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by', {
          ...base,
          issue_number: issue,
          per_page: 100,
        }),
      );
      return listed.map((blocker: { id: number }) => blocker.id);
    },
    async addBlockedBy(issue, blockerId) {
      await call(`add a blocker to #${issue}`, () =>
        octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by', {
          ...base,
          issue_number: issue,
          issue_id: blockerId,
        }),
      );
    },
    async graphql(query, variables) {
      try {
        return await graphql(query, variables);
      } catch (error) {
        const errors = (error as { errors?: { type?: string; message?: string }[] }).errors;
        if (!Array.isArray(errors)) throw error;
        throw new GraphqlProblem(
          errors.map((e) => e.type ?? '').filter(Boolean),
          errors.map((e) => e.message ?? 'GraphQL error').join('; '),
        );
      }
    },
  };
}
