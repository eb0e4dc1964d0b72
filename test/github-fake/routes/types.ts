import type { AuthRegistry, TokenIdentity } from '../app-auth.js';
import type { Json, Links } from '../render-common.js';
import { errorBody } from '../render-common.js';
import type { FakeState, RepoState } from '../state.js';
import type { ContractValidator } from '../validator.js';

/** What a route answers; the server validates it against the operation's response schema. */
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (e.g. raw file content for `Accept: application/vnd.github.raw`). */
  raw?: Buffer;
}

/** Everything a route may read; `body` has passed request validation already. */
export interface RouteContext {
  state: FakeState;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  // biome-ignore lint/suspicious/noExplicitAny: validated against the operation's schema before routing
  body: any;
  /** Who is calling: a token identity, or 'app' for a verified App JWT. */
  caller: TokenIdentity | 'app';
  links: Links;
  auth: AuthRegistry;
  contract: ContractValidator;
  /** The request path without /api/v3 and query (for Link headers). */
  path: string;
  /** Request headers, lower-cased names (Authorization removed). */
  requestHeaders: Record<string, string | string[] | undefined>;
}

/** Context of routes under /repos/{owner}/{repo}: the repository exists. */
export interface RepoContext extends RouteContext {
  repo: RepoState;
}

/** A route serving one operation. */
export type RouteHandler = (ctx: RouteContext) => RouteResult;
/** A route serving one operation of an existing repository. */
export type RepoRouteHandler = (ctx: RepoContext) => RouteResult;

/** 404 the way GitHub writes it. */
export function notFound(docs?: string): RouteResult {
  return { status: 404, body: errorBody(404, 'Not Found', docs) };
}

/** 422 "Validation Failed" with GitHub's `errors` array. */
export function validationFailed(errors: Array<Json | string>, message = 'Validation Failed'): RouteResult {
  return { status: 422, body: { ...errorBody(422, message), errors } };
}

/** Parses a positive integer path or query parameter. */
export function intParam(value: string | string[] | undefined, fallback: number): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const parsed = raw === undefined ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** A query parameter as one string. */
export function stringParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The login the caller acts as (the App itself for a JWT). */
export function callerActor(ctx: RouteContext): TokenIdentity['actor'] {
  if (ctx.caller === 'app') return { login: `${ctx.auth.app?.slug ?? 'app'}[bot]`, type: 'Bot' };
  return ctx.caller.actor;
}
