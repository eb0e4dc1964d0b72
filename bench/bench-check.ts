/**
 * `npm run bench`: the checker on generated registers of 1k, 10k and 50k decisions (YAML) and 1k
 * and 10k (Markdown), against the two YAML libraries on the same text: js-yaml's `load` and
 * `yaml`'s `parseDocument` + `toJS`. Every figure comes from its own process, so each peak RSS is
 * that case's own, taken after the first run (repeats only pile up garbage); times are CPU
 * times (user + system), medians after a warm-up. Then the Action's cold start (see
 * bench-cold-start.ts). Prints each goal and whether it is met. For YAML it also prints where
 * the check's time goes: js-yaml's events, our pass over them (values and offsets), the model
 * (build, schema, normalize) and the rules, each the difference of two cases' medians.
 *
 * `npm run bench -- --quick` skips the 50k case; `npm run bench -- --cold` measures only the cold start.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { load as jsYamlLoad, parseEvents } from 'js-yaml';
import { parseDocument } from 'yaml';
import { checkFiles } from '../src/check/check-files.js';
import { defaultConfig } from '../src/config/default-config.js';
import { parseRegister } from '../src/parse/parse-register.js';
import { loadYaml } from '../src/parse/yaml/load-yaml.js';
import { measureColdStart } from './bench-cold-start.js';
import { markdownRegister, yamlRegister } from './generate-registers.js';

const TODAY = '2026-11-25';
/** `events` is js-yaml's parseEvents alone and `read` our YAML reader (events + offsets): with
 * `parse` and `check` they split the check's time into phases. */
type Subject = 'check' | 'parse' | 'read' | 'events' | 'js-yaml' | 'yaml';

interface Figures {
  ms: number;
  peakRssMb: number;
  decisions?: number;
  findings?: number;
}

/** Fewer runs for big inputs: the machine is shared and 50k takes seconds per run. */
const runsFor = (count: number) => (count >= 50_000 ? 3 : 5);

/** Median CPU time (user + system) of `run`: steadier than wall time on a shared machine. */
function median(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** One subject on one register, in this process (the parent spawns one process per case). */
function runCase(form: 'yaml' | 'markdown', count: number, subject: Subject): Figures {
  const text = form === 'yaml' ? yamlRegister(count) : markdownRegister(count);
  const file = form === 'yaml' ? 'bench.yml' : 'bench.md';
  const config = { ...defaultConfig(), max_file_bytes: 64 * 1024 * 1024 };
  const runs = runsFor(count);
  if (subject === 'js-yaml' || subject === 'yaml' || subject === 'events' || subject === 'read') {
    const readers: Record<typeof subject, () => unknown> = {
      'js-yaml': () => jsYamlLoad(text),
      yaml: () => parseDocument(text, { uniqueKeys: true }).toJS(),
      events: () => parseEvents(text, { maxDepth: 100 }),
      read: () => loadYaml(file, text),
    };
    const run = readers[subject];
    // yaml takes seconds at 50k: the first run, then one timed run.
    const big = subject === 'yaml' && count >= 50_000;
    run();
    const peakRssMb = process.resourceUsage().maxRSS / 1024; // one run's peak, before repeats pile up garbage
    const ms = median(big ? 1 : runs, run);
    return { ms, peakRssMb };
  }
  const small = form === 'yaml' ? yamlRegister(10) : markdownRegister(10);
  checkFiles([{ path: file, content: small }], config, TODAY); // warm-up: ajv, the reader
  // Only the counts of the first run are kept: holding its result would make every timed run
  // collect garbage around a second live register, which js-yaml's runs do not have.
  let counts: Pick<Figures, 'decisions' | 'findings'> = {};
  if (subject === 'parse') parseRegister(file, text, { maxBytes: config.max_file_bytes });
  else {
    const first = checkFiles([{ path: file, content: text }], config, TODAY);
    counts = { decisions: first.summary.decisions, findings: first.findings.length };
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const ms =
    subject === 'parse'
      ? median(runs, () => parseRegister(file, text, { maxBytes: config.max_file_bytes }))
      : median(runs, () => checkFiles([{ path: file, content: text }], config, TODAY));
  return { ms, peakRssMb, ...counts };
}

function spawnCase(form: string, count: number, subject: Subject): Figures {
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=4096', process.argv[1]!, '--case', form, String(count), subject],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Figures;
}

const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
const mb = (f: Figures) => `${f.peakRssMb.toFixed(0).padStart(4)} MB`;

async function main(): Promise<void> {
  const caseArg = process.argv.indexOf('--case');
  if (caseArg >= 0) {
    const [form, count, subject] = process.argv.slice(caseArg + 1);
    console.log(JSON.stringify(runCase(form as 'yaml' | 'markdown', Number(count), subject as Subject)));
    return;
  }
  const quick = process.argv.includes('--quick');
  const yamlSizes = quick ? [1000, 10_000] : [1000, 10_000, 50_000];
  console.log(
    `decision-register benchmark (node ${process.version}; CPU ms, medians of 5 runs, 3 at 50k, 1 for yaml at 50k)\n` +
      `machine: ${availableParallelism()} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} at the start (figures are noisy when the load exceeds the cores)\n`,
  );
  const goals: string[] = [];
  if (process.argv.includes('--cold')) {
    await coldStart(goals);
    console.log(`\nGoals:\n${goals.map((g) => `  ${g}`).join('\n')}`);
    return;
  }
  const yaml = new Map<number, Record<Subject, Figures>>();
  for (const count of yamlSizes) {
    const row = {} as Record<Subject, Figures>;
    for (const subject of ['check', 'parse', 'read', 'events', 'js-yaml', 'yaml'] as const)
      row[subject] = spawnCase('yaml', count, subject);
    yaml.set(count, row);
    const { check, parse } = row;
    const rate = Math.round((check.decisions! / check.ms) * 1000);
    console.log(
      `YAML ${String(count).padStart(6)} decisions: check ${fmt(check.ms)} ${mb(check)} (${rate} decisions/s), parse ${fmt(parse.ms)}\n` +
        `      js-yaml load ${fmt(row['js-yaml'].ms)} ${mb(row['js-yaml'])}   yaml parseDocument+toJS ${fmt(row.yaml.ms)} ${mb(row.yaml)}\n` +
        `      check / js-yaml: time ${(check.ms / row['js-yaml'].ms).toFixed(2)}×, peak RSS ${(check.peakRssMb / row['js-yaml'].peakRssMb).toFixed(2)}×` +
        `   check / yaml: time ${(check.ms / row.yaml.ms).toFixed(2)}×, peak RSS ${(check.peakRssMb / row.yaml.peakRssMb).toFixed(2)}×\n` +
        `      phases (differences of separate runs): js-yaml events ${fmt(row.events.ms)}, our event pass + offsets ${fmt(row.read.ms - row.events.ms)},` +
        ` model (build, schema, normalize) ${fmt(parse.ms - row.read.ms)}, rules + findings ${fmt(check.ms - parse.ms)}`,
    );
  }
  const markdown = new Map<number, Figures>();
  for (const count of [1000, 10_000]) {
    const f = spawnCase('markdown', count, 'check');
    markdown.set(count, f);
    console.log(`Markdown ${String(count).padStart(6)} decisions: check ${fmt(f.ms)} ${mb(f)}`);
  }

  const y10 = yaml.get(10_000)!;
  const r10 = y10.check.ms / y10['js-yaml'].ms;
  const b10 = y10.check.ms / y10.yaml.ms;
  goals.push(`YAML 10k check / bare yaml parse = ${b10.toFixed(2)}× (≤ 1.3): ${verdict(b10 <= 1.3)}`);
  goals.push(`YAML 10k check / js-yaml load = ${r10.toFixed(2)}× (≤ 2): ${verdict(r10 <= 2)}`);
  goals.push(
    `YAML 10k check peak RSS ${y10.check.peakRssMb.toFixed(0)} MB (< 300): ${verdict(y10.check.peakRssMb < 300)}`,
  );
  const y50 = yaml.get(50_000);
  if (y50) {
    const t = y50.check.ms / y50['js-yaml'].ms;
    const m = y50.check.peakRssMb / y50['js-yaml'].peakRssMb;
    goals.push(`YAML 50k check / js-yaml load: time ${t.toFixed(2)}× (≤ 2): ${verdict(t <= 2)}`);
    goals.push(`YAML 50k check / js-yaml load: peak RSS ${m.toFixed(2)}× (≤ 2): ${verdict(m <= 2)}`);
  }
  const m1 = markdown.get(1000)!;
  const m10 = markdown.get(10_000)!;
  goals.push(`Markdown 10k checked in ${m10.ms.toFixed(0)} ms (≤ 1000): ${verdict(m10.ms <= 1000)}`);
  goals.push(
    `Markdown time(10k)/time(1k) = ${(m10.ms / m1.ms).toFixed(1)} (≤ 12): ${verdict(m10.ms / m1.ms <= 12)}`,
  );

  await coldStart(goals);
  console.log(
    `\nload average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`\nGoals:\n${goals.map((g) => `  ${g}`).join('\n')}`);
}

async function coldStart(goals: string[]): Promise<void> {
  const cold = await measureColdStart();
  console.log(
    `\nAction cold start (dist/index.js, review of a YAML-only PR, start → first API request), median of ${cold.runs}:\n` +
      `  wall: action ${cold.actionMs.toFixed(0)} ms, bare node -e 0 ${cold.bareMs.toFixed(0)} ms` +
      `; CPU: action ${cold.actionCpuMs.toFixed(0)} ms, bare ${cold.bareCpuMs.toFixed(0)} ms\n` +
      `  JavaScript imported statically by dist/index.js (compiled before the first request): ${cold.modules}`,
  );
  const ratio = cold.actionMs / cold.bareMs;
  const cpuRatio = cold.actionCpuMs / cold.bareCpuMs;
  goals.push(
    `Action start → first request / node -e 0, wall = ${ratio.toFixed(2)}× (≤ 3): ${verdict(ratio <= 3)}`,
  );
  goals.push(
    `Action start → first request / node -e 0, CPU = ${cpuRatio.toFixed(2)}× (≤ 3): ${verdict(cpuRatio <= 3)}`,
  );
}

await main();
