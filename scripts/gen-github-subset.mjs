// Cuts GitHub's OpenAPI description (@octokit/openapi) down to the operations the GitHub fake
// serves, plus every component they reference, and caches the result under node_modules/.cache.
// Matching a request against all 1,200 operations costs ~7 ms; against the subset it is ~free.
// Usage: node scripts/gen-github-subset.mjs [--force]   (prints the cache file's path)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The cache sits in the node_modules that holds @octokit/openapi, wherever this module was bundled to.
const nodeModules = resolve(dirname(require.resolve('@octokit/openapi/package.json')), '..', '..');

/** Operations the fake implements statefully; everything else is mocked from the full spec. */
export const FAKE_OPERATION_IDS = Object.freeze([
  'pulls/list-files',
  'pulls/get',
  // Write-back: the sync pull request.
  'pulls/list',
  'pulls/create',
  'pulls/update',
  'pulls/create-review',
  'pulls/list-review-comments',
  'pulls/update-review-comment',
  'pulls/delete-review-comment',
  'repos/compare-commits',
  'repos/get-content',
  'repos/create-or-update-file-contents',
  'repos/get',
  'git/get-tree',
  'git/get-blob',
  'git/get-ref',
  'git/create-ref',
  'git/update-ref',
  'git/create-blob',
  'git/create-tree',
  'git/create-commit',
  'git/get-commit',
  'issues/list-comments',
  'repos/list-comments-for-commit',
  'repos/create-commit-comment',
  'repos/update-commit-comment',
  'repos/delete-commit-comment',
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'issues/get-comment',
  'issues/list-for-repo',
  'issues/create',
  'issues/update',
  'issues/get',
  'issues/get-label',
  'issues/create-label',
  'issues/list-labels-for-repo',
  'issues/check-user-can-be-assigned',
  'checks/create',
  'checks/update',
  'checks/list-for-ref',
  'checks/get',
  'apps/create-installation-access-token',
  'apps/get-authenticated',
  'apps/get-repo-installation',
  'apps/list-webhook-deliveries',
  'apps/redeliver-webhook-delivery',
  'users/get-authenticated',
  'rate-limit/get',
  // Planning (#11 point 4): sub-issues and blocked-by dependencies.
  'issues/list-sub-issues',
  'issues/add-sub-issue',
  'issues/list-dependencies-blocked-by',
  'issues/add-blocked-by-dependency',
]);

/** Bumped when the transformation below changes, so stale caches are not reused. */
const TRANSFORM_VERSION = 2;

/** Path of the full description shipped by @octokit/openapi. */
export function fullSpecPath() {
  return require.resolve('@octokit/openapi/generated/api.github.com.json');
}

/** Version of the installed @octokit/openapi package. */
export function openapiPackageVersion() {
  const pkg = JSON.parse(readFileSync(require.resolve('@octokit/openapi/package.json'), 'utf8'));
  return String(pkg.version);
}

/**
 * Rewrites OpenAPI 3.0 `nullable` so Ajv 8 accepts it, in place: `nullable` without `type` becomes
 * `anyOf: [schema, {type: 'null'}]`, and a nullable `enum` gains `null` (GitHub sends null there).
 * Returns the number of schemas rewritten.
 */
export function fixNullable(node) {
  let count = 0;
  const visit = (value) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const child of Object.values(value)) visit(child);
    if (value.nullable !== true) return;
    if (Array.isArray(value.enum) && !value.enum.includes(null)) value.enum.push(null);
    if ('type' in value) return;
    count++;
    const { nullable: _nullable, description, readOnly, ...rest } = value;
    for (const key of Object.keys(value)) delete value[key];
    if (description !== undefined) value.description = description;
    if (readOnly !== undefined) value.readOnly = readOnly;
    // A bare `nullable: true` already allows anything, null included.
    if (Object.keys(rest).length > 0) value.anyOf = [rest, { type: 'null' }];
  };
  visit(node);
  return count;
}

/** Builds a document holding only the given operations and the components they reach. */
export function buildSubset(spec, operationIds = FAKE_OPERATION_IDS, options = {}) {
  const wanted = new Set(operationIds);
  const paths = {};
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== 'object' || !wanted.has(op.operationId)) continue;
      paths[path] ??= {};
      paths[path][method] = op;
      wanted.delete(op.operationId);
    }
  }
  if (wanted.size > 0 && !options.allowMissing)
    throw new Error(`operations missing from the spec: ${[...wanted].join(', ')}`);

  const components = {};
  const pending = [paths];
  const seen = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) {
      for (const item of value) collect(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (typeof value.$ref === 'string' && value.$ref.startsWith('#/components/') && !seen.has(value.$ref)) {
      seen.add(value.$ref);
      const [, , kind, name] = value.$ref.split('/');
      const target = spec.components?.[kind]?.[name];
      if (target === undefined) throw new Error(`dangling $ref ${value.$ref}`);
      components[kind] ??= {};
      components[kind][name] = target;
      pending.push(target);
    }
    for (const child of Object.values(value)) collect(child);
  };
  while (pending.length > 0) collect(pending.pop());
  return { openapi: spec.openapi, info: spec.info, paths, components };
}

/** Reads and fixes the full description (13 MB; only for operations outside the subset). */
export function loadFullSpec() {
  const spec = JSON.parse(readFileSync(fullSpecPath(), 'utf8'));
  fixNullable(spec);
  return spec;
}

/** Where the subset for the installed spec and the current operation list is cached. */
export function subsetCachePath(cacheDir = join(nodeModules, '.cache', 'decision-register')) {
  const key = createHash('sha256')
    .update(JSON.stringify([TRANSFORM_VERSION, FAKE_OPERATION_IDS]))
    .digest('hex')
    .slice(0, 10);
  return join(cacheDir, `github-subset-${openapiPackageVersion()}-${key}.json`);
}

/**
 * Returns the subset document, from the cache when present, else generated and cached.
 * The write goes through a temporary file and a rename, so parallel test workers never read half a file.
 */
export function loadGithubSubset(options = {}) {
  const file = subsetCachePath(options.cacheDir);
  if (!options.force) {
    try {
      return { document: JSON.parse(readFileSync(file, 'utf8')), file, generated: false };
    } catch {
      // missing or unreadable: regenerate below
    }
  }
  const document = buildSubset(loadFullSpec());
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(document));
  renameSync(tmp, file);
  return { document, file, generated: true };
}

// GitHub Enterprise Server 3.17 (#11 point 5): requests are also checked against its description,
// for the operations it has. Its subset is cut and cached the same way; absent ones are skipped.
export const GHES_VERSION = '3.17';

/** Path of the GHES description shipped by @octokit/openapi. */
export function ghesSpecPath() {
  return require.resolve(`@octokit/openapi/generated/ghes-${GHES_VERSION}.json`);
}

/** The GHES subset of the fake's operations (those GHES has), from the cache or generated. */
export function loadGhesSubset(options = {}) {
  const file = subsetCachePath(options.cacheDir).replace(
    /github-subset-/,
    `github-ghes-${GHES_VERSION}-subset-`,
  );
  try {
    return { document: JSON.parse(readFileSync(file, 'utf8')), file, generated: false };
  } catch {
    // missing or unreadable: regenerate below
  }
  const spec = JSON.parse(readFileSync(ghesSpecPath(), 'utf8'));
  fixNullable(spec);
  const document = buildSubset(spec, FAKE_OPERATION_IDS, { allowMissing: true });
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(document));
  renameSync(tmp, file);
  return { document, file, generated: true };
}

if (
  process.argv[1]?.endsWith('gen-github-subset.mjs') &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const { file, document } = loadGithubSubset({ force: process.argv.includes('--force') });
  const ops = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  process.stdout.write(`${file} (${ops} operations)\n`);
}
