/** Owners read from an item's text, and the text left once a leading owner is taken off. */
export interface ReadOwners {
  owners: string[];
  /** The text without a leading owner and its separator (`Sam: draft it` → `draft it`). */
  rest: string;
}

const LOGIN = '@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?';
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** A capitalised word of a name: `Dana`, `O'Brien`, `J.`, `M`, `Le`, `DevOps`. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** Lower-case particles inside names (`Glenn ten Cate`, `Ana de Souza`). */
const PARTICLE = '(?:de|da|del|der|den|di|du|la|le|ten|ter|van|von|bin|al)';
/** A group named after its kind (`CI Working group`, `Docs team`). */
const GROUP_NOUN = String.raw`(?:\s+(?:group|team|committee|council|board|wg|sig|staff|maintainers))?`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){0,3}${GROUP_NOUN}`;
/** One owner: a login or team, an email, or a name. */
const ONE = `(?:${LOGIN}|${EMAIL}|${NAME})`;
/** Several owners joined by `,`, `&`, `/`, `and`. */
const SEVERAL = String.raw`${ONE}(?:\s*(?:,|&|/|\band\b|\+)\s*${ONE}){0,5}`;

const LABELLED = new RegExp(
  String.raw`(?:^|[\s(\[;,])(?:[Oo]wners?|[Oo]wner\(s\)|[Aa]ssignees?|[Aa]ssigned to|DRI|[Dd]ri|[Rr]esponsible|[Ww]ho)\s*[:=]\s*(${SEVERAL})`,
  'u',
);
const ASSIGNED_TO = new RegExp(String.raw`\b(?:assigned to|owned by)\s+(${SEVERAL})`, 'u');
const LEADING_LOGINS = new RegExp(
  String.raw`^((?:${LOGIN}|${EMAIL})(?:\s*(?:,|&|/|\band\b|\+)\s*(?:${LOGIN}|${EMAIL}))*)\s*(?:[:\-–—→>]+\s*|\s+(?=\S))`,
  'u',
);
const LEADING_BRACKET = new RegExp(String.raw`^\[(${SEVERAL})\]\s*[:\-–—→]?\s*`, 'u');
const LEADING_NAME = new RegExp(String.raw`^(${SEVERAL})\s*(?::\s+|\s+[-–—→]+\s+|\s*→\s*)`, 'u');
const NAME_TO = new RegExp(
  String.raw`(?:^|:\s+|\s[-–—]\s+)(${SEVERAL})\s+(?:to(?!\s+be\b)|will|shall|is going to|are going to|agreed to|volunteered to|offered to)(?:\s+\p{Ll}|\s*$)`,
  'u',
);
const LOGIN_WILL = new RegExp(String.raw`(${LOGIN})\s+(?:to|will|shall|is going to)\s+\p{Ll}`, 'u');
const BY_LOGIN = new RegExp(String.raw`\bby\s+\[?(${LOGIN}|${EMAIL}|${NAME})\]?(?=\s*(?:[:.,;)]|$))`, 'u');
/** A person at the end: plain capitalised words, no hyphens or slashes (`(Lambda/FaaS)` is no owner). */
const PERSON = String.raw`(?:${LOGIN}|\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2})`;
const PEOPLE = String.raw`${PERSON}(?:\s*(?:,|&|\band\b)\s*${PERSON}){0,3}`;
const TRAILING = new RegExp(String.raw`(?:\((${PEOPLE})\)|[—–]\s*(${PEOPLE}))\s*[.!]?\s*$`, 'u');

/**
 * The owners an item's text names, read the way a person reads them: `owner: X`,
 * `assigned to X`, a leading `@login`/`@org/team` or several, `[Name]`, `Name:`, `Name -`,
 * `Name →`, `Name to …`/`Name will …`, `… by @login`, and a trailing `(Name)` or `— Name`.
 * Names are capitalised words (up to four, particles such as `de` or `ten` allowed) or
 * emails; several owners may be joined by `,`, `&`, `/` or `and`. Only the first pattern
 * that matches counts. Linear in the text: every pattern is anchored or bounded.
 */
export function readOwners(text: string): ReadOwners {
  const line = text.length > 2000 ? text.slice(0, 2000) : text;
  const labelled = LABELLED.exec(line) ?? ASSIGNED_TO.exec(line);
  if (labelled) return { owners: split(labelled[1]!), rest: text };
  for (const leading of [LEADING_LOGINS, LEADING_BRACKET]) {
    const match = leading.exec(line);
    if (match) {
      const rest = text.slice(match[0].length).replace(/^(?:to(?!\s+be\b)|will|shall)\s+/, '');
      return { owners: split(match[1]!), rest };
    }
  }
  const named = LEADING_NAME.exec(line);
  if (named && !isSentenceStart(named[1]!, line))
    return { owners: split(named[1]!), rest: text.slice(named[0].length) };
  const to = NAME_TO.exec(line) ?? LOGIN_WILL.exec(line);
  if (to) {
    const owners = split(to[1]!);
    const rest =
      to.index === 0 && line.startsWith(to[1]!)
        ? text
            .slice(to[1]!.length)
            .trimStart()
            .replace(/^(?:to|will|shall)\b\s*/, '')
        : text;
    return { owners, rest };
  }
  const by = BY_LOGIN.exec(line);
  if (by && (by[1]!.startsWith('@') || by[1]!.includes('@') || /\]/.test(line.slice(by.index)))) {
    return { owners: [by[1]!], rest: text };
  }
  const trailing = TRAILING.exec(line);
  if (trailing) {
    const owners = split((trailing[1] ?? trailing[2])!);
    return { owners, rest: text.slice(0, trailing.index).trimEnd() };
  }
  return { owners: [], rest: text };
}

function split(list: string): string[] {
  return list
    .split(/\s*(?:,|&|\/(?![A-Za-z0-9._-]*$)|\band\b|\+)\s*/u)
    .map((owner) => owner.trim())
    .filter((owner) => owner !== '');
}

/**
 * A leading "name" that is a single capitalised word followed by `:` may be a label rather
 * than a person (`Note: …`, `Status: …`). One capitalised word counts as a name only when
 * what follows starts with a capital or a verb-like lower-case word, which labels rarely do;
 * the caller reads item text, where `Name: task` is the common shape.
 */
function isSentenceStart(name: string, line: string): boolean {
  if (/\s/.test(name)) return false;
  return /^(?:note|notes|status|update|updates|question|questions|context|summary|re|fyi|todo|done|next|topic|issue|pr|link|see|decision|resolution|action|ai|outcome|result|results|proposal|agenda|discussion|background|reason|why|what|when|where|how|goal|goals)$/i.test(
    name,
  )
    ? true
    : line.length === name.length;
}
