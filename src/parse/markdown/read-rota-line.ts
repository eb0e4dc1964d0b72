import { readDate } from '../../model/dates.js';

/** A rota line: who takes a turn, and from when, as written. */
export interface RotaLine {
  owners: string[];
  /** The date as written (`June 1`, `This week`). */
  due: string;
}

const LOGIN = '@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?';
/** Only people: `@login`s, several joined by `,`, `&`, `and`. Names are not taken (`Mon: Standup`). */
const LOGINS = new RegExp(String.raw`^${LOGIN}(?:\s*(?:,|&|\band\b)\s*${LOGIN})*$`, 'u');
const SEPARATOR = /\s*(?::|\s[-–—→]|→)\s*/u;

/**
 * A bullet that is only a date and whoever has the turn from then, the way duty rotas,
 * on-call and release schedules are written: `June 1: @fasttime`, `This week: @nzakas`,
 * `@sam — Dec 5`. The date must read on its own (relative forms against `reference`);
 * the people must be `@login`s, so a timetable (`Mon: Standup`) is not taken.
 */
export function readRotaLine(text: string, reference?: string): RotaLine | undefined {
  if (text.length > 120) return undefined;
  const separator = SEPARATOR.exec(text);
  if (!separator || separator.index === 0) return undefined;
  const left = text.slice(0, separator.index).trim();
  const right = text.slice(separator.index + separator[0].length).trim();
  const options = { exact: true, ...(reference ? { reference } : {}) };
  for (const [date, people] of [
    [left, right],
    [right, left],
  ] as const) {
    if (!LOGINS.test(people)) continue;
    if (readDate(date, options).kind === 'invalid') continue;
    const owners = people.split(/\s*(?:,|&|\band\b)\s*/u).filter((owner) => owner !== '');
    return { owners, due: date };
  }
  return undefined;
}
