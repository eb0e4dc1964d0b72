/**
 * Finds prose that commits someone to follow-up work. Precision matters more than recall:
 * a sentence is flagged only for an explicit task marker (`ACTION:`, `AI:`, `Action item:`,
 * `TODO`, `TBD:`, an unchecked `[ ]`), "will/to follow up", or a person-like subject at the
 * start of a sentence or bullet followed by "to <verb>", "will <verb>", "is going to <verb>"
 * or "takes an action item". A subject is person-like when it is an `@login`, or one to three
 * capitalised words (or initials) none of which is a common English word — from the list
 * below or because the same text uses it in lower case elsewhere.
 */

/** Words that start sentences but never name a person. Lower case. */
const NOT_NAMES = new Set(
  `a about above after again agree agreed agreement aim all also an and another answer any anyone anything approved
  are as at back based be because before being below between board both but by call can cc change changes check close
  closer collab commit committee congrats consensus consider continue continuing could council criteria currently date
  decide decided decision decisions defer did discuss discussion do doc docs does done due each either email ensure
  even every everybody everyone everything example express feedback few final finally first folks following for from
  fyi general get give go goal goals going good great group had happy has have having he help her here hey hi his
  hope hoping how however i idea ideas if in include including initial instead is issue issues it item items its
  just last let lets like link links looking make many may maybe meeting meetings members might more most move much
  must my need needs new next no none not note notes nothing now of ok okay on once one only open or other others
  our out overall people per perhaps plan planned planning plans please pr prs prepare process processes project
  projects proposal proposals question questions ready reference related reminder reply request requests right same
  see seek seems session she should since so some someone something soon started step steps still such suggestion
  sure team thank thanks that the their them then there these they this those though time to today together
  tomorrow topic travel update updated updates us use very vote want was we welcome well were what when where which
  while who why will with without work would yes yet you your zoom
  ability able ask back best better bring clarify confirm desire difficult document draft easier easy explore file
  find follow hard important invite keep land look merge mention necessary nice post possible propose provide put
  reach reasonable refer remind remove respond review schedule send set share start submit suggest take try wait write`.split(
    /\s+/,
  ),
);

/** Words after "to"/"will" that are not the verb of a task. Lower case. */
const NOT_VERBS = new Set(
  `a an the this that these those it its his her their our my your all any some every each no not never be been
  being is are was were me us them him everyone everybody someone somebody anyone date day time week month year
  which who what whom whose there here have`.split(/\s+/),
);

const PERSON = String.raw`(?:@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9._-]+)?|(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})`;
const SUBJECT = new RegExp(String.raw`^(${PERSON}(?:\s*(?:,|&|\band\b)\s*${PERSON})*)\s+(.*)$`, 'u');
const AFTER_SUBJECT = [
  /^(?:is going to|volunteered to|agreed to|offered to|to)\s+([a-z][a-z-]*)/,
  /^will\s+(?:(?:also|then|now|first|still|try to|[a-z]+ly)\s+)?([a-z][a-z-]*)/,
  /^(?:takes?|took|is taking|taking|will take|has|have|had)\s+(?:on\s+)?(?:an?\s+|the\s+|as an\s+)?(?:action\b|ai\b|todo\b|task\b)/i,
];
const MARKER =
  /^(?:ACTION(?: ITEMS?)?|Action(?: [Ii]tems?)?|AI|TODO|TBD|Follow[- ]ups?|Next steps?)\s*(?::|\s+(?:for|to)\s+(?=[\p{Lu}@]))\s*(.*)$/u;
const NO_ACTION = /^(?:none|no\b|n\/a|nothing|done|closed|landed|landing|issue closed)/i;
const FOLLOW_UP = /\b(?:will|to)\s+follow[- ]?up\b/i;

/** Options for {@link impliedFollowUp}. */
export interface ImpliedFollowUpOptions {
  /** Lower-case words the surrounding text uses in lower case: such words are not names. */
  commonWords?: ReadonlySet<string>;
}

/**
 * The part of `text` that implies follow-up work, or undefined. `text` is one line of prose,
 * possibly still carrying Markdown list, emphasis and link syntax.
 */
export function impliedFollowUp(text: string, options: ImpliedFollowUpOptions = {}): string | undefined {
  const line = plainText(text);
  if (/^\[ \]\s+\S/.test(line)) return line;
  if (/\bTODO\b/.test(line)) return line;
  if (FOLLOW_UP.test(line)) return line;
  for (const clause of clausesOf(line.replace(/^\[[xX]\]\s+/, ''))) {
    const marker = MARKER.exec(clause);
    if (marker) {
      const rest = (marker[1] ?? '').trim();
      if (rest !== '' && !NO_ACTION.test(rest)) return clause;
      continue;
    }
    if (committedSubject(clause, options.commonWords)) return clause;
  }
  return undefined;
}

/** True when the clause starts with a person-like subject committing to a task. */
function committedSubject(clause: string, commonWords: ReadonlySet<string> | undefined): boolean {
  const match = SUBJECT.exec(clause);
  if (!match) return false;
  const [, subject = '', rest = ''] = match;
  const words = subject.split(/\s*(?:,|&|\band\b)\s*|\s+/).filter((word) => word !== '');
  const nameLike = words.every((word) => {
    if (word.startsWith('@')) return true;
    // Participles ("Trying", "Limited"), adverbs ("Specifically") and plural acronyms ("PRs") are not names.
    if (
      /^\p{Lu}\p{Ll}{2,}ing$|^\p{Lu}\p{Ll}{2,}ed$|(?:ally|ately|fully|ously|ently|ibly|ably)$|^\p{Lu}{2,}s$/u.test(
        word,
      )
    )
      return false;
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    return !NOT_NAMES.has(lower) && !commonWords?.has(lower);
  });
  if (!nameLike) return false;
  for (const pattern of AFTER_SUBJECT) {
    const found = pattern.exec(rest);
    if (!found) continue;
    const verb = found[1];
    if (verb === undefined) return true;
    if (!NOT_VERBS.has(verb) && !verb.endsWith('ing')) return true;
  }
  return false;
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

/** Sentences and semicolon-separated clauses. */
function clausesOf(line: string): string[] {
  return line
    .split(/(?<=[.!?;])\s+(?=\S)|;\s*/)
    .map((clause) => clause.trim().replace(/^[*_(]+/, ''))
    .filter((clause) => clause !== '');
}

/** Lower-case words of `texts` (words that are never capitalised there are not names). */
export function lowerCaseWords(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts)
    for (const word of text.match(/(?<![\p{L}'’])\p{Ll}[\p{Ll}'’-]*/gu) ?? []) words.add(word);
  return words;
}
