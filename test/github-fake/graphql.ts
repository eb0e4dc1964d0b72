import { schema as githubSchemaFiles } from '@octokit/graphql-schema';
import { buildClientSchema, execute, type GraphQLSchema, parse, validate } from 'graphql';
import type { TokenIdentity } from './app-auth.js';
import type { RouteResult } from './routes/types.js';

let schema: GraphQLSchema | undefined;

/** GitHub's GraphQL schema (@octokit/graphql-schema), built once per process (~0.2 s). */
function githubSchema(): GraphQLSchema {
  if (!schema) {
    const json = githubSchemaFiles.json;
    schema = buildClientSchema(json.data ?? json);
  }
  return schema;
}

/** True for the GraphQL endpoint: `/graphql` (github.com) or `/api/graphql` (GHES). */
export function isGraphqlPath(pathname: string): boolean {
  return pathname === '/graphql' || pathname === '/api/graphql';
}

/**
 * Answers a GraphQL request: the document is validated against GitHub's schema (a breach is a
 * violation and a 200 with `errors`, as GitHub answers), then executed over what the fake models:
 * `viewer` (the caller's login). Unmodelled fields resolve to null.
 */
export async function answerGraphql(
  body: unknown,
  caller: TokenIdentity,
): Promise<{ result: RouteResult; problems: string[] }> {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
  if (typeof query !== 'string') {
    return { result: { status: 400, body: { message: 'Problems parsing JSON' } }, problems: ['no query'] };
  }
  let document: ReturnType<typeof parse>;
  try {
    document = parse(query);
  } catch (error) {
    const message = (error as Error).message;
    return { result: { status: 200, body: { errors: [{ message }] } }, problems: [message] };
  }
  const problems = validate(githubSchema(), document).map((e) => e.message);
  if (problems.length > 0) {
    return { result: { status: 200, body: { errors: problems.map((message) => ({ message })) } }, problems };
  }
  const rootValue = { viewer: { login: caller.actor.login, __typename: caller.actor.type } };
  const executed = await execute({
    schema: githubSchema(),
    document,
    rootValue,
    ...(variables ? { variableValues: variables } : {}),
  });
  return { result: { status: 200, body: executed }, problems: [] };
}
