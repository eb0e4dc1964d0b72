import type { AuthRegistry, TokenIdentity } from './app-auth.js';
import { errorBody } from './render-common.js';
import type { RouteResult } from './routes/types.js';

/** Operations outside /app that GitHub serves to an App JWT (and only to it). */
const JWT_OPERATIONS = new Set([
  'apps/get-repo-installation',
  'apps/get-org-installation',
  'apps/get-user-installation',
]);

/** Operations GitHub serves without credentials. */
const ANONYMOUS_OPERATIONS = new Set(['rate-limit/get', 'meta/root', 'meta/get']);

/** True for operations that take an App JWT instead of a token. */
export function takesAppJwt(operationId: string, path: string): boolean {
  return path === '/app' || path.startsWith('/app/') || JWT_OPERATIONS.has(operationId);
}

/**
 * Decides who is calling, or the 401 GitHub would answer: every request needs a known token (or an
 * App JWT for App endpoints), except the few GitHub serves anonymously.
 */
export function authorize(
  auth: AuthRegistry,
  header: string | undefined,
  operationId: string,
  path: string,
): { caller: TokenIdentity | 'app' } | { refusal: RouteResult } {
  const refuse = (message: string) => ({ refusal: { status: 401, body: errorBody(401, message) } });
  const result = auth.authenticate(header);
  const wantsJwt = takesAppJwt(operationId, path);
  switch (result.kind) {
    case 'none':
      if (ANONYMOUS_OPERATIONS.has(operationId))
        return { caller: { kind: 'pat', actor: { login: 'anonymous', type: 'User' } } };
      return refuse(wantsJwt ? 'A JSON web token could not be decoded' : 'Requires authentication');
    case 'invalid':
      return refuse(result.message);
    case 'app':
      return wantsJwt ? { caller: 'app' } : refuse('Bad credentials');
    case 'token':
      return wantsJwt ? refuse('A JSON web token could not be decoded') : { caller: result.identity };
  }
}
