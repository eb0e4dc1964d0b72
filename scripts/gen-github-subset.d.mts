// Types for gen-github-subset.mjs, so the TypeScript GitHub fake can import it without allowJs.

/** An OpenAPI document as plain JSON. */
export type OpenApiJson = {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
};

/** Operations the fake implements statefully; everything else is mocked from the full spec. */
export const FAKE_OPERATION_IDS: readonly string[];
/** Path of the full description shipped by @octokit/openapi. */
export function fullSpecPath(): string;
/** Version of the installed @octokit/openapi package. */
export function openapiPackageVersion(): string;
/** Rewrites OpenAPI 3.0 `nullable` so Ajv 8 accepts it, in place; returns how many schemas changed. */
export function fixNullable(node: unknown): number;
/** Builds a document holding only the given operations and the components they reach. */
export function buildSubset(
  spec: OpenApiJson,
  operationIds?: readonly string[],
  options?: { allowMissing?: boolean },
): OpenApiJson;
/** Reads and fixes the full description. */
export function loadFullSpec(): OpenApiJson;
/** Where the subset for the installed spec and the current operation list is cached. */
export function subsetCachePath(cacheDir?: string): string;
/** Returns the subset document, from the cache when present, else generated and cached. */
export function loadGithubSubset(options?: { cacheDir?: string; force?: boolean }): {
  document: OpenApiJson;
  file: string;
  generated: boolean;
};
/** The GitHub Enterprise Server version whose description requests are also checked against. */
export const GHES_VERSION: string;
/** Path of the GHES description shipped by @octokit/openapi. */
export function ghesSpecPath(): string;
/** The GHES subset of the fake's operations (those GHES has), from the cache or generated. */
export function loadGhesSubset(options?: { cacheDir?: string }): {
  document: OpenApiJson;
  file: string;
  generated: boolean;
};
