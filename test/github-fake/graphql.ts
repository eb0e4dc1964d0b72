// GitHub's GraphQL endpoint for the fake: every document is validated against GitHub's schema
// (@octokit/graphql-schema's `validate`) and executed by graphql-js over the same schema, so a
// response can only have the shape GitHub's would. Resolvers come from `graphqlRoot`.
import type { GraphQLSchema } from 'graphql';
import type { TokenIdentity } from './app-auth.js';
import { projectRoot } from './graphql-projects.js';
import type { FakeState } from './state.js';

/** What a resolver sees: who calls, the fake's state. */
export interface GraphqlScope {
  state: FakeState;
  caller: TokenIdentity | 'app';
  /** Features switched off to play an older GitHub Enterprise Server. */
  disabled: ReadonlySet<string>;
}

/** Builds the root value (Query and Mutation fields) for one request. */
export type GraphqlRoot = (scope: GraphqlScope) => Record<string, unknown>;

export interface GraphqlAnswer {
  status: number;
  body: unknown;
  /** Validation errors: the client sent a document GitHub's schema rejects. */
  violations: string[];
  /** Names of the root fields the document selected (for the request log). */
  fields: string[];
}

let loaded: Promise<{ schema: GraphQLSchema; validate: (query: string) => readonly Error[] }> | undefined;

function load() {
  loaded ??= (async () => {
    const [{ buildClientSchema }, octokitSchema] = await Promise.all([
      import('graphql'),
      import('@octokit/graphql-schema'),
    ]);
    return {
      schema: buildClientSchema(octokitSchema.schema.json as never),
      validate: octokitSchema.validate as (query: string) => readonly Error[],
    };
  })();
  return loaded;
}

/** Answers one POST /graphql body. */
export async function answerGraphql(
  body: unknown,
  scope: GraphqlScope,
  root: GraphqlRoot,
): Promise<GraphqlAnswer> {
  const { schema, validate } = await load();
  const { parse, execute, Kind } = await import('graphql');
  const request = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
  if (typeof request.query !== 'string') {
    return {
      status: 400,
      body: { message: 'A query attribute must be specified and must be a string.' },
      violations: ['no query'],
      fields: [],
    };
  }
  let errors: readonly Error[];
  try {
    errors = validate(request.query);
  } catch (error) {
    errors = [error as Error];
  }
  if (errors.length > 0) {
    const messages = errors.map((e) => e.message);
    return {
      status: 200,
      body: { errors: messages.map((message) => ({ message })) },
      violations: messages,
      fields: [],
    };
  }
  const document = parse(request.query);
  const fields: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection.name.value);
    }
  }
  const result = await execute({
    schema,
    document,
    rootValue: root(scope),
    variableValues: request.variables ?? {},
  });
  const answer: Record<string, unknown> = { data: result.data ?? null };
  if (result.errors?.length) {
    // GitHub's error objects carry a type; NOT_FOUND is what a missing feature or object gets.
    answer.errors = result.errors.map((error) => {
      const type = (error.originalError as { type?: string } | undefined)?.type ?? 'INTERNAL';
      // An empty type plays a server whose schema lacks the field (GitHub sends none then).
      return { ...(type ? { type } : {}), path: error.path, message: error.message };
    });
  }
  return { status: 200, body: answer, violations: [], fields };
}

/** An error a resolver throws to answer like GitHub (`{ type, message }`). */
export class GraphqlFault extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** The root fields the fake serves: `viewer` and Projects v2 (graphql-projects.ts). */
export const graphqlRoot: GraphqlRoot = (scope) => ({
  ...projectRoot(scope),
  viewer: () => {
    const actor = scope.caller === 'app' ? undefined : scope.caller.actor;
    if (!actor) throw new GraphqlFault('FORBIDDEN', 'An App JWT cannot query the viewer.');
    return { __typename: actor.type === 'Bot' ? 'Bot' : 'User', login: actor.login };
  },
});
