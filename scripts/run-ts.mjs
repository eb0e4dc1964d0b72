// Runs a TypeScript entry (demo, benchmarks) by bundling it with esbuild first: the sources use
// NodeNext `.js` import specifiers, which Node's own type stripping does not resolve.
import { mkdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [ARGS…]');
  process.exit(2);
}
const outdir = resolve('node_modules/.cache/decision-register/run-ts');
await mkdir(outdir, { recursive: true });
const outfile = resolve(outdir, `${basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // Scripts (bench, demo, eval) parse Markdown registers: give them the Markdown reader.
  inject: ['src/parse/markdown/register-markdown.ts'],
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
