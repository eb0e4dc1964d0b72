import type { Operation } from 'openapi-backend';

/** An operation matched to a request path, with its decoded path parameters. */
export interface RouteMatch {
  operation: Operation;
  operationId: string;
  params: Record<string, string>;
  /** The path rebuilt from the template with each parameter URI-encoded (what validators parse). */
  canonicalPath: string;
}

interface CompiledRoute {
  operation: Operation;
  method: string;
  pattern: RegExp;
  names: string[];
  literalLength: number;
}

// Parameters GitHub documents as possibly holding slashes: a file path, a git ref (heads/main).
// Clients send them either raw or with %2F, so they match greedily.
const GREEDY = new Set(['path', 'ref']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(operation: Operation): CompiledRoute {
  const names: string[] = [];
  let source = '';
  let literalLength = 0;
  for (const part of operation.path.split(/(\{[^}]+\})/)) {
    const param = /^\{([^}]+)\}$/.exec(part);
    if (param?.[1]) {
      names.push(param[1]);
      source += GREEDY.has(param[1]) ? '(.+)' : '([^/]+)';
    } else {
      source += escapeRegExp(part);
      literalLength += part.length;
    }
  }
  return {
    operation,
    method: operation.method.toLowerCase(),
    pattern: new RegExp(`^${source}/?$`),
    names,
    literalLength,
  };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Matches request paths to operations of a (small) OpenAPI document. openapi-backend's router builds
 * a RegExp per operation per request and splits parameters on '/', which breaks `contents/{path}`
 * for nested files; this one compiles once and lets `path`/`ref` span segments.
 */
export class RouteMatcher {
  private readonly routes: CompiledRoute[];

  constructor(operations: Operation[]) {
    // Most literal characters first, so /issues/comments/{id} wins over /issues/{number}/comments.
    this.routes = operations.map(compile).sort((a, b) => b.literalLength - a.literalLength);
  }

  /** The operation for a method and a path (no query string, no /api/v3 prefix), if any. */
  match(method: string, path: string): RouteMatch | undefined {
    const wanted = method.toLowerCase();
    for (const route of this.routes) {
      if (route.method !== wanted) continue;
      const found = route.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decode(found[i + 1] ?? '');
      });
      const canonicalPath = route.operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
        encodeURIComponent(params[name] ?? ''),
      );
      return {
        operation: route.operation,
        operationId: route.operation.operationId ?? '',
        params,
        canonicalPath,
      };
    }
    return undefined;
  }
}
