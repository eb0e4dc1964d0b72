import type { ProseTagger, TaggedTerm } from './prose-tagger.js';

/**
 * The shape every structure below needs, checked before tagging (the expensive step): up to
 * five subject-like words (capitalised, `@login`, an address, a pronoun, all/everyone), maybe
 * followed by a team's nouns after initials or a two-word name ("CPC members", "CI Working
 * group"), then the word (or, later, `and will`)
 * that starts a commitment form. Clauses without it are never tagged.
 */
const MAY_COMMIT = new RegExp(
  String.raw`^\W*(?:[Tt]he\s+)?(?:[@\p{Lu}][^\s,]*|[^\s@,]+@[^\s@,]+\.[^\s,]+|[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Aa]ll|[Ee]very(?:one|body))(?:,?\s+(?:and\s+|&\s+|\+\s+)?[@\p{Lu}&+][^\s,]*){0,4}(?:(?<=\p{Lu}{2}[^\s,]*|\p{L}[^\s,]*\s+\p{Lu}[^\s,]*)(?:\s+\p{Ll}[\p{Ll}-]*){1,3})?,?\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|now\s+)?` +
    String.raw`(?:to|will|shall|(?:is|are|am)\s+going\s+to|agree|volunteer|offer|promise|commit|plan|intend|pledge|undert|` +
    String.raw`(?:has|have|takes?|took|taking)\s+(?:on\s+)?(?:an?\s+|the\s+)?action|(?:has|have|needs?)\s+to|(?:need|ask|want|expect|request)\w*\s+[@\p{Lu}])` +
    String.raw`|^\W*(?:[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)['’]ll\b|^\W*@\S+\s+\p{Ll}|^\W*[@\p{Lu}][^.!?]*\sand\s+(?:will|shall)\s` +
    String.raw`|\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)(?:['’]ll|\s+(?:\p{Ll}+ly\s+)?(?:will|shall|(?:am|is|are)\s+going\s+to|agree|volunteer|offer|promise|commit|plan|intend))\b`,
  'u',
);
/** The clauses of `text` that may hold a commitment, tagged (see candidateSentences). */
export function candidateClauses(text: string, tagger: ProseTagger): TaggedTerm[][] {
  return clausesOf(candidateSentences(text, tagger));
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
    // A question commits nobody, whichever of its clauses looks like a commitment.
    if (/\?["'’”)]*\s*$/.test(sentence)) continue;
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

export function clauseText(clause: readonly TaggedTerm[]): string {
  return clause
    .map((term, index) => `${index === 0 ? '' : term.pre}${term.text}${term.post}`)
    .join('')
    .trim();
}
