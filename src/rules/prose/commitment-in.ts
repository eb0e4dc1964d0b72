import type { ProseTagger, TaggedTerm } from './prose-tagger.js';
import { bareOf, type CommonWords, nameLike, SUBJECT_PRONOUN, subjectAt } from './subject-at.js';
import { actionNoun, finiteLater, negated, signOff, skipAdverbs, verbAt } from './verb-forms.js';

/** Verbs whose infinitive complement is the speaker's own commitment (commissives). */
const COMMISSIVE = /^(?:agree|volunteer|offer|promise|commit|plan|intend|undert[ao]{1,2}k|pledge)/;
/** Verbs that hand a task to the person named after them ("we need Sara to merge"). */
const DIRECTIVE = /^(?:need|ask|want|expect|request)/;
const OBLIGATION = /^(?:need|has|have)$/;

/** The index where a commitment's subject starts in `clause`, or undefined. */
export function commitmentIn(
  clause: readonly TaggedTerm[],
  tagger: ProseTagger,
  commonWords: CommonWords | undefined,
): number | undefined {
  if (/\?/.test(clause.at(-1)?.post ?? '')) return undefined;
  for (let start = 0; start < clause.length; start++) {
    if (start > 0 && !opensClause(clause, start)) continue;
    if (committed(clause, start, tagger, commonWords)) return start;
    if (sharedSubjectWill(clause, start, tagger, commonWords)) return 0;
  }
  return undefined;
}

/**
 * "BW removing the label and will put it back on the agenda": `and will <verb>` with no
 * subject of its own shares the person that starts the clause.
 */
function sharedSubjectWill(
  clause: readonly TaggedTerm[],
  at: number,
  tagger: ProseTagger,
  commonWords: CommonWords | undefined,
): boolean {
  const term = clause[at]!;
  if (clause[at - 1]?.normal !== 'and' || !term.tags.has('Modal') || !/^(?:will|shall)$/.test(term.normal))
    return false;
  const subject = subjectAt(clause, 0, tagger, commonWords);
  if (!subject || subject.group || subject.collective || negated(clause, at + 1)) return false;
  const verb = skipAdverbs(clause, at + 1);
  return verbAt(clause, verb) && !signOff(clause, verb + 1);
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
  commonWords: CommonWords | undefined,
): boolean {
  if (start === 0) return true;
  const before = clause[start - 1]!;
  if (!/,/.test(before.post)) return false;
  return !nameLike(before, tagger, commonWords) && !/^\p{Lu}/u.test(before.text);
}

function committed(
  clause: readonly TaggedTerm[],
  start: number,
  tagger: ProseTagger,
  commonWords: CommonWords | undefined,
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
  // (The tagger may read the verb after a handle as a noun: "@CRob update the readme".)
  const infinitive = term.tags.has('Infinitive') || tagger.knownAs(term.normal) === 'Infinitive';
  if (subject.handle && infinitive && !term.tags.has('Modal')) return verbAt(clause, at);
  if (subject.group) return false;
  // "We will …", "they'll …": a plan of the group or of others, nobody in particular committed.
  const someone = !subject.collective;
  // X will/shall/'ll <verb>; X is/are going to <verb>.
  if (term.tags.has('Modal')) {
    // "I'd like to …": the contraction's hidden modal is "would", a wish, not a commitment.
    const wish = term.text === '' && /['’]d$/.test(clause[at - 1]?.text ?? '');
    if (!someone || wish || !/^(?:will|shall|'ll|)$/.test(word) || negated(clause, at + 1)) return false;
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
