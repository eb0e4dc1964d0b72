/** What went wrong below HTTP, in words a person can act on. */
export type NetworkFailureKind = 'refused' | 'not-found' | 'dns-again' | 'tls' | 'timeout' | 'reset';

export interface NetworkFailure {
  kind: NetworkFailureKind;
  /** The system or library code, e.g. ECONNREFUSED, UND_ERR_SOCKET, CERT_HAS_EXPIRED. */
  code: string;
}

const WORDS: Record<NetworkFailureKind, string> = {
  refused: 'the connection was refused (nothing listens there)',
  'not-found': 'the host name does not resolve (DNS: no such host)',
  'dns-again': 'the host name could not be resolved right now (DNS lookup failed)',
  tls: 'the TLS handshake failed (certificate or protocol problem)',
  timeout: 'the request timed out',
  reset: 'the connection was reset before GitHub answered',
};

/** The words for a failure kind. */
export function networkWords(kind: NetworkFailureKind): string {
  return WORDS[kind];
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_OSSL_|HOSTNAME_MISMATCH)/;

/**
 * Classifies an error thrown by fetch (as Octokit wraps it: a RequestError "500" without a
 * response, the fetch TypeError as its cause, the socket error under that) or undefined when it is
 * not a network failure. Walks the whole cause chain, AggregateErrors included.
 */
export function networkFailure(error: unknown): NetworkFailure | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'response' in error &&
    (error as { response?: unknown }).response
  )
    return undefined;
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  let timeout: string | undefined;
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const { code, name, message } = current as { code?: unknown; name?: unknown; message?: unknown };
    const found = typeof code === 'string' ? byCode(code) : undefined;
    if (found) return found;
    if (name === 'TimeoutError' || (typeof message === 'string' && /aborted due to timeout/.test(message)))
      timeout = 'TimeoutError';
    if (typeof message === 'string' && /other side closed|socket hang up/i.test(message))
      return { kind: 'reset', code: typeof code === 'string' ? code : 'ECONNRESET' };
    queue.push((current as { cause?: unknown }).cause);
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return timeout ? { kind: 'timeout', code: timeout } : undefined;
}

function byCode(code: string): NetworkFailure | undefined {
  if (code === 'ECONNREFUSED') return { kind: 'refused', code };
  if (code === 'ENOTFOUND') return { kind: 'not-found', code };
  if (code === 'EAI_AGAIN') return { kind: 'dns-again', code };
  if (TLS_CODE.test(code)) return { kind: 'tls', code };
  if (code === 'ETIMEDOUT' || (code.startsWith('UND_ERR_') && /TIMEOUT/.test(code)))
    return { kind: 'timeout', code };
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'ECONNABORTED')
    return { kind: 'reset', code };
  return undefined;
}
