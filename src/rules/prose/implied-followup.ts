import { startsWithActionMarker } from '../../model/action-markers.js';
import { candidateClauses, clauseText } from './candidate-clauses.js';
import { commitmentIn } from './commitment-in.js';
import type { ProseTagger } from './prose-tagger.js';
import { headingLike, type ParagraphLine, segmentsOf } from './segments-of.js';
import type { CommonWords } from './subject-at.js';

export { lowerCaseWords, mostlyLowerCaseWords, pluralInitialisms } from './lower-case-words.js';
export type { ParagraphLine } from './segments-of.js';

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
  /** Words the surrounding text uses in lower case: such words are not names. */
  commonWords?: CommonWords;
}

/** A commitment found: the clause and where its sentence starts. */
export interface ImpliedHit {
  text: string;
  line: number;
  column: number;
}

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
    if (startsWithActionMarker(first.text) || headingLike(segment)) continue;
    for (const clause of candidateClauses(segment.text, tagger)) {
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
