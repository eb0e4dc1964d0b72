import { type Document, OpenAPIBackend } from 'openapi-backend';
import { loadFullSpec, loadGhesSubset, loadGithubSubset } from '../../scripts/gen-github-subset.mjs';
import { addGitHubFormats } from './formats.js';

/** A GitHub OpenAPI description ready for routing, validation and mocking. */
export interface LoadedSpec {
  /** openapi-backend over the (dereferenced) document; validators compile lazily on first use. */
  api: OpenAPIBackend;
  /** Milliseconds spent reading (or generating) and initialising. */
  loadMs: number;
  /** True when the subset had to be generated because no cached copy existed. */
  generated: boolean;
}

async function initBackend(definition: unknown): Promise<OpenAPIBackend> {
  const api = new OpenAPIBackend({
    definition: definition as Document,
    // quick: lazy validator compilation; a full compile of GitHub's spec takes ~40 s.
    quick: true,
    coerceTypes: true,
    validate: true,
    ajvOpts: { strict: false, logger: false },
    customizeAjv: (ajv) => addGitHubFormats(ajv),
  });
  await api.init();
  return api;
}

let subset: Promise<LoadedSpec> | undefined;
let full: Promise<LoadedSpec> | undefined;

/**
 * The subset of GitHub's description holding the operations the fake implements (cached on disk by
 * scripts/gen-github-subset.mjs). Loaded once per process and shared by every fake in it, so Ajv
 * validators compiled for one test are reused by the next.
 */
export function loadSubsetSpec(): Promise<LoadedSpec> {
  subset ??= (async () => {
    const started = performance.now();
    const { document, generated } = loadGithubSubset();
    const api = await initBackend(document);
    return { api, loadMs: performance.now() - started, generated };
  })();
  return subset;
}

/**
 * The full description (13 MB, ~1,200 operations), loaded only when a request matches no operation
 * of the subset. Matching against it costs several milliseconds a request.
 */
export function loadFullSpecApi(): Promise<LoadedSpec> {
  full ??= (async () => {
    const started = performance.now();
    const api = await initBackend(loadFullSpec());
    return { api, loadMs: performance.now() - started, generated: false };
  })();
  return full;
}

let ghes: Promise<LoadedSpec> | undefined;

/** The fake's operations as GitHub Enterprise Server 3.17 describes them (those it has). */
export function loadGhesSpec(): Promise<LoadedSpec> {
  ghes ??= (async () => {
    const started = performance.now();
    const { document, generated } = loadGhesSubset();
    const api = await initBackend(document);
    return { api, loadMs: performance.now() - started, generated };
  })();
  return ghes;
}
