/**
 * The ground truth of the `followup-implied` evaluation (see followup-implied.ts): which lines
 * of real notes are commitments, taken from what the notes themselves mark as actions, and
 * what each one says once its mark is taken away. The marker and section vocabularies here
 * define the ground truth only; the rule does not use them to detect commitments.
 */
import { ACTION_WORDS, SHOUTED_ACTION_WORDS } from '../../src/model/action-markers.js';
import type { ProseLine } from '../../src/model/register.js';

/**
 * What a marked line says with its mark taken away, read by the NLP library's own sentence
 * parse (subject, verb, tense), not by the rule:
 * - `commitment`: some sentence has a subject, a verb not in the past tense, and no question
 *   mark ("Adam to add the section", "JS will share the times"). Only these are unmarked
 *   commitments, and recall is measured over them.
 * - `no subject`: no sentence says who acts ("close issue", "schedule with board committee"
 *   after `ACTION BW:`): the owner, if any, left with the marker, so the line commits nobody.
 * - `outcome`: what happened ("PR #234 closed", "Joe and Kris confirmed for the roles").
 * - `question`: "Is this a valid MVP?".
 */
export type PositiveClass = 'commitment' | 'no subject' | 'outcome' | 'question';

/** The marked prose of one file, re-fed to the rule as if nothing were marked. */
export interface Refed {
  prose: ProseLine[];
  /** Marked lines (the positives), by line, with the class of their unmarked text. */
  positives: Map<number, PositiveClass>;
}

/** Sentence parse of compromise/three: `nlp(text).sentences().json()`. */
export type SentenceParser = (text: string) => Array<{
  text?: string;
  terms?: Array<{ normal?: string; tags?: string[] }>;
  sentence?: { subject?: string; verb?: string; grammar?: { tense?: string | null } };
}>;

/** Tags of words that name who acts: people, teams, initials, @logins, addresses, I/we/…. */
const WHO = ['Person', 'ProperNoun', 'Organization', 'Acronym', 'AtMention', 'Email'];
const PERSONAL_PRONOUN = /^(?:i|we|he|she|they|everyone|all)$/;

const MARKER_WORDS = `${ACTION_WORDS}|${SHOUTED_ACTION_WORDS}|ais`;
/** `ACTION:`, `AI (Sam):`, `Action Item to Brian Warner:`, `[Sam][ACTION]` … and what follows. */
const MARKER = new RegExp(
  String.raw`^(?:\[[^\]]{1,40}\]\s*)?\[?(?:${MARKER_WORDS})\]?(?:\s+\d+(?:\.\d+)*)?(?:\s*\([^)]{1,40}\))?` +
    String.raw`(?:\s+(?:for|to|by)\s+[^:]{1,40}|\s+(?:all|[\p{Lu}@][\p{L}@.&\s]{0,20}))?\s*(?::|\s[-–—]|[-–—]\s)\s*(.*)$`,
  'iu',
);
const SECTION = new RegExp(String.raw`\b(?:${ACTION_WORDS}|ais|tasks)\b`, 'i');
const NO_ACTION = /^(?:$|none\b|no\b|n\/a\b|nothing\b|done\b|closed\b|landed\b|issue closed|pr landed)/i;
const TASK_LINE = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/;
const LIST_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\S/;

/**
 * The prose as if nothing were marked: markers stripped, task-list lines dropped (a checkbox
 * is an item, never prose). Positives: a line that carried a marker, or a list item under a
 * heading or bold/colon line that names actions, or `labelled` (LABELS.json actions), unless
 * what is left says there is no action (`none`, `n/a`, `done`, empty).
 */
export function refeed(
  prose: readonly ProseLine[],
  lines: readonly string[],
  labelled: ReadonlySet<number>,
  parse: SentenceParser,
): Refed {
  const inSection = actionSectionLines(lines);
  const positives = new Map<number, PositiveClass>();
  const out: ProseLine[] = [];
  for (const line of prose) {
    if (TASK_LINE.test(lines[line.pos.line - 1] ?? '')) continue;
    const marked = MARKER.exec(line.text);
    const text = marked ? (marked[1] ?? '').trim() : line.text;
    const isPositive = marked || inSection.has(line.pos.line) || labelled.has(line.pos.line);
    if (isPositive && !NO_ACTION.test(text)) positives.set(line.pos.line, classOf(text, parse));
    out.push({ ...line, text });
  }
  return { prose: out, positives };
}

/** The class of a marked line's unmarked text (see PositiveClass). */
export function classOf(text: string, parse: SentenceParser): PositiveClass {
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let outcome = false;
  let question = false;
  for (const { text: sentence = '', sentence: parsed, terms = [] } of parse(plain)) {
    if (/\?\s*$/.test(sentence)) question = true;
    else if (parsed?.verb && parsed.subject && namesWho(parsed.subject, terms)) {
      const modal = /\b(?:will|shall|'ll|going to)\b/.test(parsed.verb);
      if (parsed.grammar?.tense !== 'PastTense' || modal) return 'commitment';
      outcome = true;
    }
  }
  return outcome ? 'outcome' : question ? 'question' : 'no subject';
}

/** True when the parsed subject holds a word that names who acts (see WHO). */
function namesWho(subject: string, terms: NonNullable<ReturnType<SentenceParser>[number]['terms']>): boolean {
  const words = new Set(subject.split(/\s+/));
  return terms.some(
    ({ normal = '', tags = [] }) =>
      words.has(normal) && (PERSONAL_PRONOUN.test(normal) || tags.some((tag) => WHO.includes(tag))),
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
