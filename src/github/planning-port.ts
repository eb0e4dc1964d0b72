/**
 * GitHub's planning features, next to the main port: sub-issues, issue dependencies (REST) and
 * Projects v2 (GraphQL). Older GitHub Enterprise Servers lack some of them; a missing endpoint
 * answers `GitHubError` 404/410 (REST) or `GraphqlProblem` (GraphQL), and the planning flow falls
 * back instead of failing.
 */
export interface PlanningPort {
  /** Global ids of an issue's sub-issues, every page. */
  listSubIssues(issue: number): Promise<number[]>;
  /** Makes issue `childId` (its id, not its number) a sub-issue of `parent`. */
  addSubIssue(parent: number, childId: number): Promise<void>;
  /** Global ids of the issues that block `issue`, every page. */
  listBlockedBy(issue: number): Promise<number[]>;
  /** Records that issue `blockerId` (its id) blocks `issue`. */
  addBlockedBy(issue: number, blockerId: number): Promise<void>;
  /** One GraphQL document; GitHub's `errors` become a `GraphqlProblem`. */
  graphql<T>(query: string, variables: Record<string, unknown>): Promise<T>;
}

/** GraphQL answered with errors (a missing field or type on an older server, NOT_FOUND, FORBIDDEN). */
export class GraphqlProblem extends Error {
  override name = 'GraphqlProblem';
  constructor(
    /** GitHub's error types (`NOT_FOUND`, `FORBIDDEN`…); empty when the server gave none. */
    readonly types: string[],
    message: string,
  ) {
    super(message);
  }
}
