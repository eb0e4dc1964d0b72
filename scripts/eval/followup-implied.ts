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
 *   `Follow-up:`, `[Name][ACTION]`; see MARKER below), and with no actions or outputs in the
 *   register, so nothing is suppressed as "already recorded". GFM task-list lines are dropped:
 *   a checkbox is an item, never prose.
 * - POSITIVES (recall's denominator), each a file and line:
 *   1. a prose line that carried an action marker, unless what is left says there is no action
 *      (`none`, `no action`, `n/a`, `nothing`, `done`, `closed`, `landed`, or empty);
 *   2. a list item under a heading, or a bold or colon-ended line standing alone, that names
 *      action items (`Action items`, `Actions`, `AIs`, `Next steps`, `Follow-ups`, `TODO`,
 *      `Tasks`), with the same exception;
 *   3. an action in `LABELS.json` (next to the files, when there is one) whose line is prose.
 *   Each is a commitment somebody wrote down; stripped, it is an unmarked commitment.
 * - FLAGGED: the lines the rule reports (at most one per line).
 * - precision = flagged positives / flagged, over the folders with a LABELS.json: there a person
 *   has read every action, so a flagged line that is not a positive is a false alarm. In folders
 *   without labels, unmarked prose holds real commitments nobody marked ("Joe will do that
 *   today"), so their figure is only a lower bound (`precisionLowerBound`, and per folder);
 *   `unconfirmed` lists their flagged lines that are not positives, for a person to judge.
 *   With no labelled folder at all, `precision` is that lower bound.
 * - `imperativeShare`: positives whose stripped text has no subject at all ("close issue",
 *   "update doc & merge"). Unmarked, such a line is not recognisable as a commitment, so
 *   `recallWithSubject` gives recall over the other positives too.
 *
 * The marker and section vocabularies here define the ground truth only; the rule does not
 * use them to detect commitments.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareCheck } from '../../src/check/prepare-check.js';
import { defaultConfig } from '../../src/config/default-config.js';
import type { ProseLine, Register } from '../../src/model/register.js';
import { parseRegister } from '../../src/parse/parse-register.js';
import { followupImplied } from '../../src/rules/followup-rules.js';
import { loadedProseTagger, type ProseTagger } from '../../src/rules/prose/prose-tagger.js';
import type { RuleContext } from '../../src/rules/rule-context.js';

/** Figures for one corpus folder (or all of them). */
export interface FollowupFigures {
  files: number;
  proseLines: number;
  flagged: number;
  truePositives: number;
  positives: number;
  precision: number;
  recall: number;
  /** Positives whose stripped text starts with a verb (no subject). */
  imperativeShare: number;
  recallWithSubject: number;
}

/** What evalFollowupImplied returns. */
export interface FollowupEval extends FollowupFigures {
  /** Flagged positives / flagged over every folder, labelled or not. */
  precisionLowerBound: number;
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

/** `ACTION:`, `AI (Sam):`, `Action Item to Brian Warner:`, `[Sam][ACTION]` … and what follows. */
const MARKER =
  /^(?:\[[^\]]{1,40}\]\s*)?\[?(?:action[\s_-]*items?|actions?|ais?|todos?|next[\s-]+steps?|follow[\s-]*ups?)\]?(?:\s+\d+(?:\.\d+)*)?(?:\s*\([^)]{1,40}\))?(?:\s+(?:for|to)\s+[^:]{1,40}|\s+(?:all|[\p{Lu}@][\p{L}@.&\s]{0,20}))?\s*(?::|\s[-–—]|[-–—]\s)\s*(.*)$/iu;
const SECTION = /\b(?:action[\s-]*items?|actions|ais|next[\s-]+steps|follow[\s-]*ups?|todos?|tasks)\b/i;
const NO_ACTION = /^(?:$|none\b|no\b|n\/a\b|nothing\b|done\b|closed\b|landed\b|issue closed|pr landed)/i;
const TASK_LINE = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/;
const LIST_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\S/;

interface Label {
  file: string;
  line: number;
  kind: string;
}

/** Evaluates the rule on every Markdown file under `corpusRoot` (see the module comment). */
export async function evalFollowupImplied(corpusRoot: string): Promise<FollowupEval> {
  const config = defaultConfig();
  const byCorpus: Record<string, FollowupFigures> = {};
  const totals = emptyFigures();
  const labelledTotals = emptyFigures();
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
    const figures = emptyFigures();
    const labels = readLabels(join(dir, 'LABELS.json'));
    // The whole folder is the repo: every file is context for the others, as in a real run.
    const files = markdownFiles(dir).map((path) => {
      const rel = relative(dir, path);
      const text = readFileSync(path, 'utf8');
      const lines = text.split(/\r?\n/);
      const { register } = parseRegister(rel, text);
      const { prose, positives, imperative } = refeed(register.prose, lines);
      for (const label of labels)
        if (label.file === rel && label.kind === 'action' && prose.some((p) => p.pos.line === label.line))
          positives.add(label.line);
      const unmarked: Register = { ...register, actions: [], outputs: [], prose };
      return { rel, lines, positives, imperative, prose, unmarked };
    });
    const repo = files.map((file) => file.unmarked);
    for (const { rel, lines, positives, imperative, prose, unmarked } of files) {
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
      let tp = 0;
      for (const line of flaggedLines) {
        if (positives.has(line)) {
          tp++;
          samples.push(textAt(line));
        } else if (labels.length === 0) unconfirmed.push(textAt(line));
        else falseAlarms.push(textAt(line));
      }
      for (const line of positives)
        if (!flaggedLines.has(line))
          missed.push(`${imperative.has(line) ? '(no subject) ' : ''}${textAt(line)}`);
      const withSubject = [...positives].filter((line) => !imperative.has(line));
      add(figures, {
        files: 1,
        proseLines: prose.length,
        flagged: flaggedLines.size,
        truePositives: tp,
        positives: positives.size,
        imperative: [...positives].filter((line) => imperative.has(line)).length,
        tpWithSubject: withSubject.filter((line) => flaggedLines.has(line)).length,
      });
    }
    byCorpus[corpus] = finish(figures);
    for (const key of Object.keys(totals) as Array<keyof Counts>) totals[key] += figures[key];
    if (labels.length > 0) {
      labelled.push(corpus);
      for (const key of Object.keys(labelledTotals) as Array<keyof Counts>)
        labelledTotals[key] += figures[key];
    }
  }
  const all = finish(totals);
  return {
    ...all,
    precision: labelled.length > 0 ? finish(labelledTotals).precision : all.precision,
    precisionLowerBound: all.precision,
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

interface Counts {
  files: number;
  proseLines: number;
  flagged: number;
  truePositives: number;
  positives: number;
  imperative: number;
  tpWithSubject: number;
}

function emptyFigures(): Counts {
  return {
    files: 0,
    proseLines: 0,
    flagged: 0,
    truePositives: 0,
    positives: 0,
    imperative: 0,
    tpWithSubject: 0,
  };
}

function add(into: Counts, more: Counts): void {
  for (const key of Object.keys(into) as Array<keyof Counts>) into[key] += more[key];
}

function finish(counts: Counts): FollowupFigures {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  const subjectPositives = counts.positives - counts.imperative;
  return {
    files: counts.files,
    proseLines: counts.proseLines,
    flagged: counts.flagged,
    truePositives: counts.truePositives,
    positives: counts.positives,
    precision: ratio(counts.truePositives, counts.flagged),
    recall: ratio(counts.truePositives, counts.positives),
    imperativeShare: ratio(counts.imperative, counts.positives),
    recallWithSubject: ratio(counts.tpWithSubject, subjectPositives),
  };
}

/**
 * The prose as if nothing were marked: markers stripped, task-list lines dropped. Returns
 * the positive lines (marked, or listed under an action section) and those without a subject.
 */
function refeed(
  prose: readonly ProseLine[],
  lines: readonly string[],
): { prose: ProseLine[]; positives: Set<number>; imperative: Set<number> } {
  const inSection = actionSectionLines(lines);
  const positives = new Set<number>();
  const imperative = new Set<number>();
  const out: ProseLine[] = [];
  for (const line of prose) {
    if (TASK_LINE.test(lines[line.pos.line - 1] ?? '')) continue;
    const marked = MARKER.exec(line.text);
    const text = marked ? (marked[1] ?? '').trim() : line.text;
    if ((marked || inSection.has(line.pos.line)) && !NO_ACTION.test(text)) {
      positives.add(line.pos.line);
      if (/^\p{Ll}/u.test(text) && !/^(?:i|we|you|they|he|she|someone|everyone|all)\b/i.test(text))
        imperative.add(line.pos.line);
      else if (/^(?:\p{Lu}\p{Ll}+)(?:\s|$)/u.test(text) && looksImperative(text))
        imperative.add(line.pos.line);
    }
    out.push({ ...line, text });
  }
  return { prose: out, positives, imperative };
}

/** "Continue review", "Open new PR": a capitalised first word followed by an article or noun phrase. */
function looksImperative(text: string): boolean {
  return /^\p{Lu}\p{Ll}+\s+(?:the|a|an|on|up|with|to|and|in|this|that|new|more|some|all|issue|pr|doc|text|language)\b/iu.test(
    text,
  );
}

/** Source lines (1-based) of list items under a heading or a standalone line that names actions. */
function actionSectionLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  let active = false;
  let pseudo = false;
  lines.forEach((raw, index) => {
    const heading = /^ {0,3}#{1,6}\s+(.*)$/.exec(raw);
    const plain = raw.replace(/[*_]/g, '').trim();
    const standalone = !heading && !LIST_LINE.test(raw) && /^[\p{L}\s-]{3,30}:?$/u.test(plain);
    if (heading) {
      active = SECTION.test(heading[1] ?? '');
      pseudo = false;
    } else if (standalone && SECTION.test(plain) && (raw.includes('**') || plain.endsWith(':'))) {
      active = true;
      pseudo = true;
    } else if (active && pseudo && raw.trim() !== '' && !LIST_LINE.test(raw) && !/^\s/.test(raw)) {
      active = false;
    }
    if (active && LIST_LINE.test(raw)) found.add(index + 1);
  });
  return found;
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
    `TP ${String(f.truePositives).padStart(4)}  positives ${String(f.positives).padStart(4)}  ` +
    `precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  ` +
    `(recall with subject ${f.recallWithSubject.toFixed(3)}, imperative share ${f.imperativeShare.toFixed(3)})`;
  for (const [name, figures] of Object.entries(result.byCorpus)) console.log(line(name, figures));
  console.log(line('all', result));
  console.log(
    `\nprecision ${result.precision.toFixed(3)} (over labelled folders: ${result.labelled.join(', ') || 'none'}); ` +
      `lower bound over all ${result.precisionLowerBound.toFixed(3)}; recall ${result.recall.toFixed(3)}`,
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
