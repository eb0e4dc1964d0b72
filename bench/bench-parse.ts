/**
 * Parser benchmark: registers of 1,000 and 10,000 decisions in both forms; prints ms,
 * decisions/s and peak RSS of parseRegister, and a bare `yaml` parse of the same YAML for
 * comparison. Each case runs in its own process so peak RSS is that case's own.
 *
 * Run (src imports end in .js, so bundle first; the banner gives bundled CommonJS a require):
 *   npx esbuild bench/bench-parse.ts --bundle --platform=node --format=esm \
 *     --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" \
 *     --outfile=.tmp/bench-parse.mjs && node .tmp/bench-parse.mjs
 */
import { execFileSync } from 'node:child_process';
import { parse as parseYamlText } from 'yaml';
import { parseRegister } from '../src/parse/parse-register.js';

const SIZES = [1000, 10000] as const;
const RUNS = 5;

/** A YAML register of `count` decisions (and a review), like a long-lived real one. */
export function yamlRegister(count: number): string {
  const lines = [
    'review:',
    '  title: Generated review',
    '  date: 2026-11-24',
    '  cycle_days: 14',
    '  attendees:',
    '    - { name: Dana Kim, github: dkim, role: product sponsor, group: core }',
    'decisions:',
  ];
  for (let i = 1; i <= count; i++) {
    lines.push(
      `  - id: D${i}`,
      `    title: Which option number ${i} the platform programme takes`,
      `    status: ${i % 3 === 0 ? 'blocked' : 'assigned'}`,
      '    owner: "@dkim"',
      '    due: 2026-12-08',
      '    topics: [identity, hosting]',
      ...(i > 1 ? [`    depends_on: [D${i - 1}]`] : []),
      ...(i % 3 === 0
        ? ['    blocked_by:', '      - { what: HRIS export, owner: "@hris", due: 2026-12-01 }']
        : []),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The same register in the Markdown form: front matter and one decisions table. */
export function markdownRegister(count: number): string {
  const lines = [
    '---',
    'title: Generated review',
    'date: 2026-11-24',
    'cycle_days: 14',
    'attendees:',
    '  - { name: Dana Kim, github: dkim, role: product sponsor, group: core }',
    '---',
    '',
    '# Generated review',
    '',
    'A summary paragraph that is not a commitment.',
    '',
    '## Decisions',
    '',
    '| ID | Decision | Status | Owner | Due | Topics | Depends on |',
    '| -- | -------- | ------ | ----- | --- | ------ | ---------- |',
  ];
  for (let i = 1; i <= count; i++) {
    const deps = [i > 1 ? `D${i - 1}` : '', i % 3 === 0 ? 'HRIS export (@hris, due 2026-12-01)' : '']
      .filter(Boolean)
      .join('; ');
    const status = i % 3 === 0 ? 'blocked' : 'assigned';
    lines.push(
      `| D${i} | Which option number ${i} the platform programme takes | ${status} | @dkim | 2026-12-08 | identity, hosting | ${deps || '—'} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

interface Figures {
  ms: number;
  bareYamlMs?: number;
  peakRssMb: number;
  decisions: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** One case, in this process: prints its figures as JSON. */
function runCase(form: 'yaml' | 'markdown', count: number): Figures {
  const text = form === 'yaml' ? yamlRegister(count) : markdownRegister(count);
  const file = form === 'yaml' ? 'bench.yml' : 'bench.md';
  parseRegister(file, markdownRegister(10)); // compile ajv, load remark: not part of the figure
  let decisions = 0;
  const parse = () => {
    const { register, findings } = parseRegister(file, text);
    decisions = register.decisions.length;
    if (findings.length > 0) throw new Error(`unexpected findings: ${findings[0]!.message}`);
  };
  parse();
  // Peak RSS of the process after one parse (before repeated runs leave garbage behind).
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const figures: Figures = { ms: time(parse), decisions, peakRssMb };
  if (form === 'yaml') figures.bareYamlMs = time(() => parseYamlText(text));
  return figures;
}

/** Runs every case in a child process and prints a table. */
export function main(): void {
  const caseArg = process.argv.indexOf('--case');
  if (caseArg >= 0) {
    const form = process.argv[caseArg + 1] as 'yaml' | 'markdown';
    console.log(JSON.stringify(runCase(form, Number(process.argv[caseArg + 2]))));
    return;
  }
  const script = process.argv[1]!;
  const results: Record<string, Figures> = {};
  for (const form of ['yaml', 'markdown'] as const) {
    for (const count of SIZES) {
      const out = execFileSync(process.execPath, [script, '--case', form, String(count)], {
        encoding: 'utf8',
      });
      const figures = JSON.parse(out.trim().split('\n').pop()!) as Figures;
      results[`${form} ${count}`] = figures;
      const rate = Math.round((figures.decisions / figures.ms) * 1000);
      const bare =
        figures.bareYamlMs === undefined
          ? ''
          : `  bare yaml.parse ${figures.bareYamlMs.toFixed(1)} ms (parse/bare ${(figures.ms / figures.bareYamlMs).toFixed(2)}x)`;
      console.log(
        `${form.padEnd(8)} ${String(count).padStart(6)} decisions: ${figures.ms.toFixed(1).padStart(8)} ms  ${String(rate).padStart(8)} decisions/s  peak RSS ${figures.peakRssMb.toFixed(0)} MB${bare}`,
      );
    }
  }
  for (const form of ['yaml', 'markdown']) {
    const ratio = results[`${form} 10000`]!.ms / results[`${form} 1000`]!.ms;
    console.log(`${form}: time(10k)/time(1k) = ${ratio.toFixed(1)}`);
  }
}

// Importing this module (for its generators) with --no-main skips the run.
if (!process.argv.includes('--no-main')) main();
