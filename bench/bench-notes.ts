/**
 * `npm run bench:notes [CORPUS_DIR]`: checking 300 real meeting-notes files against
 * markdownlint-cli2 on the same files (goal: within 2×). The corpus's Markdown files (default
 * ../shared/corpus) are cycled to 300 in a temp dir. Timed twice: in one process (warm, median
 * of 5 after a warm-up: reading the files + parse + every rule, vs markdownlint-cli2's `main`),
 * and as the command a user runs (a fresh `node` process each, median of 3; our CLI bundled from
 * src/ like dist/). Also reports whether the NLP library (compromise) is loaded on a run whose
 * files have no prose (goal: not loaded), and on the notes run, via module resolve hooks.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { checkFiles } from '../src/check/check-files.js';
import { defaultConfig } from '../src/config/default-config.js';

const COUNT = 300;
const RUNS = 3;
const PROCESS_RUNS = 3;
const GOAL = 2;
const TODAY = '2026-12-01';
const SKIP = new Set(['SOURCES.md', 'LICENSE.md', 'README.md']);

type MarkdownlintMain = (params: Record<string, unknown>) => Promise<number>;
// markdownlint-cli2 ships no type declarations; its `main` is its documented programmatic entry.
const MARKDOWNLINT_CLI2 = 'markdownlint-cli2';
const { main: markdownlint } = (await import(MARKDOWNLINT_CLI2)) as { main: MarkdownlintMain };

async function corpusNotes(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.md') && !SKIP.has(entry.name)) found.push(full);
    }
  };
  await walk(root);
  return found.sort();
}

async function median(run: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function timeProcess(args: string[], cwd: string): number {
  const times: number[] = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(PROCESS_RUNS / 2)]!;
}

/** The CLI bundled from src/: like dist/ (for timing) or with packages left as imports (to watch them load). */
async function bundleCli(outdir: string, external: boolean): Promise<string> {
  await build({
    entryPoints: { cli: 'src/cli/run.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    logLevel: 'warning',
    ...(external ? { packages: 'external' as const } : {}),
    banner: {
      js: "import { createRequire as __drCreateRequire } from 'node:module'; const require = __drCreateRequire(import.meta.url);",
    },
    define: { __DR_VERSION__: '"bench"' },
  });
  return join(outdir, 'cli.js');
}

const HOOK = `import { registerHooks } from 'node:module';
let loaded = false;
registerHooks({ resolve(specifier, context, next) {
  const result = next(specifier, context);
  if (/[\\\\/]node_modules[\\\\/]compromise[\\\\/]/.test(result.url)) loaded = true;
  return result;
} });
process.on('exit', () => process.stderr.write('\\nCOMPROMISE-LOADED ' + loaded + '\\n'));
`;

function compromiseLoaded(cli: string, hook: string, cwd: string, operands: string[]): boolean {
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, cli, 'check', ...operands], {
    cwd,
    encoding: 'utf8',
  });
  return /COMPROMISE-LOADED true/.test(run.stderr);
}

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? '../shared/corpus');
  const sources = await corpusNotes(root).catch(() => []);
  if (sources.length === 0) {
    console.error(`bench:notes: no Markdown files under ${root}`);
    process.exitCode = 2;
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'dr-bench-notes-'));
  try {
    await mkdir(join(dir, 'notes'));
    const paths: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const source = sources[i % sources.length]!;
      const path = `notes/${String(i).padStart(3, '0')}-${basename(source)}`;
      await writeFile(join(dir, path), await readFile(source));
      paths.push(path);
    }
    const config = defaultConfig();
    const ours = async () => {
      const files = await Promise.all(
        paths.map(async (path) => ({ path, content: await readFile(join(dir, path)) })),
      );
      return checkFiles(files, config, TODAY);
    };
    const theirs = () =>
      markdownlint({
        directory: dir,
        argv: ['notes/**/*.md'],
        noImport: true,
        logMessage: () => {},
        logError: () => {},
      });
    const first = await ours();
    await theirs();
    const oursMs = await median(ours, RUNS);
    const theirsMs = await median(theirs, RUNS);

    const bundled = await bundleCli(join(dir, 'cli-bundle'), false);
    const bin = resolve('node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
    const oursCold = timeProcess([bundled, 'check', '--format', 'json', 'notes'], dir);
    const theirsCold = timeProcess([bin, 'notes/**/*.md'], dir);

    const external = await bundleCli(resolve('node_modules/.cache/decision-register/bench-notes-cli'), true);
    const hook = join(dir, 'hook.mjs');
    await writeFile(hook, HOOK);
    await writeFile(join(dir, 'only.yml'), await readFile('fixtures/examples/operationalization-review.yml'));
    const onYaml = compromiseLoaded(external, hook, dir, ['only.yml']);
    const onNotes = compromiseLoaded(external, hook, dir, ['notes']);

    const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
    const warm = oursMs / theirsMs;
    const cold = oursCold / theirsCold;
    console.log(`decision-register notes benchmark (node ${process.version})`);
    console.log(
      `${COUNT} notes files (${sources.length} corpus files cycled), ${first.findings.length} findings, ${first.summary.decisions} decisions`,
    );
    console.log(`\n  in one process (median of ${RUNS}, warm):`);
    console.log(`    decision-register check   ${oursMs.toFixed(0).padStart(6)} ms`);
    console.log(`    markdownlint-cli2         ${theirsMs.toFixed(0).padStart(6)} ms`);
    console.log(`    ratio ${warm.toFixed(2)}× (≤ ${GOAL}×): ${verdict(warm <= GOAL)}`);
    console.log(`  as a command, fresh process each (median of ${PROCESS_RUNS}):`);
    console.log(`    decision-register check   ${oursCold.toFixed(0).padStart(6)} ms`);
    console.log(`    markdownlint-cli2         ${theirsCold.toFixed(0).padStart(6)} ms`);
    console.log(`    ratio ${cold.toFixed(2)}× (≤ ${GOAL}×): ${verdict(cold <= GOAL)}`);
    console.log('\nNLP library:');
    console.log(
      `  compromise loaded on a YAML-only run: ${onYaml ? 'yes' : 'no'} (goal: no): ${verdict(!onYaml)}`,
    );
    console.log(`  compromise loaded on the notes run: ${onNotes ? 'yes' : 'no'}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
