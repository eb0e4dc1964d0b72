/**
 * `npm run bench`: the checker on generated registers of 1,000 and 10,000 decisions, YAML and
 * Markdown. For each: parse time, full check time (parse + every rule), decisions/s, peak RSS,
 * and for YAML a bare `yaml` parse of the same text. Each case runs in its own process so its
 * peak RSS is its own; times are the median of 5 runs after a warm-up.
 */
import { execFileSync } from 'node:child_process';
import { parse as parseYamlText } from 'yaml';
import { checkFiles } from '../src/check/check-files.js';
import { defaultConfig } from '../src/config/default-config.js';
import { parseRegister } from '../src/parse/parse-register.js';
import { markdownRegister, yamlRegister } from './generate-registers.js';

const SIZES = [1000, 10000] as const;
const RUNS = 5;
const TODAY = '2026-11-25';

interface Figures {
  parseMs: number;
  checkMs: number;
  bareYamlMs?: number;
  peakRssMb: number;
  decisions: number;
  findings: number;
}

function median(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

function runCase(form: 'yaml' | 'markdown', count: number): Figures {
  const text = form === 'yaml' ? yamlRegister(count) : markdownRegister(count);
  const file = form === 'yaml' ? 'bench.yml' : 'bench.md';
  const config = defaultConfig();
  checkFiles([{ path: file, content: markdownRegister(10) }], config, TODAY); // warm-up: ajv, remark
  const first = checkFiles([{ path: file, content: text }], config, TODAY);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    parseMs: median(() => parseRegister(file, text)),
    checkMs: median(() => checkFiles([{ path: file, content: text }], config, TODAY)),
    ...(form === 'yaml' ? { bareYamlMs: median(() => parseYamlText(text)) } : {}),
    peakRssMb,
    decisions: first.summary.decisions,
    findings: first.findings.length,
  };
}

function main(): void {
  const caseArg = process.argv.indexOf('--case');
  if (caseArg >= 0) {
    const form = process.argv[caseArg + 1] as 'yaml' | 'markdown';
    console.log(JSON.stringify(runCase(form, Number(process.argv[caseArg + 2]))));
    return;
  }
  console.log(`decision-register benchmark (node ${process.version}, median of ${RUNS})\n`);
  const results = new Map<string, Figures>();
  for (const form of ['yaml', 'markdown'] as const) {
    for (const count of SIZES) {
      const out = execFileSync(process.execPath, [process.argv[1]!, '--case', form, String(count)], {
        encoding: 'utf8',
      });
      const f = JSON.parse(out.trim().split('\n').pop()!) as Figures;
      results.set(`${form} ${count}`, f);
      const rate = Math.round((f.decisions / f.checkMs) * 1000);
      const bare = f.bareYamlMs === undefined ? '' : `  bare yaml.parse ${f.bareYamlMs.toFixed(0)} ms`;
      console.log(
        `${form.padEnd(8)} ${String(count).padStart(6)} decisions  parse ${f.parseMs.toFixed(0).padStart(5)} ms` +
          `  check ${f.checkMs.toFixed(0).padStart(5)} ms  ${String(rate).padStart(7)} decisions/s` +
          `  peak RSS ${f.peakRssMb.toFixed(0)} MB${bare}`,
      );
    }
  }
  const y1 = results.get('yaml 1000')!;
  const y10 = results.get('yaml 10000')!;
  const m1 = results.get('markdown 1000')!;
  const m10 = results.get('markdown 10000')!;
  const peak = Math.max(...[...results.values()].map((f) => f.peakRssMb));
  const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');
  console.log('\nTargets:');
  console.log(
    `  Markdown 10k checked in ${m10.checkMs.toFixed(0)} ms (≤ 1000): ${verdict(m10.checkMs <= 1000)}`,
  );
  console.log(
    `  Markdown time(10k)/time(1k) = ${(m10.checkMs / m1.checkMs).toFixed(1)} (≤ 12): ${verdict(m10.checkMs / m1.checkMs <= 12)}`,
  );
  const yamlRatio = y10.checkMs / y10.bareYamlMs!;
  console.log(
    `  YAML 10k check / bare yaml.parse = ${yamlRatio.toFixed(2)} (≤ 1.3): ${verdict(yamlRatio <= 1.3)}`,
  );
  console.log(`  YAML time(10k)/time(1k) = ${(y10.checkMs / y1.checkMs).toFixed(1)}`);
  console.log(`  peak RSS ${peak.toFixed(0)} MB (< 300): ${verdict(peak < 300)}`);
}

main();
