import type { ProseTagger, TaggedTerm } from './prose-tagger.js';

/**
 * Words the notes write in lower case, so not names: in the file being read (`has`) and,
 * for words the tagger does not know, anywhere in the repository's notes (`inRepo`). A Set
 * of the file's words will do.
 */
export interface CommonWords {
  has(word: string): boolean;
  inRepo?(word: string): boolean;
}

/** Words that can stand as subjects alone: nominative pronouns. */
export const SUBJECT_PRONOUN = /^(?:i|we|he|she|they)$/;
/** A whole group as the subject ("All to review"). */
const GROUP = /^(?:all|everyone|everybody)$/;
/** Derivational endings of English nouns and adjectives ("Decision", "Reasonable"): not names. */
const COMMON_WORD_SHAPE =
  /(?:able|ible|tion|sion|ment|ness|ity|ance|ence|ship|ism|ive|ous|ful|less|ing|ed|ly|al|ure|ary|ery)$/;

/** A person-like subject as subjectAt found it. */
export interface Subject {
  end: number;
  group: boolean;
  pronoun: boolean;
  /** Only "we"/"they". */
  collective: boolean;
  /** Every name is an @login. */
  handle: boolean;
}

/** The person-like subject starting at `start`: names joined by `and`, `&` or commas. */
export function subjectAt(
  clause: readonly TaggedTerm[],
  start: number,
  tagger: ProseTagger,
  commonWords: CommonWords | undefined,
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
  // A team is named by initials or an organisation's name ("CPC members"), not by any word.
  const last = clause[index - 1];
  if (!group && !pronoun && last && (/^\p{Lu}{2,}$/u.test(last.text) || last.tags.has('Organization'))) {
    const team = teamEnd(clause, index, tagger);
    if (team > index) return { end: team, group, pronoun, collective: false, handle: false };
  }
  return { end: index, group, pronoun, collective, handle };
}

/**
 * Where a team named after its names ends: "CPC members", "CPC voting members", "CI Working
 * group" — up to three nouns after the names, the last a plural or an organisation noun. A
 * singular thing ("TSC meeting") is not a team.
 */
function teamEnd(clause: readonly TaggedTerm[], from: number, tagger: ProseTagger): number {
  let end = from;
  for (let at = from; at < from + 3; at++) {
    const term = clause[at];
    const tags = term?.tags;
    if (!term || !tags?.has('Noun') || tags.has('Pronoun') || tags.has('Acronym') || tags.has('Verb')) break;
    const lower = /^\p{Ll}/u.test(term.text);
    // A lower-case word the lexicon knows as a verb ("needs", "plans") starts the predicate.
    if (lower && /Tense$|^Infinitive$|^Gerund$/.test(tagger.knownAs(term.normal) ?? '')) break;
    if (lower && (tags.has('Organization') || tags.has('Plural'))) end = at + 1;
    if (/,/.test(term.post)) break;
  }
  return end;
}

/** A name, initials or an @login: capitalised, and not a word the notes or the tagger know as common. */
export function nameLike(
  term: TaggedTerm | undefined,
  tagger: ProseTagger,
  commonWords: CommonWords | undefined,
): boolean {
  if (!term) return false;
  if (term.text.startsWith('@') || term.tags.has('AtMention') || term.tags.has('Email')) return true;
  if (!/^\p{Lu}/u.test(term.text)) return false;
  const lower = term.normal.replace(/['’]s$/, '');
  const tags = term.tags;
  if (tags.has('Expression') || tags.has('Pronoun') || tags.has('Date')) return false;
  const known = tagger.knownAs(lower);
  // Initials ("JB", "MD") and short team names ("TSC") name owners in minutes.
  if (/^\p{Lu}{1,4}$/u.test(term.text))
    return (
      !commonWords?.has(`${lower}s`) &&
      (known === undefined ||
        /^(?:Noun|Singular|Abbreviation|Acronym|Organization|Actor|RomanNumeral)$/.test(known))
    );
  if (commonWords?.has(lower)) return false;
  if (tags.has('Person') || tags.has('FirstName') || tags.has('LastName')) return true;
  if (tags.has('Acronym') || known !== undefined) return known !== undefined && /Name$|^Person$/.test(known);
  // An unknown capitalised word is a name unless it is built like a common word.
  if (COMMON_WORD_SHAPE.test(lower) || commonWords?.inRepo?.(lower)) return false;
  return tags.has('Noun') && !tags.has('Plural');
}

/** The word without a clitic (`I'll` → `i`). */
export function bareOf(term: TaggedTerm): string {
  return term.normal.replace(/['’](?:ll|s|re|m|d|ve)$/, '');
}
