import { setTimeout as sleep } from 'node:timers/promises';
import { GitHubError } from '../github-port.js';
import { type NetworkFailureKind, networkFailure, networkWords } from '../network-failure.js';

/** Retries per network failure; a request that may have arrived (reset, timeout) is retried only when idempotent. */
export const NETWORK_RETRIES: Record<NetworkFailureKind, number> = {
  refused: 2,
  'dns-again': 2,
  reset: 2,
  timeout: 1,
  'not-found': 0,
  tls: 0,
};

export interface AnswerOptions {
  /** First wait before a network retry, doubled each time; default 500 ms. */
  retryDelayMs?: number;
  /** Longest wait for one attempt's answer; default 30 s. */
  timeoutMs?: number;
  /**
   * Retry network failures here (default true). False where the plugin is added after
   * plugin-retry (Probot's Octokit), which already retries them: one layer retries, not both.
   */
  networkRetries?: boolean;
}

/** A request that never got an HTTP answer: the words, the host and the retries made. */
export class GitHubNetworkError extends GitHubError {
  override name = 'GitHubNetworkError';
  constructor(
    message: string,
    readonly kind: NetworkFailureKind,
    readonly code: string,
    readonly host: string,
    readonly retries: number,
    /** Lets Octokit's retry plugin see a request error it must not retry again. */
    readonly request: { method: string; url: string },
  ) {
    super(0, message);
  }
}

interface RequestOptions {
  method: string;
  url: string;
  baseUrl?: string;
  headers?: Record<string, string | undefined>;
  request?: { retries?: number; signal?: AbortSignal; parseSuccessResponseBody?: boolean };
  [key: string]: unknown;
}
type Response = { status: number; url?: string; headers: Record<string, string | undefined>; data: unknown };
interface Hookable {
  hook: {
    wrap(
      name: 'request',
      hook: (request: (o: RequestOptions) => Promise<Response>, o: RequestOptions) => Promise<Response>,
    ): void;
  };
}

/**
 * Octokit plugin (list it before plugin-retry, so that it runs inside it): answers that are not
 * JSON and failures below HTTP become one clear error each. Network failures get their own words,
 * the host and a bounded number of quick retries (NETWORK_RETRIES), instead of plugin-retry's
 * 14 s labelled "HTTP 500"; each attempt waits at most `timeoutMs`.
 */
export function githubAnswers(octokit: Hookable, octokitOptions: { answers?: AnswerOptions } = {}): void {
  const delay = octokitOptions.answers?.retryDelayMs ?? 500;
  const timeoutMs = octokitOptions.answers?.timeoutMs ?? 30_000;
  const networkRetries = octokitOptions.answers?.networkRetries ?? true;
  octokit.hook.wrap('request', async (request, options) => {
    const where = endpointOf(options);
    for (let retries = 0; ; retries++) {
      let response: Response;
      try {
        response = await withTimeout(request, options, timeoutMs);
      } catch (error) {
        const failure = networkFailure(error);
        if (!failure) throw explainNonJson(error, where);
        const mayHaveArrived = failure.kind === 'reset' || failure.kind === 'timeout';
        const allowed =
          !networkRetries || (mayHaveArrived && (options.method === 'POST' || options.request?.retries === 0))
            ? 0
            : NETWORK_RETRIES[failure.kind];
        if (retries < allowed) {
          await sleep(delay * 2 ** retries);
          continue;
        }
        const tried =
          retries === 0 ? 'not retried' : `gave up after ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
        throw new GitHubNetworkError(
          `GitHub at ${where.host} did not answer ${where.method} ${where.path}: ${networkWords(failure.kind)} (${failure.code}); ${tried}.`,
          failure.kind,
          failure.code,
          where.host,
          retries,
          { method: where.method, url: where.path },
        );
      }
      if (!isJsonAnswer(response, options)) {
        throw new GitHubError(response.status, nonJsonMessage(where, response.status, response.headers));
      }
      return response;
    }
  });
}

/**
 * One attempt, abandoned after `ms`: the signal aborts the fetch, and the race makes sure the
 * caller hears of it even where a layer in between drops the signal.
 */
async function withTimeout(
  request: (o: RequestOptions) => Promise<Response>,
  options: RequestOptions,
  ms: number,
): Promise<Response> {
  if (options.request?.signal) return request(options);
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DOMException(`no answer within ${ms} ms`, 'TimeoutError');
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([
      request({ ...options, request: { ...options.request, signal: controller.signal } }),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

interface Endpoint {
  method: string;
  host: string;
  path: string;
}

/** Method, host and path (placeholders filled, no query: it may carry user text). */
function endpointOf(options: RequestOptions): Endpoint {
  const path = options.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = options[name];
    return typeof value === 'string' || typeof value === 'number'
      ? encodeURIComponent(String(value))
      : `{${name}}`;
  });
  const base = (options.baseUrl ?? 'https://api.github.com').replace(/\/$/, '');
  let url: URL;
  try {
    url = new URL(/^https?:/i.test(path) ? path : `${base}${path}`);
  } catch {
    return { method: options.method, host: 'GitHub', path };
  }
  return { method: options.method, host: url.host, path: url.pathname };
}

/** False for a body that should have been JSON and is not (a proxy's page, a truncated answer). */
function isJsonAnswer(response: Response, options: RequestOptions): boolean {
  if (response.status === 204 || response.status === 205 || options.method === 'HEAD') return true;
  if (options.request?.parseSuccessResponseBody === false) return true;
  // Media types that are not JSON, asked for by header or by Octokit's `mediaType.format` (the
  // header is only built from it after this hook; Probot's config reader asks that way for raw).
  const accept = String(options.headers?.accept ?? '');
  const format = String((options.mediaType as { format?: unknown } | undefined)?.format ?? '');
  if (/raw|html|diff|patch|sha/.test(`${accept} ${format}`)) return true;
  return (
    typeof response.data === 'object' && response.data !== null && !(response.data instanceof ArrayBuffer)
  );
}

function nonJsonMessage(
  where: Endpoint,
  status: number,
  headers: Record<string, string | undefined>,
): string {
  const type = headers['content-type']?.split(';')[0]?.trim() || 'no content type';
  return `GitHub answered ${where.method} ${where.path} with HTTP ${status} and a body that is not JSON (${type})`;
}

/** An HTTP error whose body is not JSON (a 502 page) keeps its status, with a message in words. */
function explainNonJson(error: unknown, where: Endpoint): unknown {
  const e = error as {
    status?: unknown;
    response?: { data?: unknown; headers?: Record<string, string | undefined> };
    message?: string;
  };
  if (typeof e?.status !== 'number' || !e.response) return error;
  const data = e.response.data;
  if (typeof data === 'object' && data !== null && !(data instanceof ArrayBuffer)) return error;
  if (error instanceof Error) error.message = nonJsonMessage(where, e.status, e.response.headers ?? {});
  return error;
}
