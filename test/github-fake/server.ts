import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AuthRegistry } from './app-auth.js';
import { defaultFaultBody, type FaultInjector, type FaultSpec } from './faults.js';
import { answerGraphql, graphqlRoot } from './graphql.js';
import type { Permissions } from './permissions.js';
import { FEATURE_OF_OPERATION } from './planning-store.js';
import { errorBody, type Links } from './render-common.js';
import { authorize } from './request-auth.js';
import { PLAIN_ROUTES, REPO_ROUTES } from './routes/index.js';
import type { RouteContext, RouteResult } from './routes/types.js';
import type { FakeState } from './state.js';
import type { ContractMatch, ContractValidator } from './validator.js';

/** One request as the fake saw it. Never holds credentials. */
export interface RequestLogEntry {
  method: string;
  /** Path without the /api/v3 prefix and without query. */
  path: string;
  /** Spec operationId, or undefined when no operation matched. */
  operationId: string | undefined;
  /** Status answered; 0 when the connection was reset by a fault. */
  status: number;
  query: Record<string, string | string[]>;
  body?: unknown;
  /** Answered from the full spec's example (operation not implemented statefully). */
  mocked?: boolean;
  /** Answered (or delayed/reset) by an injected fault. */
  fault?: boolean;
  /** For `graphql`: the root fields the document selected. */
  graphqlFields?: string[];
}

/** A breach of GitHub's OpenAPI contract, by a client request or by the fake's own response. */
export interface ContractViolation {
  kind: 'request' | 'response' | 'internal';
  method: string;
  path: string;
  operationId: string | undefined;
  status?: number;
  errors: string[];
}

/** Test-only hook that may replace a response body before it is validated and sent. */
export type ResponseTamper = (operationId: string, status: number, body: unknown) => unknown;

/** What the request handler works on; owned by the GitHubFake. */
export interface ServerDeps {
  state: FakeState;
  auth: AuthRegistry;
  faults: FaultInjector;
  permissions: Permissions;
  contract: ContractValidator;
  log: RequestLogEntry[];
  violations: ContractViolation[];
  tamper: { fn?: ResponseTamper };
  /** Features switched off to play an older GitHub Enterprise Server (`sub-issues`, `projects`…). */
  disabled: Set<string>;
}

const API_PREFIX = '/api/v3';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseQuery(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const existing = query[key];
    query[key] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}

function send(res: ServerResponse, result: RouteResult): void {
  // The fake may be closed while a delayed request waits; its socket is gone then.
  if (res.destroyed || res.writableEnded) return;
  const headers: Record<string, string> = {
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': `FAKE:${Date.now().toString(16)}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...result.headers,
  };
  if (result.raw) {
    // What GitHub sends for `Accept: application/vnd.github.raw`; Octokit reads it as text.
    res.writeHead(result.status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
    res.end(result.raw);
  } else if (result.body === undefined) {
    res.writeHead(result.status, headers);
    res.end();
  } else {
    res.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(result.body));
  }
}

function faultResult(fault: FaultSpec): RouteResult {
  const status = fault.status ?? 502;
  if (fault.raw !== undefined) return { status, raw: Buffer.from(fault.raw), headers: fault.headers ?? {} };
  return { status, body: fault.body ?? defaultFaultBody(status), headers: fault.headers ?? {} };
}

/** Creates the HTTP handler: parse → match → validate → authorise → faults → route → validate → send. */
export function createRequestHandler(deps: ServerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      deps.violations.push({
        kind: 'internal',
        method: req.method ?? '',
        path: req.url ?? '',
        operationId: undefined,
        errors: [String(error)],
      });
      if (!res.headersSent) send(res, { status: 500, body: errorBody(500, 'fake GitHub crashed') });
      else res.destroy();
    });
  };
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = await readBody(req);
  const url = new URL(req.url ?? '/', 'http://fake');
  const prefix = url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`) ? API_PREFIX : '';
  const path = url.pathname.slice(prefix.length) || '/';
  const method = (req.method ?? 'GET').toUpperCase();
  const query = parseQuery(url.searchParams);
  const host = req.headers.host ?? '127.0.0.1';
  const links: Links = { web: `http://${host}`, api: `http://${host}${prefix}` };
  const { authorization, ...requestHeaders } = req.headers;
  const entry: RequestLogEntry = { method, path, operationId: undefined, status: 0, query };
  const violation = (kind: ContractViolation['kind'], errors: string[], status?: number) =>
    deps.violations.push({
      kind,
      method,
      path,
      operationId: entry.operationId,
      errors,
      ...(status ? { status } : {}),
    });
  const finish = (result: RouteResult) => {
    entry.status = result.status;
    deps.log.push(entry);
    send(res, result);
  };
  const reset = () => {
    deps.log.push(entry);
    req.socket.destroy();
  };

  let body: unknown;
  if (raw.length > 0) {
    try {
      body = JSON.parse(raw.toString('utf8'));
      entry.body = body;
    } catch {
      violation('request', ['body is not valid JSON']);
      return finish({ status: 400, body: errorBody(400, 'Problems parsing JSON') });
    }
  }
  if (method === 'POST' && (url.pathname === '/graphql' || url.pathname === '/api/graphql')) {
    entry.operationId = 'graphql';
    const caller = authorize(deps.auth, authorization, 'graphql', '/graphql');
    if ('refusal' in caller) return finish(caller.refusal);
    const fault = deps.faults.take(method, 'graphql', '/graphql');
    if (fault) entry.fault = true;
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault?.reset) return reset();
    if (fault?.status !== undefined) return finish(faultResult(fault));
    const answer = await answerGraphql(
      body,
      { state: deps.state, caller: caller.caller, disabled: deps.disabled },
      graphqlRoot,
    );
    entry.graphqlFields = answer.fields;
    if (answer.violations.length > 0) violation('request', answer.violations);
    return finish({ status: answer.status, body: answer.body });
  }
  const match: ContractMatch | undefined = await deps.contract.match(method, path);
  if (!match) {
    violation('request', [`no operation in GitHub's OpenAPI description matches ${method} ${path}`]);
    return finish({ status: 404, body: errorBody(404, 'Not Found') });
  }
  entry.operationId = match.operationId;
  if (match.mocked) entry.mocked = true;
  const problems = await deps.contract.validateRequest(match, {
    method,
    query,
    headers: requestHeaders,
    body,
  });
  const contentType = String(requestHeaders['content-type'] ?? '');
  if (raw.length > 0 && !/^application\/(vnd\.github[^;]*\+)?json\b/i.test(contentType)) {
    problems.push(`content-type must be application/json for a JSON body, got "${contentType}"`);
  }
  if (problems.length > 0) {
    violation('request', problems);
    return finish({ status: 422, body: errorBody(422, `Invalid request.\n\n${problems.join('\n')}`) });
  }
  const checked = async (result: RouteResult) => {
    if (deps.tamper.fn && result.body !== undefined) {
      result = { ...result, body: deps.tamper.fn(match.operationId, result.status, result.body) };
    }
    if (!match.mocked && !result.raw) {
      const wrong = await deps.contract.validateResponse(match.operationId, result.status, result.body);
      if (wrong.length > 0) violation('response', wrong, result.status);
    }
    finish(result);
  };
  const caller = authorize(deps.auth, authorization, match.operationId, path);
  if ('refusal' in caller) return checked(caller.refusal);

  const fault = deps.faults.take(method, match.operationId, path);
  if (fault) entry.fault = true;
  if (fault?.delayMs) await sleep(fault.delayMs);
  const answersWithFault = fault !== undefined && (fault.status !== undefined || fault.reset === true);
  if (fault && answersWithFault && !fault.thenApply)
    return fault.reset ? reset() : finish(faultResult(fault));

  let result: RouteResult;
  if (!deps.permissions.allows(match.operationId)) {
    result = { status: 403, body: errorBody(403, 'Resource not accessible by integration') };
  } else {
    result = await route(deps, match, { query, body, links, path, requestHeaders, caller: caller.caller });
  }
  if (fault && answersWithFault) return fault.reset ? reset() : finish(faultResult(fault));

  await checked(result);
}

async function route(
  deps: ServerDeps,
  match: ContractMatch,
  request: Pick<RouteContext, 'query' | 'body' | 'links' | 'path' | 'requestHeaders' | 'caller'>,
): Promise<RouteResult> {
  const ctx: RouteContext = {
    ...request,
    state: deps.state,
    params: match.params,
    auth: deps.auth,
    contract: deps.contract,
  };
  const feature = FEATURE_OF_OPERATION[match.operationId];
  // A switched-off feature answers like a GitHub Enterprise Server that lacks the endpoint.
  if (feature && deps.disabled.has(feature)) return { status: 404, body: errorBody(404, 'Not Found') };
  const repoRoute = REPO_ROUTES[match.operationId];
  if (repoRoute) {
    const repo = deps.state.findRepo(match.params.owner ?? '', match.params.repo ?? '');
    if (!repo) return { status: 404, body: errorBody(404, 'Not Found') };
    return repoRoute({ ...ctx, repo });
  }
  const plainRoute = PLAIN_ROUTES[match.operationId];
  if (plainRoute) return plainRoute(ctx);
  const mock = await deps.contract.mock(match.operationId);
  return { status: mock.status, body: mock.body };
}
