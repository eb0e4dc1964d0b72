import * as chrono from 'chrono-node';
import { isIsoDate, isoOf } from './iso-date.js';

export { addDays, daysBetween, isIsoDate, isoOf, MAX_DAY_SPAN } from './iso-date.js';

/** What a written date reads as. */
export type DateReading =
  | { kind: 'iso'; iso: string }
  /** A numeric date that reads two ways: month first, then day first. */
  | { kind: 'ambiguous'; readings: [mdy: string, dmy: string] }
  | { kind: 'invalid' };

export interface ReadDateOptions {
  /** The date relative forms (`next Tuesday`, `EOM`) and dates without a year count from. */
  reference?: string;
  /** How to read numeric dates that read two ways (`03/04/2026`); without it they are ambiguous. */
  order?: 'mdy' | 'dmy';
  /** Nothing but the date may be written (no `(tentative)` or other words around it). */
  exact?: boolean;
  /** The next meeting's date (YYYY-MM-DD): what `next meeting`, `the next TAC call` read as. */
  nextMeeting?: string;
}

/** A date found inside free text: its reading and where it was written. */
export interface FoundDate {
  reading: DateReading;
  /** Offset (UTF-16 units) and length of the date as written, cue word excluded. */
  index: number;
  length: number;
}

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** Words that announce a due date (`due 12/5`, `by Dec 5`, `Deadline: Friday`). */
const CUE = /^(?:(?:due|by|before|until|till|deadline|eta|target|no later than|on)\b[\s:.-]*)+/i;
const CUE_IN_TEXT =
  /(?:^|[\s([,;])(?:due(?:\s+(?:by|on|date))?|by|before|until|deadline|eta|target(?:\s+date)?|no later than)\b[\s:.-]*/gi;
/** Abbreviations chrono does not know, as phrases it does. */
const ALIASES: Array<[RegExp, string]> = [
  [/^(?:eod|cob|end of (?:the )?day|close of business)$/i, 'today'],
  [/^(?:eow|end of (?:the )?week|this week)$/i, 'this friday'],
  [/^(?:eom|end of (?:the )?month|this month)$/i, 'end of month'],
  [/^(?:eoy|end of (?:the )?year|this year)$/i, 'december 31'],
];
const LEADING_ABBREVIATION = /^(?:eod|cob|eow)\b[\s,:-]*(?=\S)/i;
const ABBREVIATION_IN_TEXT = /\b(?:EOD|EOW|EOM|EOY|COB)\b/g;
/** Longest written date read; longer text is not a date cell. */
const MAX_LENGTH = 80;

/**
 * Reads a written date (chrono-node underneath): ISO, `Dec 5, 2026`, `5 December`,
 * `2026/12/05`, `12/05/2026`, `due 12/5`, `by Dec 5`, relative forms (`next Tuesday`,
 * `end of week`, `EOM`, `this week`) counted from `reference`. Dates without a year and
 * relative forms need `reference`; month-only text (`December`, `Q3`) is not a date. Never
 * throws: anything it cannot read is `invalid`.
 */
export function readDate(raw: unknown, options: ReadDateOptions = {}): DateReading {
  try {
    if (typeof raw !== 'string') return INVALID;
    const text = raw.trim();
    if (text === '' || text.length > MAX_LENGTH) return INVALID;
    if (ISO_SHAPE.test(text)) return isIsoDate(text) ? { kind: 'iso', iso: text } : INVALID;
    const meeting = findMeetingDue(text);
    if (meeting && isNoise(text.slice(0, meeting.index) + text.slice(meeting.index + meeting.length)))
      return isIsoDate(options.nextMeeting) ? { kind: 'iso', iso: options.nextMeeting } : INVALID;
    return readPhrase(text.replace(CUE, ''), options, true);
  } catch {
    return INVALID;
  }
}

/**
 * The first due date written in free text: after a cue (`by`, `due`, `before`, `deadline`,
 * `ETA` …) any form readDate knows, else an explicit calendar date anywhere (`2026-12-05`,
 * `Dec 5`, `5 December 2026`, `EOM`). Bare weekdays and `today` without a cue are not taken:
 * in prose they rarely set a due date. Never throws.
 */
export function findDate(text: unknown, options: ReadDateOptions = {}): FoundDate | undefined {
  try {
    if (typeof text !== 'string' || text.length > 10_000) return undefined;
    for (const cue of text.matchAll(CUE_IN_TEXT)) {
      const start = cue.index + cue[0].length;
      const found = dateAt(text, start, options);
      if (found) return found;
    }
    return explicitDate(text, options);
  } catch {
    return undefined;
  }
}

const INVALID: DateReading = { kind: 'invalid' };

/** `next meeting`, `the next TAC call`, `next WG meeting`, `next sync`: a date set by the cadence. */
const NEXT_MEETING =
  /\b(?:the\s+)?next\s+(?:[\p{L}\d-]+\s+){0,2}?(?:meetings?|calls?|syncs?|sessions?|sync-ups?|standups?)\b/iu;

/**
 * Where an item's text names the next meeting as its date (`(report next meeting)`, `at the
 * next TAC call`), as written; undefined if it does not. What date that is depends on the
 * register (the next meeting's date, or the review date plus its cadence): see readDate's
 * `nextMeeting`.
 */
export function findMeetingDue(text: string): { index: number; length: number } | undefined {
  if (text.length > 10_000) return undefined;
  const match = NEXT_MEETING.exec(text);
  return match ? { index: match.index, length: match[0].length } : undefined;
}

function readPhrase(phrase: string, options: ReadDateOptions, whole: boolean): DateReading {
  let text = phrase.trim().replace(LEADING_ABBREVIATION, '');
  for (const [pattern, replacement] of ALIASES) if (pattern.test(text)) text = replacement;
  if (text === '' || /^\d{1,4}$/.test(text) || /^[+-]?\d{5,}-/.test(text) || /^[+-]\d/.test(text))
    return INVALID;
  if (ISO_SHAPE.test(text)) return isIsoDate(text) ? { kind: 'iso', iso: text } : INVALID;
  const ref = referenceDate(options.reference);
  const exact = options.exact === true;
  const mdy = firstReading(chrono.casual, text, ref, whole, exact);
  const dmy = firstReading(chrono.en.GB, text, ref, whole, exact);
  if (!mdy && !dmy) return INVALID;
  if (!mdy || !dmy || mdy === dmy) return { kind: 'iso', iso: (mdy ?? dmy)! };
  if (options.order === 'mdy') return { kind: 'iso', iso: mdy };
  if (options.order === 'dmy') return { kind: 'iso', iso: dmy };
  return { kind: 'ambiguous', readings: [mdy, dmy] };
}

/** The ISO reading of chrono's first result, when it is a whole date (and, if `whole`, all the text). */
function firstReading(
  parser: chrono.Chrono,
  text: string,
  ref: Date | undefined,
  whole: boolean,
  exact = false,
) {
  const [result] = parser.parse(text, ref ?? FIXED_REFERENCE, { forwardDate: true });
  if (!result) return undefined;
  // Without a reference, a reading that moves with the reference (`tomorrow`) is refused.
  if (!ref) {
    const [other] = parser.parse(text, OTHER_REFERENCE, { forwardDate: true });
    if (!other || isoOfResult(other) !== isoOfResult(result)) return undefined;
  }
  const rest = text.slice(0, result.index) + text.slice(result.index + result.text.length);
  if (whole && !(exact ? /^[\p{P}\p{S}\s]*$/u.test(rest) : isNoise(rest))) return undefined;
  const start = result.start;
  // A month without a day (`December`, `mid-December`) is no due date.
  if (start.isCertain('month') && !start.isCertain('day')) return undefined;
  return isoOfResult(result);
}

function isoOfResult(result: chrono.ParsedResult): string | undefined {
  const start = result.start;
  return isoOf(
    start.get('year') ?? Number.NaN,
    start.get('month') ?? Number.NaN,
    start.get('day') ?? Number.NaN,
  );
}

/** Text around a date that does not change it: punctuation, `EoD`, `(tentative)`. */
function isNoise(rest: string): boolean {
  const words = rest.replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
  return words === '' || (!/\d/.test(words) && words.length <= 20 && words.split(' ').length <= 2);
}

/** A date starting at `start` in `text` (right after a cue), taken as far as chrono reads it. */
function dateAt(text: string, start: number, options: ReadDateOptions): FoundDate | undefined {
  const window = text.slice(start, start + MAX_LENGTH);
  // `EoD 11Feb2022`: the abbreviation only says when on that day.
  const lead = LEADING_ABBREVIATION.exec(window);
  if (lead) {
    const [dated] = chrono.casual.parse(
      window.slice(lead[0].length),
      referenceDate(options.reference) ?? FIXED_REFERENCE,
      {
        forwardDate: true,
      },
    );
    if (dated?.index === 0) {
      const length = lead[0].length + dated.text.length;
      const reading = readPhrase(window.slice(0, length), options, true);
      if (reading.kind !== 'invalid') return { reading, index: start, length };
    }
  }
  const abbreviation = /^(?:EOD|EOW|EOM|EOY|COB|end of (?:the )?(?:day|week|month|year))\b/i.exec(window);
  if (abbreviation) {
    const reading = readPhrase(abbreviation[0], options, true);
    if (reading.kind !== 'invalid') return { reading, index: start, length: abbreviation[0].length };
  }
  const ref = referenceDate(options.reference);
  const [result] = chrono.casual.parse(window, ref ?? FIXED_REFERENCE, { forwardDate: true });
  if (result?.index !== 0) return undefined;
  const reading = readPhrase(result.text, options, true);
  return reading.kind === 'invalid' ? undefined : { reading, index: start, length: result.text.length };
}

/** Text without a digit, a month name or an abbreviation holds no calendar date: chrono is not asked. */
const MAY_HOLD_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:EO[DWMY]|COB)\b/i;

function explicitDate(text: string, options: ReadDateOptions): FoundDate | undefined {
  if (!MAY_HOLD_DATE.test(text)) return undefined;
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text);
  const ref = referenceDate(options.reference);
  const [strict] = chrono.strict.parse(text, ref ?? FIXED_REFERENCE, { forwardDate: true });
  const abbreviation = ABBREVIATION_IN_TEXT.exec(text);
  ABBREVIATION_IN_TEXT.lastIndex = 0;
  const candidates: Array<{ index: number; written: string }> = [];
  if (iso) candidates.push({ index: iso.index, written: iso[1]! });
  if (strict) candidates.push({ index: strict.index, written: strict.text });
  if (abbreviation) candidates.push({ index: abbreviation.index, written: abbreviation[0] });
  candidates.sort((a, b) => a.index - b.index);
  for (const candidate of candidates) {
    const reading = readPhrase(candidate.written, options, true);
    if (reading.kind !== 'invalid')
      return { reading, index: candidate.index, length: candidate.written.length };
  }
  return undefined;
}

/** Noon on the reference day, local time (chrono reads components in local time). */
function referenceDate(reference: string | undefined): Date | undefined {
  if (!isIsoDate(reference)) return undefined;
  const [year, month, day] = reference.split('-').map(Number) as [number, number, number];
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** Parsing needs some reference; results that depend on it are refused when none was given. */
const FIXED_REFERENCE = new Date(2000, 0, 1, 12);
const OTHER_REFERENCE = new Date(2001, 6, 15, 12);

/** A date in a file's name (`2023-01-26.md`, `20220201.md`, `notes-2026_05_28.md`), else undefined. */
export function dateInPath(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const match = /(?:^|\D)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name);
  return match ? isoOf(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}
