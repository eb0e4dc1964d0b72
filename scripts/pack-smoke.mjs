// `npm run test:pack`: the package as a user gets it. Packs the tarball, installs it into an empty
// folder with --omit=dev (its runtime dependencies come from the npm registry), together with the
// `node` package at the lowest version package.json's `engines` claims, and runs
// `npx decision-register` there under that Node. Exits 1 when any step is not as expected.
// Not part of `npm test`: the install takes a minute or two and needs the registry.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const lowest = (() => {
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(pkg.engines.node.trim());
  if (!match) throw new Error(`engines.node "${pkg.engines.node}" is not a plain >= range`);
  return `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}`;
})();
const keep = process.argv.includes('--keep');
const work = await mkdtemp(join(tmpdir(), 'dr-pack-'));
let failed = 0;
const check = (what, ok, detail = '') => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? `: ${detail}` : ''}`);
  if (!ok) failed++;
};
const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  // 1. The tarball holds what `files` allows, and nothing of src/ or test/.
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], process.cwd()));
  const paths = packed.files.map((f) => f.path);
  console.log(`packed ${packed.filename}: ${paths.length} files, ${(packed.size / 1024).toFixed(0)} kB`);
  for (const wanted of [
    'dist/cli.js',
    'dist/index.js',
    'dist/app.js',
    'schema/register.schema.json',
    'action.yml',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
  ]) {
    check(`tarball has ${wanted}`, paths.includes(wanted));
  }
  check(
    'tarball has no src/, test/ or fixtures/',
    !paths.some((p) => /^(src|test|fixtures|scripts)\//.test(p)),
  );

  // 2. An empty folder installs it without dev dependencies, with Node at the lowest claimed version.
  const consumer = join(work, 'consumer');
  await mkdir(join(consumer, 'decisions'), { recursive: true });
  await writeFile(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
  npm(
    ['install', '--omit=dev', '--no-audit', '--no-fund', join(work, packed.filename), `node@${lowest}`],
    consumer,
  );
  const run = (cmd, args) => spawnSync(cmd, args, { cwd: consumer, encoding: 'utf8' });
  const nodeVersion = run('npx', ['--no-install', 'node', '--version']).stdout.trim();
  check(`npx node is the lowest claimed version v${lowest}`, nodeVersion === `v${lowest}`, nodeVersion);
  check('no dev dependency installed', !(await exists(join(consumer, 'node_modules/vitest'))));

  // 3. npx decision-register there: version, a clean register, a broken one, nothing matched.
  await writeFile(
    join(consumer, 'decisions/clean.yml'),
    'decisions:\n  - { id: D1, title: Pick a host, status: assigned, owner: "@dkim", due: 2026-12-08 }\n',
  );
  const npx = (...args) => run('npx', ['--no-install', 'decision-register', ...args]);
  const version = npx('--version');
  check(
    'npx decision-register --version',
    version.status === 0 && version.stdout.trim() === pkg.version,
    version.stdout.trim(),
  );
  const clean = npx('check', '--today', '2026-11-25');
  check('npx decision-register check: clean registers exit 0', clean.status === 0, clean.stdout.trim());
  await writeFile(
    join(consumer, 'decisions/vague.yml'),
    'decisions:\n  - { id: D2, title: Pick a db, status: assigned, owner: TBD, due: 2026-12-08 }\n',
  );
  const broken = npx('check', '--today', '2026-11-25', '--format', 'json');
  check(
    'npx decision-register check: a finding exits 1',
    broken.status === 1 && /owner-vague/.test(broken.stdout),
  );
  const direct = run(join(consumer, 'node_modules/.bin/node'), [
    join(consumer, 'node_modules/.bin/decision-register'),
    'check',
    'decisions/clean.yml',
  ]);
  check(`the bin under Node v${lowest} itself`, direct.status === 0, direct.stderr.trim());
  const empty = npx('check', 'nowhere');
  check(
    'nothing matched exits 2 with one line',
    empty.status === 2 && empty.stderr.trim().split('\n').length === 1,
    empty.stderr.trim(),
  );
} finally {
  if (keep) console.log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
console.log(failed === 0 ? 'the packed CLI works' : `${failed} check(s) failed`);
process.exit(failed === 0 ? 0 : 1);

async function exists(path) {
  return readFile(resolve(path, 'package.json')).then(
    () => true,
    () => false,
  );
}
