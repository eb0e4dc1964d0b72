/**
 * Measures the `followup-implied` rule on real notes:
 * `node scripts/run-ts.mjs scripts/eval/followup-implied.ts ../shared/corpus` prints the figures;
 * `evalFollowupImplied(corpusRoot)` returns them (`npm run eval:corpus` calls it).
 *
 * The question is "does the rule find commitments written in unmarked prose, and only those?".
 * Real notes rarely leave commitments unmarked on purpose, so the ground truth is made from the
 * commitments the notes themselves mark, with the mark taken away:
 *
 * - Every Markdown file under the root is parsed as the tool parses it. Its prose lines are
 *   re-fed to the rule with every explicit action marker stripped (`ACTION:`, `Action item:`,
 *   `AI:`, `AI (Sam):`, `ACTION BW:`, `Action Item to Brian Warner:`, `TODO:`, `Next steps:`,
 *   `Follow-up:`, `[Name][ACTION]`; see MARKER in followup-positives.ts), and with no actions or outputs in the
 *   register, so nothing is suppressed as "already recorded". GFM task-list lines are dropped:
 *   a checkbox is an item, never prose.
 * - POSITIVES, each a file and line (followup-positives.ts):
 *   1. a prose line that carried an action marker, unless what is left says there is no action
 *      (`none`, `no action`, `n/a`, `nothing`, `done`, `closed`, `landed`, or empty);
 *   2. a list item under a heading, or a bold or colon-ended line standing alone, that names
 *      action items (`Action items`, `Actions`, `AIs`, `Next steps`, `Follow-ups`, `TODO`,
 *      `Tasks`), with the same exception;
 *   3. an action in `LABELS.json` (next to the files, when there is one) whose line is prose.
 * - Each positive is classed by what its text says once the mark is gone, by the NLP
 *   library's sentence parse (compromise/three: subject, verb, tense), never by the rule's
 *   code: a `commitment` (a verb not in the past whose subject names who acts — a person,
 *   team, initials, @login, address or I/we/he/she/they: "Adam to add the section"),
 *   `no subject` ("close issue", or "schedule with the board" after `ACTION BW:` — the owner
 *   left with the marker), an `outcome` ("PR #234 closed") or a `question`. The rule's job is
 *   prose that commits someone, so RECALL is over commitments only (`recallAllMarked` keeps
 *   the figure over every positive, which no correct rule can reach: an unmarked "close
 *   issue" commits nobody).
 * - FLAGGED: the lines the rule reports (at most one per line).
 * - PRECISION = flagged positives (of any class: each is an action somebody wrote down) /
 *   flagged, over the folders with a LABELS.json: there a person has read every action, so a
 *   flagged line that is not a positive is a false alarm. In folders without labels, unmarked
 *   prose holds real commitments nobody marked ("Joe will do that today"), so their figure
 *   is only a lower bound (`precisionLowerBound`, and per folder); `unconfirmed` lists their
 *   flagged lines that are not positives, for a person to judge.
 *
 * The marker and section vocabularies of followup-positives.ts define the ground truth only;
 * the rule uses the model's marker words only to leave marked lines to the readers.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareCheck } from '../../src/check/prepare-check.js';
import { defaultConfig } from '../../src/config/default-config.js';
import type { Register } from '../../src/model/register.js';
import { parseRegister } from '../../src/parse/parse-register.js';
import { followupImplied } from '../../src/rules/followup-rules.js';
import { loadedProseTagger, type ProseTagger } from '../../src/rules/prose/prose-tagger.js';
import type { RuleContext } from '../../src/rules/rule-context.js';
import { add, emptyCounts, type FollowupFigures, finish } from './followup-figures.js';
import { refeed, type SentenceParser } from './followup-positives.js';

export type { FollowupFigures } from './followup-figures.js';

/** What evalFollowupImplied returns. */
export interface FollowupEval extends FollowupFigures {
  precision: number;
  /** Folders with a LABELS.json (their precision is exact). */
  labelled: string[];
  byCorpus: Record<string, FollowupFigures>;
  /** Flagged lines of unlabelled folders that are not positives (`file:line text`), to judge by hand. */
  unconfirmed: string[];
  /** Flagged lines of labelled folders that are not positives: false alarms. */
  falseAlarms: string[];
  /** Positives the rule missed (`file:line text`). */
  missed: string[];
  /** Flagged positives (`file:line text`). */
  samples: string[];
  /** Milliseconds spent in the rule (tagger load excluded). */
  ruleMs: number;
  /** Sentences the rule had tagged (the rest failed the cheap shape test). */
  taggedSentences: number;
}

interface Label {
  file: string;
  line: number;
  kind: string;
}

/** Evaluates the rule on every Markdown file under `corpusRoot` (see the module comment). */
export async function evalFollowupImplied(corpusRoot: string): Promise<FollowupEval> {
  const config = defaultConfig();
  const parse = await sentenceParser();
  const byCorpus: Record<string, FollowupFigures> = {};
  const totals = emptyCounts();
  const labelledTotals = emptyCounts();
  const labelled: string[] = [];
  const unconfirmed: string[] = [];
  const falseAlarms: string[] = [];
  const missed: string[] = [];
  const samples: string[] = [];
  let ruleMs = 0;
  let tagger: ProseTagger | undefined;
  let tagged = 0;
  for (const corpus of readdirSync(corpusRoot)
    .filter((name) => isDir(join(corpusRoot, name)))
    .sort()) {
    const dir = join(corpusRoot, corpus);
    const counts = emptyCounts();
    const labels = readLabels(join(dir, 'LABELS.json'));
    // The whole folder is the repo: every file is context for the others, as in a real run.
    const files = markdownFiles(dir).map((path) => {
      const rel = relative(dir, path);
      const text = readFileSync(path, 'utf8');
      const lines = text.split(/\r?\n/);
      const { register } = parseRegister(rel, text);
      const actionLines = new Set(
        labels.filter((label) => label.file === rel && label.kind === 'action').map((label) => label.line),
      );
      const { prose, positives } = refeed(register.prose ?? [], lines, actionLines, parse);
      const unmarked: Register = { ...register, actions: [], outputs: [], prose };
      return { rel, lines, positives, prose, unmarked };
    });
    const repo = files.map((file) => file.unmarked);
    for (const { rel, lines, positives, prose, unmarked } of files) {
      const ctx: RuleContext = {
        registers: repo,
        targets: [unmarked],
        index: { ids: new Map() } as unknown as RuleContext['index'],
        config,
        today: '2026-12-01',
      };
      if (!tagger) {
        await prepareCheck([unmarked], config);
        const loaded = loadedProseTagger();
        if (loaded)
          tagger = {
            knownAs: (word) => loaded.knownAs(word),
            sentences: (text) => {
              tagged++;
              return loaded.sentences(text);
            },
          };
      }
      ctx.tagger = tagger;
      const start = performance.now();
      const flaggedLines = new Set(followupImplied.run(ctx).map((finding) => finding.line));
      ruleMs += performance.now() - start;
      const textAt = (line: number) =>
        `${corpus}/${rel}:${line} ${(lines[line - 1] ?? '').trim().slice(0, 140)}`;
      counts.files++;
      counts.proseLines += prose.length;
      counts.flagged += flaggedLines.size;
      for (const line of flaggedLines) {
        if (positives.has(line)) {
          counts.truePositives++;
          samples.push(textAt(line));
        } else if (labels.length === 0) unconfirmed.push(textAt(line));
        else falseAlarms.push(textAt(line));
      }
      for (const [line, kind] of positives) {
        counts.classes[kind]++;
        if (kind === 'commitment' && flaggedLines.has(line)) counts.flaggedCommitments++;
        if (!flaggedLines.has(line)) missed.push(`(${kind}) ${textAt(line)}`);
      }
    }
    byCorpus[corpus] = finish(counts, labels.length > 0);
    add(totals, counts);
    if (labels.length > 0) {
      labelled.push(corpus);
      add(labelledTotals, counts);
    }
  }
  const all = finish(totals, false);
  return {
    ...all,
    precision:
      labelled.length > 0 ? finish(labelledTotals, true).precisionLowerBound : all.precisionLowerBound,
    labelled,
    byCorpus,
    unconfirmed,
    falseAlarms,
    missed,
    samples,
    ruleMs: Math.round(ruleMs),
    taggedSentences: tagged,
  };
}

/** compromise/three's sentence parse (subject, verb, tense), used to class the positives. */
async function sentenceParser(): Promise<SentenceParser> {
  const nlp = (await import('compromise/three')).default as unknown as (text: string) => {
    sentences(): { json(options?: object): ReturnType<SentenceParser> };
  };
  return (text) =>
    nlp(text)
      .sentences()
      .json({ terms: { normal: true } });
}

function readLabels(path: string): Label[] {
  try {
    const labels: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(labels) ? (labels as Label[]) : [];
  } catch {
    return [];
  }
}

function markdownFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (isDir(path)) files.push(...markdownFiles(path));
    else if (/\.md$/i.test(name) && !/^(?:README|LICENSE|SOURCES)\.md$/i.test(basename(name)))
      files.push(path);
  }
  return files;
}

/** True when this module is the program (run-ts bundles it; node_modules may be a link). */
function isMain(): boolean {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

if (isMain()) {
  const root = process.argv[2] ?? '../shared/corpus';
  const result = await evalFollowupImplied(root);
  const line = (name: string, f: FollowupFigures) =>
    `${name.padEnd(22)} files ${String(f.files).padStart(3)}  flagged ${String(f.flagged).padStart(4)}  ` +
    `TP ${String(f.truePositives).padStart(4)}  positives ${String(f.positives).padStart(4)} ` +
    `(${Object.entries(f.classes)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')})  ` +
    `precision ${f.precision === undefined ? `≥ ${f.precisionLowerBound.toFixed(3)} (unlabelled)` : f.precision.toFixed(3)}  ` +
    `recall ${f.recall.toFixed(3)}  (over every marked line ${f.recallAllMarked.toFixed(3)})`;
  for (const [name, figures] of Object.entries(result.byCorpus)) console.log(line(name, figures));
  console.log(line('all', result));
  console.log(
    `\nprecision ${result.precision.toFixed(3)} (over labelled folders: ${result.labelled.join(', ') || 'none'}); ` +
      `lower bound over all ${result.precisionLowerBound.toFixed(3)}; recall over commitments ${result.recall.toFixed(3)} ` +
      `(${result.commitments} of ${result.positives} marked lines commit someone once unmarked; over all ${result.recallAllMarked.toFixed(3)})`,
  );
  console.log(`\nfalse alarms in labelled folders: ${result.falseAlarms.length}`);
  for (const text of result.falseAlarms) console.log(`  ✗ ${text}`);
  const verbose = process.argv.includes('--verbose');
  console.log(`\nunconfirmed flagged lines (judge by hand): ${result.unconfirmed.length}`);
  for (const text of verbose ? result.unconfirmed : result.unconfirmed.slice(0, 40))
    console.log(`  ? ${text}`);
  if (verbose) {
    console.log(`\nmissed positives: ${result.missed.length}`);
    for (const text of result.missed) console.log(`  - ${text}`);
    console.log(`\nflagged positives: ${result.samples.length}`);
    for (const text of result.samples) console.log(`  + ${text}`);
  }
  const goal = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(
    `\ngoals: precision ≥ 0.9 ${goal(result.precision >= 0.9)}; ` +
      `recall ≥ 0.6 ${goal(result.recall >= 0.6)}; rule time ${result.ruleMs} ms, ${result.taggedSentences} sentences tagged`,
  );
}
