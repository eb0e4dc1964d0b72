/** An item a sentence of unmarked prose records: a decision taken, or work given to a person. */
export interface ProseItem {
  kind: 'decision' | 'action';
  /** The sentence (from its start to the line's end for the last one). */
  body: string;
  /** Where the sentence starts in the line (UTF-16 units). */
  index: number;
  /** A decision's subject when it names someone (`TAC approved …` → `TAC`). */
  owner?: string;
  /** A decision's verb as written (`approved`): it says the decision is taken. */
  status?: string;
}

const WORD = String.raw`[\p{Lu}@][\p{L}\d@.'’-]*`;
/** A subject: `TAC`, `The TSC`, `The group`, `Dana Kim`, `@sam`. */
const SUBJECT = String.raw`(?:[Tt]he\s+)?${WORD}(?:\s+${WORD}){0,2}(?:\s+(?:group|team|committee|board|council|members))?`;
/**
 * `Decided to …`, `Agreed that …`, `TAC approved - …`, `The group agreed that …`, `It was
 * decided that …`: a past-tense decision verb at the start of a sentence, with nothing or a
 * subject before it, and a complement after it (`to`, `that`, `on`, a dash or colon), so a
 * bare reply (`@sam agreed.`) is not a decision.
 */
const DECIDED = new RegExp(
  String.raw`^(?:(${SUBJECT})\s+|[Ii]t\s+was\s+)?(?:(?:has|have|had|was|were|unanimously|formally|also|then)\s+)*([Dd]ecided|[Aa]greed|[Aa]pproved|[Rr]esolved|[Vv]oted|[Aa]dopted)(?=\s+(?:to|that|on|upon|unanimously)\b|\s*[-–—:])`,
  'u',
);
/** Subjects that name nobody in particular: no owner. */
const NOBODY = /^(?:i|we|he|she|they|it|everyone|everybody|all|the group as a whole)$/i;
/** `John M to schedule the call`, `Ingo will follow up`, `@sam to merge`: a named person, then work. */
const ASSIGNED = new RegExp(
  String.raw`^(${WORD}(?:\s+${WORD}){0,2})\s+(?:to(?!\s+be\b)|will(?:\s+also)?)\s+\p{Ll}`,
  'u',
);
/** Where sentences start: after `.`, `;`, `!` or `?`, or after a comma before an assignment. */
const BOUNDARY = /(?:[.;!?]\s+|,\s+)(?=[\p{Lu}@])/gu;

/**
 * The items unmarked prose records, sentence by sentence, the way a careful reader of minutes
 * takes them: a decision statement (see DECIDED), or a named person given work (`Name to …`,
 * `Name will …`). `lowerCase` holds the words the file writes in lower case: a subject made
 * of such words (`Subject to approval`, `Happy to help`) is no person. Pronouns are not
 * assignments here (`I'll …` is for the followup-implied rule to point out).
 */
export function readProseItems(
  line: string,
  lowerCase: ReadonlySet<string>,
  people: PeopleTest,
): ProseItem[] {
  if (line.length > 2000) return [];
  const starts = [0];
  for (const match of line.matchAll(BOUNDARY)) starts.push(match.index + match[0].length);
  const items: ProseItem[] = [];
  for (const [n, index] of starts.entries()) {
    const comma = n > 0 && line.slice(0, index).trimEnd().endsWith(',');
    const body = line.slice(index).trim();
    const decided = comma ? null : DECIDED.exec(body);
    if (decided) {
      const subject = decided[1];
      const named = subject && !NOBODY.test(subject) && isName(subject, lowerCase) ? { owner: subject } : {};
      items.push({ kind: 'decision', body, index, status: decided[2]!, ...named });
      continue;
    }
    const assigned = ASSIGNED.exec(body);
    if (
      assigned &&
      !NOBODY.test(assigned[1]!) &&
      isName(assigned[1]!, lowerCase) &&
      isPerson(assigned[1]!, people)
    )
      items.push({ kind: 'action', body, index });
  }
  // Each item's text ends where the next begins.
  return items.map((item, i) => {
    const next = items[i + 1];
    return next ? { ...item, body: line.slice(item.index, next.index).trim().replace(/[,;]$/, '') } : item;
  });
}

/** A subject whose capitalised words (`The` aside) the file never writes in lower case names someone. */
function isName(subject: string, lowerCase: ReadonlySet<string>): boolean {
  return subject
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word) && word !== 'The')
    .every((word) => !lowerCase.has(word.toLowerCase()));
}

/** What the file says about people: names it lists (attendees) and capitalised words it uses mid-sentence. */
export interface PeopleTest {
  /** Words of the names of people the file lists (attendees), lower case. */
  listed: ReadonlySet<string>;
  /** Capitalised words the file writes after a lower-case word or a comma (proper nouns). */
  proper: ReadonlySet<string>;
}

/**
 * A subject given work is a person when it is an `@login`, a name of two or more words, or
 * a single word that is a listed person's name or that the notes write capitalised in
 * mid-sentence (so a sentence opener such as `Continue to …` or `OK to …` is not taken).
 */
function isPerson(subject: string, people: PeopleTest): boolean {
  if (subject.startsWith('@') || /\s/.test(subject)) return true;
  if (people.listed.has(subject.toLowerCase())) return true;
  return /\p{Ll}/u.test(subject) && people.proper.has(subject);
}

/** The capitalised words a text writes mid-sentence (after a lower-case word or a comma). */
export function properNouns(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(/(?<=[\p{Ll},][ \t]+)\p{Lu}[\p{Ll}'’-]+/gu)) words.add(match[0]);
  return words;
}

/** The words a text writes in lower case (at least two letters), for {@link readProseItems}. */
export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  // Links, paths and handles (`openmainframeproject/tac`) are not how the notes write words.
  const prose = text.replace(/\S*[/:@#=_]\S*/g, ' ');
  for (const match of prose.matchAll(/(?<![\p{L}.])\p{Ll}[\p{Ll}'’-]+/gu)) words.add(match[0]);
  return words;
}
