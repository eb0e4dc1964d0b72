/**
 * `npm run bench:fix`: `decision-register fix` against `check` on generated 10,000-row
 * registers (YAML and Markdown) in which every 4th owner is written as a name the attendees
 * map to a login, so fix has 2,500 fixes to compute and apply. Both run in-process through the
 * CLI (reading and writing real files); times are the median of 5 runs after a warm-up. Goal:
 * fix within 2× of check.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/run-cli.js';
import { markdownRegister, yamlRegister } from './generate-registers.js';

const ROWS = 10_000;
const RUNS = 5;

function withNames(text: string, form: 'yaml' | 'markdown'): string {
  let n = 0;
  const pattern = form === 'yaml' ? /owner: "@dkim"/g : /\| @dkim \|/g;
  return text.replace(pattern, (m) => (n++ % 4 === 0 ? (form === 'yaml' ? 'owner: Dana' : '| Dana |') : m));
}

const io = (cwd: string) => ({
  cwd,
  env: {},
  stdoutIsTty: false,
  write: () => {},
  writeError: () => {},
  readStdin: async () => new Uint8Array(),
  today: () => '2026-11-25',
});

async function median(run: () => Promise<unknown>, before: () => void): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    before();
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

async function main(): Promise<void> {
  // The figures are only comparable with the machine's load next to them.
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  console.log(`context: ${availableParallelism()} cores, load average ${load}, node ${process.version}`);
  let allMet = true;
  for (const form of ['yaml', 'markdown'] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'dr-bench-fix-'));
    const file = form === 'yaml' ? 'bench.yml' : 'bench.md';
    const text = withNames(form === 'yaml' ? yamlRegister(ROWS) : markdownRegister(ROWS), form);
    const reset = () => writeFileSync(join(dir, file), text);
    reset();
    await runCli(['check', file], io(dir)); // warm-up
    await runCli(['fix', file], io(dir));
    const check = await median(() => runCli(['check', '--format', 'json', file], io(dir)), reset);
    const fix = await median(() => runCli(['fix', file], io(dir)), reset);
    const ratio = fix / check;
    const met = ratio <= 2;
    allMet &&= met;
    console.log(
      `${form.padEnd(8)} ${ROWS} rows, ${ROWS / 4} fixes: check ${check.toFixed(0)} ms, fix ${fix.toFixed(0)} ms, ratio ${ratio.toFixed(2)}× (goal ≤ 2×: ${met ? 'met' : 'NOT met'})`,
    );
  }
  console.log(allMet ? 'All goals met.' : 'Some goals NOT met.');
}

await main();
