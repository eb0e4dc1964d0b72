/**
 * `npm run eval:corpus [CORPUS_DIR]`: how well the readers read real files. For each corpus
 * folder (default ../shared/corpus/*): items read against LABELS.json (kind, owner and due
 * all right), the `followup-implied` precision/recall from the nlp evaluation, and the
 * findings per file by rule, with `schema`/`parse-error` counted (real files are valid
 * notes, so each such finding is caused by the file's shape alone). Prints a miss list.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { checkParsed, parseFiles, type SourceFile } from '../src/check/check-files.js';
import { prepareCheck } from '../src/check/prepare-check.js';
import { defaultConfig } from '../src/config/default-config.js';
import { itemsOf, type Register } from '../src/model/register.js';
import { dateInName, type Label, readLabels } from './eval/corpus-labels.js';
import { evalFollowupImpliedIfAvailable, precisionRecall } from './eval/followup-hook.js';
import { type LabelResult, matchLabels, type ReadItem } from './eval/match-items.js';

const TODAY = '2026-12-01';
const ITEMS_TARGET = 0.9;
const NOT_REGISTERS = new Set(['LABELS.json', 'SOURCES.md', 'LICENSE.md', 'README.md']);

async function filesOf(dir: string): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.(md|markdown|ya?ml)$/i.test(entry.name) && !NOT_REGISTERS.has(entry.name))
        out.push({ path: relative(dir, full).split('\\').join('/'), content: await readFile(full) });
    }
  };
  await walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function readItems(register: Register): ReadItem[] {
  return itemsOf(register).map((item) => {
    const extended = item as typeof item & { owners?: string[] };
    const owners = extended.owners ?? (item.owner ? [item.owner] : []);
    return {
      file: register.file,
      line: item.pos.line,
      kind: item.kind,
      owners,
      due: item.due,
      dueWritten: item.written?.due,
      status: item.status,
      title: item.title,
    };
  });
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const cell = (value: string | null | undefined) =>
  value === null || value === undefined ? '—' : JSON.stringify(value);

function printLabelTable(results: LabelResult[], extraByFile: Map<string, number>): number {
  const byFile = new Map<string, LabelResult[]>();
  for (const result of results)
    byFile.set(result.label.file, [...(byFile.get(result.label.file) ?? []), result]);
  console.log(
    '\n  file                                                    labels  read  right  status  extra',
  );
  let right = 0;
  for (const [file, list] of byFile) {
    const ok = list.filter((r) => r.kind && r.owner && r.due).length;
    const withStatus = list.filter((r) => r.status !== undefined);
    right += ok;
    console.log(
      `  ${file.padEnd(56)} ${String(list.length).padStart(5)} ${String(list.filter((r) => r.item).length).padStart(5)}` +
        ` ${String(ok).padStart(6)} ${`${withStatus.filter((r) => r.status).length}/${withStatus.length}`.padStart(7)}` +
        ` ${String(extraByFile.get(file) ?? 0).padStart(6)}`,
    );
  }
  return right;
}

function printMisses(results: LabelResult[]): void {
  const misses = results.filter((r) => !(r.kind && r.owner && r.due) || r.status === false);
  if (misses.length === 0) return;
  console.log(`\n  Misses (${misses.length}): file:line  wanted → read`);
  for (const { label, item, kind, owner, due, status } of misses) {
    const wanted = `${label.kind} owner ${cell(label.owner)} due ${cell(label.due)} status ${cell(label.status)}`;
    if (!item) {
      console.log(`    ${label.file}:${label.line}  not read  (wanted ${wanted}) "${label.text}"`);
      continue;
    }
    const wrong = [
      !kind && `kind ${item.kind}`,
      !owner && `owner ${cell(item.owners.join(', ') || null)}`,
      !due && `due ${cell(item.due)}`,
      status === false && `status ${cell(item.status)}`,
    ].filter(Boolean);
    console.log(`    ${label.file}:${label.line}  ${wrong.join(', ')}  (wanted ${wanted})`);
  }
}

function printFindings(findings: ReturnType<typeof checkParsed>['findings']): number {
  const byFile = new Map<string, Map<string, number>>();
  for (const finding of findings) {
    const rules = byFile.get(finding.file) ?? new Map<string, number>();
    rules.set(finding.rule, (rules.get(finding.rule) ?? 0) + 1);
    byFile.set(finding.file, rules);
  }
  const totals = new Map<string, number>();
  console.log('\n  Findings per file by rule:');
  for (const [file, rules] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parts = [...rules].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, n]) => `${rule} ${n}`);
    console.log(`    ${file}: ${parts.join(', ')}`);
    for (const [rule, n] of rules) totals.set(rule, (totals.get(rule) ?? 0) + n);
  }
  const line = [...totals].sort(([, a], [, b]) => b - a).map(([rule, n]) => `${rule} ${n}`);
  console.log(`  Totals: ${line.join(', ') || 'none'}`);
  return (totals.get('schema') ?? 0) + (totals.get('parse-error') ?? 0);
}

async function evalCorpus(dir: string): Promise<boolean> {
  const name = dir.split('/').filter(Boolean).pop()!;
  const files = await filesOf(dir);
  const labels: Label[] = await readLabels(dir);
  const config = defaultConfig();
  let crashed = 0;
  let parsed: ReturnType<typeof parseFiles>;
  try {
    parsed = parseFiles(files, config);
  } catch (error) {
    crashed++;
    console.log(`\n## ${name}: the readers threw: ${String(error)}`);
    return false;
  }
  // As the shells do: the prose tagger loads before the check, so followup-implied runs.
  await prepareCheck(parsed.registers, config);
  const { findings } = checkParsed(parsed, config, TODAY);
  const items = parsed.registers.flatMap(readItems);
  const bySource = new Map<string, number>();
  for (const register of parsed.registers)
    for (const item of itemsOf(register)) {
      const source = (item as { source?: string }).source ?? 'table';
      bySource.set(source, (bySource.get(source) ?? 0) + 1);
    }
  console.log(
    `\n## ${name}: ${files.length} files, ${items.length} items read (${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ') || 'none'}), ${labels.length} labels`,
  );
  let ok = crashed === 0;
  if (labels.length > 0) {
    const reviewDate = new Map(parsed.registers.map((r) => [r.file, r.review?.date]));
    const { results, extra } = matchLabels(labels, items, (file) => dateInName(file) ?? reviewDate.get(file));
    const extraByFile = new Map<string, number>();
    for (const item of extra) extraByFile.set(item.file, (extraByFile.get(item.file) ?? 0) + 1);
    const right = printLabelTable(results, extraByFile);
    const read = results.filter((r) => r.item).length;
    const withStatus = results.filter((r) => r.status !== undefined);
    console.log(
      `\n  Items: ${read}/${labels.length} read (${pct(read, labels.length).trim()}), kind+owner+due right ${right}/${labels.length} (${pct(right, labels.length).trim()}), ` +
        `status right ${withStatus.filter((r) => r.status).length}/${withStatus.length}, ${extra.length} read but not labelled`,
    );
    const met = right / labels.length >= ITEMS_TARGET;
    console.log(`  Target ≥ ${ITEMS_TARGET * 100}% items right: ${verdict(met)}`);
    ok &&= met;
    printMisses(results);
  }
  const shapeFindings = printFindings(findings);
  console.log(`  Target 0 schema/parse-error findings: ${shapeFindings} — ${verdict(shapeFindings === 0)}`);
  ok &&= shapeFindings === 0;
  return ok;
}

/** followup-implied precision/recall, from the nlp helper's evaluation when it is there. */
async function printFollowupImplied(root: string): Promise<boolean> {
  console.log('\n## followup-implied on unmarked commitments (precision ≥ 0.9, recall ≥ 0.6)');
  const outcome = await evalFollowupImpliedIfAvailable(root);
  if (!outcome.ok) {
    console.log(`  ${outcome.reason}`);
    return false;
  }
  const pairs = precisionRecall(outcome.result);
  if (pairs.length === 0) console.log(`  result: ${JSON.stringify(outcome.result)}`);
  let ok = pairs.length > 0;
  for (const { path, precision, recall } of pairs) {
    const met = precision >= 0.9 && recall >= 0.6;
    console.log(
      `  ${path.padEnd(28)} precision ${precision.toFixed(2)}  recall ${recall.toFixed(2)}  ${verdict(met)}`,
    );
    ok &&= met;
  }
  return ok;
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  const root = resolve(arg ?? '../shared/corpus');
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const dirs =
    entries.some((e) => e.name === 'LABELS.json') || entries.every((e) => !e.isDirectory())
      ? [root]
      : entries
          .filter((e) => e.isDirectory())
          .map((e) => join(root, e.name))
          .sort();
  if (dirs.length === 0) {
    console.error(`eval:corpus: no corpus at ${root}`);
    process.exitCode = 2;
    return;
  }
  console.log(`decision-register corpus evaluation (today ${TODAY}, default config)`);
  let all = true;
  for (const dir of dirs) all = (await evalCorpus(dir)) && all;
  all = (await printFollowupImplied(root)) && all;
  console.log(`\nAll targets met: ${all ? 'yes' : 'no'}`);
}

await main();
