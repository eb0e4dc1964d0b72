/** A scripted failure. Matching requests pass `after` times, then get the fault `times` times. */
export interface FaultSpec {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Spec operationId to match, e.g. `issues/create-comment`. */
  operationId?: string;
  /** Pattern tested against the path (without /api/v3 and query). */
  path?: RegExp;
  /**
   * Status to answer with. Omit it (and `reset`) for a pure delay: the request is then served
   * normally after `delayMs`.
   */
  status?: number;
  headers?: Record<string, string>;
  /** JSON body; defaults to GitHub's `{message, documentation_url, status}` shape. */
  body?: unknown;
  /**
   * A body sent as is instead of JSON (a proxy's HTML page, a truncated answer); give its
   * `content-type` in `headers` (default text/plain).
   */
  raw?: string;
  /** How many matching requests get the fault; default 1, `Infinity` for a persistent failure. */
  times?: number;
  /** Let this many matching requests through unharmed first; default 0. */
  after?: number;
  /** Wait this long before answering (or before serving, for a pure delay). */
  delayMs?: number;
  /**
   * Perform the operation (state changes, ids are consumed) and only then answer with the fault:
   * the "created, then the response was lost" case.
   */
  thenApply?: boolean;
  /** Drop the connection without a response (ECONNRESET at the client) instead of answering. */
  reset?: boolean;
}

/** A registered fault; inspect how often it fired or cancel it. */
export interface FaultHandle {
  readonly spec: FaultSpec;
  /** Matching requests seen so far (passed and faulted). */
  readonly seen: number;
  /** Requests the fault was applied to. */
  readonly fired: number;
  /** Stops the fault from firing again. */
  cancel(): void;
}

class Fault implements FaultHandle {
  seen = 0;
  fired = 0;
  cancelled = false;
  constructor(readonly spec: FaultSpec) {}

  matches(method: string, operationId: string, path: string): boolean {
    const { spec } = this;
    if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) return false;
    if (spec.operationId && spec.operationId !== operationId) return false;
    if (spec.path && !spec.path.test(path)) return false;
    return true;
  }

  /** Counts a matching request; true when this one gets the fault (only tried when `canFire`). */
  take(canFire: boolean): boolean {
    if (this.cancelled) return false;
    this.seen += 1;
    if (!canFire || this.seen <= (this.spec.after ?? 0)) return false;
    if (this.fired >= (this.spec.times ?? 1)) return false;
    this.fired += 1;
    return true;
  }

  cancel(): void {
    this.cancelled = true;
  }
}

/** Preset: GitHub's secondary rate limit answer (403 with retry-after). */
export function secondaryRateLimit(overrides: Partial<FaultSpec> = {}): FaultSpec {
  return {
    status: 403,
    headers: { 'retry-after': '1', 'x-ratelimit-remaining': '4999' },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
    ...overrides,
  };
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The body a fault answers with when the spec gives none. */
export function defaultFaultBody(status: number): unknown {
  return {
    message: REASONS[status] ?? `HTTP ${status}`,
    documentation_url: 'https://docs.github.com/rest',
    status: String(status),
  };
}

/** Registered faults, checked in registration order; the first that takes a request wins. */
export class FaultInjector {
  private readonly faults: Fault[] = [];

  /** Registers a fault. */
  inject(spec: FaultSpec): FaultHandle {
    if (spec.status === undefined && !spec.reset && spec.delayMs === undefined) {
      throw new Error('a fault needs a status, reset: true or delayMs');
    }
    const fault = new Fault(spec);
    this.faults.push(fault);
    return fault;
  }

  /** The fault to apply to this request, if any. Every matching fault counts the request. */
  take(method: string, operationId: string, path: string): FaultSpec | undefined {
    let chosen: FaultSpec | undefined;
    for (const fault of this.faults) {
      if (!fault.matches(method, operationId, path)) continue;
      if (fault.take(chosen === undefined)) chosen = fault.spec;
    }
    return chosen;
  }

  /** Removes every fault. */
  clear(): void {
    for (const fault of this.faults) fault.cancel();
    this.faults.length = 0;
  }
}
