/**
 * `npm run bench`: the checker on generated registers of 1k, 10k and 50k decisions (YAML) and 1k
 * and 10k (Markdown), against the two YAML libraries on the same text: js-yaml's `load` and
 * `yaml`'s `parseDocument` + `toJS`. Each run is a process of its own that makes the register,
 * warms up on a 10-decision one (modules, ajv) and then runs its subject once, cold, as one CLI
 * or Action run does; it reports CPU time (user + system), wall time and peak RSS. Subjects take
 * turns round by round and each ratio is the median of the ratios within a round, so a machine
 * that slows down for a while does not tilt them. Then the Action's cold start (see
 * bench-cold-start.ts). Prints each goal and whether it is met. For YAML it also prints where
 * the check's time goes: js-yaml's events, our pass over them (values and offsets), the model
 * (build, schema, normalize) and the rules, each the difference of two subjects' medians.
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
  /** CPU time (user + system) and wall time of the run, ms. */
  ms: number;
  wallMs: number;
  /** Warm CPU time (registers up to 10k): the median of five runs after the cold one. */
  warmMs?: number;
  peakRssMb: number;
  decisions?: number;
  findings?: number;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Runs per subject: fewer for big inputs, where one check takes seconds. */
const runsFor = (count: number, subject: Subject) =>
  subject === 'yaml' && count >= 50_000 ? 1 : count >= 50_000 ? 5 : 7;

/**
 * One run of one subject, in this process (the parent spawns a process per run). The register
 * is made and a 10-decision one checked first, so module loading and ajv's compile are not
 * timed; the run itself is timed cold, as one CLI or Action run is.
 */
function runOnce(form: 'yaml' | 'markdown', count: number, subject: Subject): Figures {
  const text = form === 'yaml' ? yamlRegister(count) : markdownRegister(count);
  const file = form === 'yaml' ? 'bench.yml' : 'bench.md';
  const config = { ...defaultConfig(), max_file_bytes: 64 * 1024 * 1024 };
  const small = form === 'yaml' ? yamlRegister(10) : markdownRegister(10);
  checkFiles([{ path: file, content: small }], config, TODAY);
  if (form === 'yaml') jsYamlLoad(small);
  const subjects: Record<Subject, () => unknown> = {
    'js-yaml': () => jsYamlLoad(text),
    yaml: () => parseDocument(text, { uniqueKeys: true }).toJS(),
    events: () => parseEvents(text, { maxDepth: 100 }),
    read: () => loadYaml(file, text),
    parse: () => parseRegister(file, text, { maxBytes: config.max_file_bytes }),
    check: () => checkFiles([{ path: file, content: text }], config, TODAY),
  };
  const timed = () => {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const result = subjects[subject]();
    const wallMs = performance.now() - wall;
    const used = process.cpuUsage(cpu);
    return { result, ms: (used.user + used.system) / 1000, wallMs };
  };
  const { result, ms, wallMs } = timed();
  const figures: Figures = { ms, wallMs, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  if (count <= 10_000) {
    // Warm: the median of five more runs, each from a collected heap, as a long-running app sees.
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      (globalThis as { gc?: () => void }).gc?.();
      warm.push(timed().ms);
    }
    figures.warmMs = median(warm);
  }
  if (subject !== 'check') return figures;
  const { summary, findings } = result as ReturnType<typeof checkFiles>;
  return { ...figures, decisions: summary.decisions, findings: findings.length };
}

function spawnRun(form: string, count: number, subject: Subject): Figures {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', process.argv[1]!, '--run', form, String(count), subject],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Figures;
}

/** Medians over the runs of each subject, and the check's ratios to js-yaml and yaml. */
interface Row {
  figures: Record<Subject, Figures>;
  /** check / subject, the median over rounds of the ratio within a round. */
  ratio: Partial<Record<Subject, { cpu: number; wall: number; rss: number }>>;
}

/**
 * Every subject of one register, a fresh process per run. The subjects take turns round by
 * round, and ratios are taken within a round: a machine that slows down for a while slows
 * the runs next to each other alike.
 */
function measure(form: 'yaml' | 'markdown', count: number, names: Subject[]): Row {
  const runs = new Map<Subject, Figures[]>(names.map((name) => [name, []]));
  const rounds = Math.max(...names.map((name) => runsFor(count, name)));
  const ratios = new Map<Subject, { cpu: number[]; wall: number[]; rss: number[] }>();
  for (let round = 0; round < rounds; round++) {
    const inRound = new Map<Subject, Figures>();
    for (const name of names) {
      if (round >= runsFor(count, name)) continue;
      const figures = spawnRun(form, count, name);
      runs.get(name)!.push(figures);
      inRound.set(name, figures);
    }
    const check = inRound.get('check');
    for (const [name, other] of inRound) {
      if (name === 'check' || !check) continue;
      const list = ratios.get(name) ?? { cpu: [], wall: [], rss: [] };
      list.cpu.push(check.ms / other.ms);
      list.wall.push(check.wallMs / other.wallMs);
      list.rss.push(check.peakRssMb / other.peakRssMb);
      ratios.set(name, list);
    }
  }
  const figures = {} as Record<Subject, Figures>;
  for (const [name, list] of runs) {
    figures[name] = {
      ...list[0]!,
      ms: median(list.map((f) => f.ms)),
      wallMs: median(list.map((f) => f.wallMs)),
      peakRssMb: median(list.map((f) => f.peakRssMb)),
      ...(list[0]!.warmMs !== undefined ? { warmMs: median(list.map((f) => f.warmMs!)) } : {}),
    };
  }
  const ratio: Row['ratio'] = {};
  for (const [name, list] of ratios)
    ratio[name] = { cpu: median(list.cpu), wall: median(list.wall), rss: median(list.rss) };
  return { figures, ratio };
}

const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
const mb = (f: Figures) => `${f.peakRssMb.toFixed(0).padStart(4)} MB`;

async function main(): Promise<void> {
  const at = process.argv.indexOf('--run');
  if (at >= 0) {
    const [form, count, subject] = process.argv.slice(at + 1) as ['yaml' | 'markdown', string, Subject];
    console.log(JSON.stringify(runOnce(form, Number(count), subject)));
    return;
  }
  const quick = process.argv.includes('--quick');
  const yamlSizes = quick ? [1000, 10_000] : [1000, 10_000, 50_000];
  console.log(
    `decision-register benchmark (node ${process.version}): each run is one process that reads the register and\n` +
      'checks it once, as the CLI does; medians of 7 runs, 5 at 50k (yaml once), CPU time (user + system) and wall\n' +
      'time; the subjects take turns, and ratios are the median of ratios between runs next to each other\n' +
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
  const yaml = new Map<number, Row>();
  for (const count of yamlSizes) {
    const row = measure('yaml', count, ['check', 'js-yaml', 'yaml', 'parse', 'read', 'events']);
    yaml.set(count, row);
    const { check, parse, read, events } = row.figures;
    const toJs = row.ratio['js-yaml']!;
    const toYaml = row.ratio.yaml!;
    const rate = Math.round((check.decisions! / check.wallMs) * 1000);
    console.log(
      `YAML ${String(count).padStart(6)} decisions: check ${fmt(check.ms)} CPU, ${fmt(check.wallMs)} wall, ${mb(check)} (${rate} decisions/s)\n` +
        `      js-yaml load ${fmt(row.figures['js-yaml'].ms)} CPU ${mb(row.figures['js-yaml'])}   yaml parseDocument+toJS ${fmt(row.figures.yaml.ms)} CPU ${mb(row.figures.yaml)}\n` +
        `      check / js-yaml: CPU ${toJs.cpu.toFixed(2)}×, wall ${toJs.wall.toFixed(2)}×, peak RSS ${toJs.rss.toFixed(2)}×` +
        `   check / yaml: CPU ${toYaml.cpu.toFixed(2)}×, wall ${toYaml.wall.toFixed(2)}×, peak RSS ${toYaml.rss.toFixed(2)}×\n` +
        `      phases (CPU, differences of medians): js-yaml events ${fmt(events.ms)}, our event pass + offsets ${fmt(read.ms - events.ms)},` +
        ` model (build, schema, normalize) ${fmt(parse.ms - read.ms)}, rules + findings ${fmt(check.ms - parse.ms)}` +
        (check.warmMs === undefined
          ? ''
          : `\n      warm (median of five runs after the cold one): check ${fmt(check.warmMs)} CPU, js-yaml ${fmt(row.figures['js-yaml'].warmMs!)} CPU, ` +
            `check / js-yaml ${(check.warmMs / row.figures['js-yaml'].warmMs!).toFixed(2)}×`),
    );
  }
  const markdown = new Map<number, Figures>();
  for (const count of [1000, 10_000]) {
    const f = measure('markdown', count, ['check']).figures.check;
    markdown.set(count, f);
    console.log(
      `Markdown ${String(count).padStart(6)} decisions: check ${fmt(f.ms)} CPU, ${fmt(f.wallMs)} wall, ${mb(f)}; warm ${fmt(f.warmMs!)} CPU`,
    );
  }

  /** A time goal holds when both the CPU and the wall ratio hold. */
  const timeGoal = (what: string, r: { cpu: number; wall: number }, max: number) =>
    `${what}: CPU ${r.cpu.toFixed(2)}×, wall ${r.wall.toFixed(2)}× (≤ ${max}): ${verdict(r.cpu <= max && r.wall <= max)}`;
  const y10 = yaml.get(10_000)!;
  goals.push(timeGoal('YAML 10k check / bare yaml parse', y10.ratio.yaml!, 1.3));
  goals.push(timeGoal('YAML 10k check / js-yaml load', y10.ratio['js-yaml']!, 2));
  const peak10 = y10.figures.check.peakRssMb;
  goals.push(`YAML 10k check peak RSS ${peak10.toFixed(0)} MB (< 300): ${verdict(peak10 < 300)}`);
  const y50 = yaml.get(50_000);
  if (y50) {
    const r = y50.ratio['js-yaml']!;
    goals.push(timeGoal('YAML 50k check / js-yaml load, time', r, 2));
    goals.push(`YAML 50k check / js-yaml load, peak RSS ${r.rss.toFixed(2)}× (≤ 2): ${verdict(r.rss <= 2)}`);
  }
  const m1 = markdown.get(1000)!;
  const m10 = markdown.get(10_000)!;
  // Measured warm, as this goal always was (the cold run is printed above).
  const warm10 = m10.warmMs!;
  goals.push(
    `Markdown 10k checked in ${warm10.toFixed(0)} ms CPU, warm (≤ 1000): ${verdict(warm10 <= 1000)}`,
  );
  goals.push(
    `Markdown time(10k)/time(1k), warm = ${(warm10 / m1.warmMs!).toFixed(1)} (≤ 12): ${verdict(warm10 / m1.warmMs! <= 12)}`,
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
