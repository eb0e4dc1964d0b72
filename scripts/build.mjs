// Bundles the entry points into dist/ (ESM, Node 24). `--check` rebuilds in memory and fails
// when dist/ differs, so CI catches a stale bundle.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const entries = {
  index: 'src/index.ts',
  cli: 'src/cli/run.ts',
  app: 'src/app/run.ts',
};
const check = process.argv.includes('--check');

// No entry asks for an OIDC token, yet @actions/core imports its OIDC client statically, and with
// it @actions/http-client and undici (≈770 KB that every Action run would load before its first
// request). A stub stands in for it; @actions/github still brings the real client where a proxy
// needs it (src/action/create-octokit.ts).
const noOidc = {
  name: 'no-oidc',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer)
        ? { path: join(process.cwd(), 'scripts/build/oidc-stub.mjs') }
        : undefined,
    );
  },
};
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
if (!check) await rm('dist', { recursive: true, force: true });

const result = await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  write: !check,
  // Bundled CommonJS dependencies still call require(); give them one.
  banner: {
    js: "import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);",
  },
  define: { __DR_VERSION__: JSON.stringify(version) },
  metafile: true,
  plugins: [noOidc],
});

if (check) {
  const stale = [];
  const expected = new Set();
  for (const file of result.outputFiles) {
    const path = relative(process.cwd(), file.path);
    expected.add(path);
    const current = await readFile(file.path, 'utf8').catch(() => null);
    if (current !== file.text) stale.push(path);
  }
  const present = await readdir('dist', { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of present) {
    const path = join(relative(process.cwd(), entry.parentPath), entry.name);
    if (entry.isFile() && !expected.has(path)) stale.push(`${path} (not built from src/)`);
  }
  if (stale.length > 0) {
    console.error(`dist/ is out of date with src/ (${stale.join(', ')}). Run: npm run build`);
    process.exit(1);
  }
  console.log(`dist/ is current (${result.outputFiles.length} files).`);
}
