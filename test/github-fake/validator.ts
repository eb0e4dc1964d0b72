import type { ErrorObject } from 'ajv';
import type { OpenAPIBackend } from 'openapi-backend';
import { type RouteMatch, RouteMatcher } from './route-matcher.js';
import { type LoadedSpec, loadFullSpecApi, loadGhesSpec, loadSubsetSpec } from './spec-loader.js';

const GHES_PREFIX = 'GHES 3.17: ';

/** Where a request was matched: an operation the fake implements, or one it mocks from the spec. */
export interface ContractMatch extends RouteMatch {
  /** True when only the full description knows the operation (answered from its example). */
  mocked: boolean;
}

/** The parts of a request the contract constrains. */
export interface RequestParts {
  method: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, or undefined when the request had none. */
  body: unknown;
}

/** Renders Ajv errors the way a reader wants them: `/labels must be array`. */
export function formatAjvErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath.replace(/^\/requestBody/, 'body').replace(/^\//, '') || '(root)';
    const extra = error.keyword === 'enum' ? ` (${JSON.stringify(error.params.allowedValues)})` : '';
    return `${where} ${error.message ?? error.keyword}${extra}`;
  });
}

// openapi-backend's getOperation flattens every path of the description on each call (a
// millisecond on the subset, per response); the operations never change, so look each up once.
type Operation = ReturnType<OpenAPIBackend['router']['getOperation']>;
const operationsById = new WeakMap<OpenAPIBackend, Map<string, Operation>>();
function operationOf(api: OpenAPIBackend, operationId: string): Operation {
  let byId = operationsById.get(api);
  if (!byId) {
    byId = new Map(api.router.getOperations().map((operation) => [operation.operationId ?? '', operation]));
    operationsById.set(api, byId);
  }
  return byId.get(operationId);
}

/**
 * Checks requests and responses against GitHub's OpenAPI description: the subset of implemented
 * operations first, the full description (loaded on first need) for anything else.
 */
export class ContractValidator {
  private fullMatcher: Promise<{ spec: LoadedSpec; matcher: RouteMatcher }> | undefined;

  private constructor(
    private readonly subset: LoadedSpec,
    private readonly matcher: RouteMatcher,
  ) {}

  /** Loads the subset (from its cache or generated) and compiles the route table. */
  static async create(): Promise<ContractValidator> {
    const subset = await loadSubsetSpec();
    return new ContractValidator(subset, new RouteMatcher(subset.api.router.getOperations()));
  }

  /** Milliseconds the subset took to load in this process, and whether it was generated. */
  get subsetLoad(): { ms: number; generated: boolean } {
    return { ms: this.subset.loadMs, generated: this.subset.generated };
  }

  /** Finds the operation for a request path (without /api/v3 and query). */
  async match(method: string, path: string): Promise<ContractMatch | undefined> {
    const own = this.matcher.match(method, path);
    if (own) return { ...own, mocked: false };
    this.fullMatcher ??= loadFullSpecApi().then((spec) => ({
      spec,
      matcher: new RouteMatcher(spec.api.router.getOperations()),
    }));
    const { matcher } = await this.fullMatcher;
    const other = matcher.match(method, path);
    return other ? { ...other, mocked: true } : undefined;
  }

  /**
   * Problems with a request for a matched operation; empty when it follows the contract of
   * api.github.com and, where GitHub Enterprise Server 3.17 has the operation, that of GHES too
   * (its problems are prefixed `GHES 3.17:`).
   */
  async validateRequest(match: ContractMatch, request: RequestParts): Promise<string[]> {
    const dotcom = this.check(await this.apiFor(match), match, request);
    if (match.mocked) return dotcom;
    const ghes = (await this.ghesProblems(match, request)) ?? [];
    return [...dotcom, ...ghes.filter((e) => !dotcom.includes(e.slice(GHES_PREFIX.length)))];
  }

  /** True when GHES 3.17's description has the operation (else the tool needs a fallback there). */
  async onGhes(operationId: string): Promise<boolean> {
    return (await loadGhesSpec()).api.router.getOperation(operationId) !== undefined;
  }

  /** The request's problems against GHES 3.17 alone; undefined when GHES lacks the operation. */
  async ghesProblems(match: ContractMatch, request: RequestParts): Promise<string[] | undefined> {
    const { api } = await loadGhesSpec();
    if (!api.router.getOperation(match.operationId)) return undefined;
    return this.check(api, match, request).map((e) => `${GHES_PREFIX}${e}`);
  }

  private check(api: OpenAPIBackend, match: ContractMatch, request: RequestParts): string[] {
    const result = api.validator.validateRequest(
      {
        method: request.method.toLowerCase(),
        path: match.canonicalPath,
        query: request.query,
        headers: request.headers as Record<string, string | string[]>,
        body: request.body,
      },
      match.operationId,
    );
    return result.valid ? [] : formatAjvErrors(result.errors);
  }

  /**
   * Problems with a response body for an operation and status. A status the description declares
   * without a body must have none; a status it does not declare is not checked (GitHub's description
   * omits many error statuses, e.g. 403 on label creation).
   */
  async validateResponse(
    operationId: string,
    status: number,
    body: unknown,
    mocked = false,
  ): Promise<string[]> {
    const api = mocked ? (await loadFullSpecApi()).api : this.subset.api;
    const operation = operationOf(api, operationId);
    if (!operation) return [`unknown operation ${operationId}`];
    const declared = operation.responses?.[String(status)] as
      | { content?: Record<string, unknown> }
      | undefined;
    if (declared && !declared.content && body !== undefined) return [`status ${status} must have no body`];
    if (!declared?.content) return [];
    if (body === undefined) return [`status ${status} must have a JSON body`];
    const result = api.validator.validateResponse(body, operation, status);
    return result.valid ? [] : formatAjvErrors(result.errors);
  }

  /** The success status and example body the full description gives for an operation. */
  async mock(operationId: string): Promise<{ status: number; body: unknown }> {
    const { api } = await loadFullSpecApi();
    const { status, mock } = api.mockResponseForOperation(operationId);
    const declared = api.router.getOperation(operationId)?.responses?.[String(status)] as
      | { content?: unknown }
      | undefined;
    return { status, body: declared?.content === undefined ? undefined : structuredClone(mock) };
  }

  /** A deep copy of the example the subset gives for an operation's response, if any. */
  example(operationId: string, status: number, name?: string): unknown {
    const { mock } = this.subset.api.mockResponseForOperation(operationId, {
      code: status,
      ...(name ? { example: name } : {}),
    });
    return structuredClone(mock);
  }

  /** A deep copy of a named example of the subset (`components.examples[name].value`). */
  template(name: string): Record<string, unknown> {
    const examples = (this.subset.api.definition.components?.examples ?? {}) as Record<
      string,
      { value?: unknown }
    >;
    const value = examples[name]?.value;
    if (value === undefined) throw new Error(`no example named ${name} in the GitHub subset`);
    return structuredClone(Array.isArray(value) ? value[0] : value) as Record<string, unknown>;
  }

  private async apiFor(match: ContractMatch): Promise<OpenAPIBackend> {
    return match.mocked ? (await loadFullSpecApi()).api : this.subset.api;
  }
}
