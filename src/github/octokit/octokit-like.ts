/**
 * The slice of an Octokit instance the adapter needs. Both `@actions/github`'s client and Probot's
 * `context.octokit` satisfy it, so one adapter serves the Action and the app.
 */
export interface OctokitLike {
  // biome-ignore lint/suspicious/noExplicitAny: Octokit's own route typing is per-endpoint.
  request(route: string, parameters?: Record<string, unknown>): Promise<{ status: number; data: any }>;
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  paginate(route: string, parameters?: Record<string, unknown>): Promise<any[]>;
  /** GraphQL (both clients have it); optional so REST-only stand-ins still fit. */
  // biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are typed by each query.
  graphql?(query: string, variables?: Record<string, unknown>): Promise<any>;
}

/** The HTTP status of an Octokit RequestError, or undefined for network and other errors. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/** GitHub's message for a failed request, never including request headers (tokens). */
export function messageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const response = (error as { response?: { data?: { message?: unknown } } }).response;
    if (typeof response?.data?.message === 'string') return response.data.message;
    if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  }
  return String(error);
}
