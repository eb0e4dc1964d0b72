import type { ProseTagger, TaggedTerm } from './prose-tagger.js';

/**
 * Finds unmarked prose that commits someone to follow-up work, by sentence structure rather
 * than word lists: at the start of a clause, a subject that is a person (a name the tagger
 * knows or that the notes never write in lower case, initials, an `@login`, or I/we/he/she/
 * they), then a commitment form of a verb:
 * - `X to <verb>` (the minutes' assignment: "Jory to check with Brian"; also "All to review");
 * - `X will/shall/'ll <verb>`, `X is going to <verb>` ("I'll follow up with the vendor");
 * - `X agreed/volunteered/offered/promised/committed/planned/intends to <verb>` (commissive
 *   verbs, a closed grammatical class), `X took/has the action (item) to …`;
 * - `X needs/has to <verb>`, `we need/asked X to <verb>`.
 * Not flagged: questions, negations, past or conditional forms (`was going to`, `would`),
 * sign-offs (the only complement is "you"/"all" and a time: "I'll see you all next week"),
 * heading-like lines (Title Case without a full stop, or ending in a colon), placeholders
 * and lines carrying an explicit action marker (those are items, read by the readers).
 */

/** Options for {@link impliedFollowUps}. */
export interface ImpliedFollowUpOptions {
  /** Lower-case words the surrounding text uses in lower case: such words are not names. */
  commonWords?: ReadonlySet<string>;
}

/** One line of a paragraph, as the rule reads it. */
export interface ParagraphLine {
  text: string;
  line: number;
  column: number;
}

/** A commitment found: the clause and where its sentence starts. */
export interface ImpliedHit {
  text: string;
  line: number;
  column: number;
}

/** An explicit action marker at the start of a line: the readers make such lines items. */
const ACTION_MARKER =
  /^(?:\[[^\]]{1,40}\]\s*)?\[?(?:action[\s_-]*items?|actions?|ais?|todos?|tbd|next[\s-]+steps?|follow[\s-]*ups?)\]?(?:\s+\d+(?:\.\d+)*)?(?:\s*\([^)]{1,40}\))?(?:\s+(?:for|to)\s+[^:]{1,40}|\s+(?:all|[\p{Lu}@][\p{L}@.&\s]{0,20}))?\s*(?::|\s[-–—]|[-–—]\s|$)|^\[[ xX]\]\s/iu;
/**
 * The shape every structure below needs, checked before tagging (the expensive step): up to
 * five subject-like words (capitalised, `@login`, a pronoun, all/everyone), then the word
 * that starts a commitment form. Clauses without it are never tagged.
 */
const MAY_COMMIT = new RegExp(
  String.raw`^\W*(?:[Tt]he\s+)?(?:[@\p{Lu}][^\s,]*|[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Aa]ll|[Ee]very(?:one|body))(?:,?\s+(?:and\s+|&\s+|\+\s+)?[@\p{Lu}&+][^\s,]*){0,4},?\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|now\s+)?` +
    String.raw`(?:to|will|shall|(?:is|are|am)\s+going\s+to|agree|volunteer|offer|promise|commit|plan|intend|pledge|undert|` +
    String.raw`(?:has|have|takes?|took|taking)\s+(?:on\s+)?(?:an?\s+|the\s+)?action|(?:has|have|needs?)\s+to|(?:need|ask|want|expect|request)\w*\s+[@\p{Lu}])` +
    String.raw`|^\W*(?:[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)['’]ll\b|^\W*@\S+\s+\p{Ll}` +
    String.raw`|\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)(?:['’]ll|\s+(?:\p{Ll}+ly\s+)?(?:will|shall|(?:am|is|are)\s+going\s+to|agree|volunteer|offer|promise|commit|plan|intend))\b`,
  'u',
);
const SUBJECT_PRONOUN = /^(?:i|we|he|she|they)$/;
const GROUP = /^(?:all|everyone|everybody)$/;
/** Verbs whose infinitive complement is the speaker's own commitment (commissives). */
const COMMISSIVE = /^(?:agree|volunteer|offer|promise|commit|plan|intend|undert[ao]{1,2}k|pledge)/;
/** Verbs that hand a task to the person named after them ("we need Sara to merge"). */
const DIRECTIVE = /^(?:need|ask|want|expect|request)/;
const OBLIGATION = /^(?:need|has|have)$/;
/** Derivational endings of English nouns and adjectives ("Decision", "Reasonable"): not names. */
const COMMON_WORD_SHAPE =
  /(?:able|ible|tion|sion|ment|ness|ity|ance|ence|ship|ism|ive|ous|ful|less|ing|ed|ly|al|ure|ary|ery)$/;

/** The first clause of `text` (one line of prose, maybe with Markdown) that commits someone. */
export function impliedFollowUp(
  text: string,
  tagger: ProseTagger,
  options: ImpliedFollowUpOptions = {},
): string | undefined {
  return impliedFollowUps([{ text, line: 1, column: 1 }], tagger, options)[0]?.text;
}

/**
 * The commitments in one paragraph, at most one per line. Lines are joined into sentences
 * first, so a hard-wrapped line that continues a sentence is read with it and reported at the
 * sentence's first line; a line after one that ended a sentence, or that starts a capitalised
 * word after a line ending in a content word, starts a new sentence.
 */
export function impliedFollowUps(
  lines: readonly ParagraphLine[],
  tagger: ProseTagger,
  options: ImpliedFollowUpOptions = {},
): ImpliedHit[] {
  const hits: ImpliedHit[] = [];
  const reported = new Set<number>();
  for (const segment of segmentsOf(lines, tagger)) {
    const first = segment.lines[0]!;
    if (ACTION_MARKER.test(first.text) || headingLike(segment)) continue;
    for (const clause of clausesOf(candidateSentences(segment.text, tagger))) {
      const found = commitmentIn(clause, tagger, options.commonWords);
      if (found === undefined) continue;
      const at = segment.lineAt(clause[found]!.start);
      if (reported.has(at.line)) continue;
      reported.add(at.line);
      hits.push({ text: clauseText(clause.slice(found)), line: at.line, column: at.column });
    }
  }
  return hits;
}

/**
 * Tags only the sentences that may hold a commitment: one whose clause has a commitment word
 * among its first words (tagging is the expensive step; most prose never gets there).
 */
function candidateSentences(text: string, tagger: ProseTagger): TaggedTerm[][] {
  const tagged: TaggedTerm[][] = [];
  const rough = /(?:[^.!?;]|[.!?;](?!\s|$))+(?:[.!?;]+|$)/g;
  for (const match of text.matchAll(rough)) {
    const sentence = match[0];
    const clauses = [
      ...sentence.split(/[;:(]\s*|\s[-–—]\s/),
      ...sentence.split(/,\s*|\s(?:and|but|so|then)\s/),
    ];
    if (!clauses.some((clause) => MAY_COMMIT.test(clause))) continue;
    const base = match.index ?? 0;
    for (const terms of tagger.sentences(sentence))
      tagged.push(terms.map((term) => ({ ...term, start: term.start + base })));
  }
  return tagged;
}

interface Segment {
  text: string;
  lines: ParagraphLine[];
  lineAt(offset: number): ParagraphLine;
}

/** Lines joined into runs that read as continuous text (see impliedFollowUps). */
function segmentsOf(lines: readonly ParagraphLine[], tagger: ProseTagger): Segment[] {
  const runs: ParagraphLine[][] = [];
  for (const raw of lines) {
    const line = { ...raw, text: plainText(raw.text) };
    if (line.text === '') continue;
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && continues(previous.text, line.text, tagger)) run.push(line);
    else runs.push([line]);
  }
  return runs.map((run) => {
    const starts: number[] = [];
    let text = '';
    for (const line of run) {
      if (text !== '') text += ' ';
      starts.push(text.length);
      text += line.text;
    }
    return {
      text,
      lines: run,
      lineAt(offset) {
        let index = 0;
        while (index + 1 < starts.length && starts[index + 1]! <= offset) index++;
        return run[index]!;
      },
    };
  });
}

/** True when `next` carries on the sentence `previous` left open. */
function continues(previous: string, next: string, tagger: ProseTagger): boolean {
  if (/[.!?;:]["'’”)]*$/.test(previous) || ACTION_MARKER.test(next)) return false;
  if (/^[\p{Ll}(,]/u.test(next) && !/^(?:i|we)\b/.test(next)) return true;
  const last = /([\p{L}']+)[,]?$/u.exec(previous)?.[1]?.toLowerCase();
  if (previous.endsWith(',')) return true;
  const tag = last === undefined ? undefined : tagger.knownAs(last);
  return tag === 'Preposition' || tag === 'Determiner' || tag === 'Conjunction' || tag === 'Modal';
}

/** A line that names a topic rather than saying something: `Budget Review`, `Next steps:`. */
function headingLike(segment: Segment): boolean {
  if (segment.lines.length > 1) return false;
  const text = segment.text;
  if (/:$/.test(text) && text.split(/\s+/).length <= 4) return true;
  if (/[.!?]["'’”)]*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /^[\p{L}]{4,}/u.test(word));
  return words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Sentences cut at semicolons, colons, dashes and parentheses. */
function clausesOf(sentences: TaggedTerm[][]): TaggedTerm[][] {
  const clauses: TaggedTerm[][] = [];
  for (const sentence of sentences) {
    let clause: TaggedTerm[] = [];
    for (const term of sentence) {
      if (clause.length > 0 && /[;:(]|\s[-–—]\s/.test(clause.at(-1)!.post + term.pre)) {
        clauses.push(clause);
        clause = [];
      }
      if (term.text !== '' || term.tags.size > 0) clause.push(term);
    }
    if (clause.length > 0) clauses.push(clause);
  }
  return clauses;
}

function clauseText(clause: readonly TaggedTerm[]): string {
  return clause
    .map((term, index) => `${index === 0 ? '' : term.pre}${term.text}${term.post}`)
    .join('')
    .trim();
}

/** The index where a commitment's subject starts in `clause`, or undefined. */
function commitmentIn(
  clause: readonly TaggedTerm[],
  tagger: ProseTagger,
  commonWords: ReadonlySet<string> | undefined,
): number | undefined {
  if (/\?/.test(clause.at(-1)?.post ?? '')) return undefined;
  for (let start = 0; start < clause.length; start++) {
    if (start > 0 && !opensClause(clause, start)) continue;
    if (committed(clause, start, tagger, commonWords)) return start;
  }
  return undefined;
}

/** Clause starts inside a sentence: after a comma or `and`/`but`/`so`/`then`, or at I/we/he/she/they. */
function opensClause(clause: readonly TaggedTerm[], index: number): boolean {
  const before = clause[index - 1]!;
  if (/[,]/.test(before.post)) return true;
  // A nominative pronoun is always a subject ("Next meeting we will …", "… so I will …").
  if (clause[index]!.tags.has('Pronoun') && SUBJECT_PRONOUN.test(bareOf(clause[index]!))) return true;
  return /^(?:and|but|so|then)$/.test(before.normal);
}

/**
 * Where "X to <verb>" may start: the clause's start, or after a comma that does not continue
 * a list of names ("… between the Budget Committee, WGs, TAC to forecast" is one phrase).
 */
function toFormStart(
  clause: readonly TaggedTerm[],
  start: number,
  tagger: ProseTagger,
  commonWords: ReadonlySet<string> | undefined,
): boolean {
  if (start === 0) return true;
  const before = clause[start - 1]!;
  if (!/,/.test(before.post)) return false;
  return !nameLike(before, tagger, commonWords) && !/^\p{Lu}/u.test(before.text);
}

function bareOf(term: TaggedTerm): string {
  return term.normal.replace(/['’](?:ll|s|re|m|d|ve)$/, '');
}

function committed(
  clause: readonly TaggedTerm[],
  start: number,
  tagger: ProseTagger,
  commonWords: ReadonlySet<string> | undefined,
): boolean {
  const subject = subjectAt(clause, start, tagger, commonWords);
  if (subject === undefined) return false;
  let at = skipAdverbs(clause, subject.end);
  const term = clause[at];
  if (!term) return false;
  const word = term.normal;
  // X to <verb>: an assignment, when no finite verb later makes "X to …" a noun phrase.
  if (word === 'to')
    return (
      toFormStart(clause, start, tagger, commonWords) &&
      verbAt(clause, at + 1) &&
      !finiteLater(clause, at + 2)
    );
  // "@alice draft the plan": an @login followed by a bare verb is an assignment.
  if (subject.handle && term.tags.has('Infinitive') && !term.tags.has('Modal')) return verbAt(clause, at);
  if (subject.group) return false;
  // "We will …", "they'll …": a plan of the group or of others, nobody in particular committed.
  const someone = !subject.collective;
  // X will/shall/'ll <verb>; X is/are going to <verb>.
  if (term.tags.has('Modal')) {
    if (!someone || !/^(?:will|shall|'ll|)$/.test(word) || negated(clause, at + 1)) return false;
    at = skipAdverbs(clause, at + 1);
    if (clause[at]?.normal === 'try' && clause[at + 1]?.normal === 'to') at += 2;
    if (clause[at]?.normal === 'be' && clause[at + 1]?.tags.has('Gerund')) return !signOff(clause, at + 2);
    return verbAt(clause, at) && !signOff(clause, at + 1);
  }
  if (
    someone &&
    /^(?:is|are|am|'s|'re|'m)$/.test(word) &&
    clause[at + 1]?.normal === 'going' &&
    clause[at + 2]?.normal === 'to'
  )
    return verbAt(clause, at + 3) && !signOff(clause, at + 4);
  if (term.tags.has('Verb') && !negated(clause, at + 1)) {
    const next = clause[at + 1];
    if (someone && COMMISSIVE.test(word) && next?.normal === 'to') return verbAt(clause, at + 2);
    if (someone && /^(?:take|takes|took|taking|has|have)$/.test(word) && actionNoun(clause, at + 1))
      return true;
    if (someone && OBLIGATION.test(word.replace(/s$/, '')) && next?.normal === 'to')
      return verbAt(clause, at + 2);
    if (DIRECTIVE.test(word)) {
      const named = subjectAt(clause, at + 1, tagger, commonWords);
      if (named && !named.pronoun && clause[named.end]?.normal === 'to') return verbAt(clause, named.end + 1);
    }
  }
  return false;
}

interface Subject {
  end: number;
  group: boolean;
  pronoun: boolean;
  /** Only "we"/"they". */
  collective: boolean;
  /** Every name is an @login. */
  handle: boolean;
}

/** The person-like subject starting at `start`: names joined by `and`, `&` or commas. */
function subjectAt(
  clause: readonly TaggedTerm[],
  start: number,
  tagger: ProseTagger,
  commonWords: ReadonlySet<string> | undefined,
): Subject | undefined {
  let index = start;
  let names = 0;
  let group = false;
  let pronoun = false;
  let collective = true;
  let handle = true;
  // "The TSC": a team named by its initials.
  if (clause[index]?.normal === 'the' && /^\p{Lu}{2,5}$/u.test(clause[index + 1]?.text ?? '')) index++;
  while (index < clause.length && index - start < 8) {
    const term = clause[index]!;
    const bare = bareOf(term);
    if (names > 0 && /^(?:and|&|\+)$/.test(term.normal || term.text)) {
      index++;
      continue;
    }
    if (index === start && GROUP.test(bare) && term.text !== '') {
      group = true;
      handle = false;
      collective = false;
      names++;
      index++;
      break;
    }
    const joined = index === start || /^(?:and|&|\+)$/.test(clause[index - 1]!.normal);
    if (term.tags.has('Pronoun') && SUBJECT_PRONOUN.test(bare)) {
      if (!joined) return undefined;
      pronoun = true;
      handle = false;
      collective &&= bare === 'we' || bare === 'they';
      names++;
      index++;
      if (/['’]ll$/.test(term.normal)) break;
      continue;
    }
    if (!nameLike(term, tagger, commonWords)) break;
    handle &&= term.text.startsWith('@');
    collective = false;
    names++;
    index++;
    if (/,/.test(term.post) && !nameLike(clause[index], tagger, commonWords)) break;
  }
  if (names === 0) return undefined;
  // "Myles & Brian": a trailing `and` is not part of the subject.
  while (index > start && /^(?:and|&|\+)$/.test(clause[index - 1]!.normal)) index--;
  return { end: index, group, pronoun, collective, handle };
}

/** A name, initials or an @login: capitalised, and not a word the notes or the tagger know as common. */
function nameLike(
  term: TaggedTerm | undefined,
  tagger: ProseTagger,
  commonWords: ReadonlySet<string> | undefined,
): boolean {
  if (!term) return false;
  if (term.text.startsWith('@') || term.tags.has('AtMention')) return true;
  if (!/^\p{Lu}/u.test(term.text)) return false;
  const lower = term.normal.replace(/['’]s$/, '');
  const tags = term.tags;
  if (tags.has('Expression') || tags.has('Pronoun') || tags.has('Date')) return false;
  const known = tagger.knownAs(lower);
  // Initials ("JB", "MD") and short team names ("TSC") name owners in minutes.
  if (/^\p{Lu}{1,4}$/u.test(term.text))
    return (
      !commonWords?.has(`${lower}s`) &&
      (known === undefined || /^(?:Noun|Singular|Abbreviation|Acronym|Organization|Actor)$/.test(known))
    );
  if (commonWords?.has(lower)) return false;
  if (tags.has('Person') || tags.has('FirstName') || tags.has('LastName')) return true;
  if (tags.has('Acronym') || known !== undefined) return known !== undefined && /Name$|^Person$/.test(known);
  // An unknown capitalised word is a name unless it is built like a common word.
  if (COMMON_WORD_SHAPE.test(lower)) return false;
  return tags.has('Noun') && !tags.has('Plural');
}

function skipAdverbs(clause: readonly TaggedTerm[], index: number): number {
  let at = index;
  while (clause[at]?.tags.has('Adverb') && at - index < 3) at++;
  return at;
}

/** A base-form verb (or a bare singular word the tagger took for a noun, as in "to poke"). */
function verbAt(clause: readonly TaggedTerm[], index: number): boolean {
  const term = clause[index];
  if (!term || !/^\p{Ll}/u.test(term.text)) return false;
  const tags = term.tags;
  if (
    term.normal === 'be' ||
    tags.has('Copula') ||
    tags.has('Modal') ||
    tags.has('Auxiliary') ||
    tags.has('Negative')
  )
    return false;
  if (tags.has('Verb')) return !tags.has('PastTense') && !tags.has('Gerund') && !tags.has('Participle');
  // A bare noun reads as a verb only with an object after it ("to poke voting reps", not "to board").
  const object = clause[index + 1]?.tags;
  const hasObject =
    object !== undefined &&
    ['Determiner', 'Noun', 'Pronoun', 'Adjective', 'Preposition'].some((tag) => object.has(tag));
  return tags.has('Noun') && tags.has('Singular') && !clause[index - 1]?.tags.has('Determiner') && hasObject;
}

function negated(clause: readonly TaggedTerm[], index: number): boolean {
  return (
    clause[index]?.tags.has('Negative') === true ||
    clause[index - 1]?.tags.has('Negative') === true ||
    /n['’]t$/.test(clause[index - 1]?.normal ?? '')
  );
}

/** A finite verb after "X to <verb> …" (`PR to update the charter landed last week`). */
function finiteLater(clause: readonly TaggedTerm[], from: number): boolean {
  for (let i = from; i < clause.length; i++) {
    const term = clause[i]!;
    if (term.tags.has('Conjunction') && !/^(?:and|or)$/.test(term.normal)) return false;
    if ((term.tags.has('Copula') || term.tags.has('Modal')) && !clause[i - 1]?.tags.has('Pronoun'))
      return true;
    const after = clause[i + 1];
    if (
      term.tags.has('PastTense') &&
      clause[i - 1]?.tags.has('Noun') &&
      (!after || after.tags.has('Date') || after.tags.has('Adverb') || after.tags.has('Adjective'))
    )
      return true;
  }
  return false;
}

/** "the action item", "an action", "action": the minutes' noun for a task. */
function actionNoun(clause: readonly TaggedTerm[], index: number): boolean {
  let at = index;
  if (clause[at]?.normal === 'on') at++;
  if (clause[at]?.tags.has('Determiner')) at++;
  return clause[at]?.normal === 'action' || /^action/.test(clause[at]?.normal ?? '');
}

/** True when all that follows the verb is "you"/"all", time words and particles: a sign-off. */
function signOff(clause: readonly TaggedTerm[], from: number): boolean {
  const rest = clause.slice(from);
  if (rest.length === 0) return false;
  let addressee = false;
  for (const term of rest) {
    if (/^(?:you|y'all|all|everyone|everybody|there)$/.test(term.normal)) addressee = true;
    else if (
      !(
        term.tags.has('Date') ||
        term.tags.has('Adverb') ||
        term.tags.has('Preposition') ||
        term.tags.has('Determiner') ||
        term.tags.has('Adjective') ||
        term.tags.has('Duration')
      )
    )
      return false;
  }
  return addressee;
}

/** Strips list markers, quotes, emphasis, links and code ticks from a Markdown line. */
function plainText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?/, '')
    .replace(/^[*_]+(?=\S)/, '')
    .trim();
}

/**
 * Lower-case words of `texts` (words that are never capitalised there are not names), and the
 * plurals of initialisms in lower case ("PRs" → `prs`): people's initials take no plural.
 */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  const all = [...texts];
  for (const plural of pluralInitialisms(all)) words.add(plural);
  // Words inside links, paths, file names and addresses ("node.js") say nothing about names.
  for (const text of all)
    for (const word of text.replace(/\S+[/.@:]\S+/g, ' ').match(/(?<![\p{L}'’])\p{Ll}[\p{Ll}'’-]*/gu) ?? [])
      words.add(word);
  return words;
}

/** Plurals of initialisms in `texts`, in lower case ("PRs" → `prs`). */
export function pluralInitialisms(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts)
    for (const plural of text.match(/\b\p{Lu}{2,5}s\b/gu) ?? []) words.add(plural.toLowerCase());
  return words;
}
