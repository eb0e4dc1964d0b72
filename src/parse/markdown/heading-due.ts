import { findDate } from '../../model/dates.js';

/** A due date a heading sets for the work under it, as written, and where. */
export interface HeadingDue {
  text: string;
  line: number;
  column: number;
}

/** Words that make a date in a heading the work's date: `(due Dec 5)`, `by Friday`, `Release for June 30`. */
const CUE = /(?:^|[\s([,;:–—-])(?:due|by|before|until|deadline|eta|target|for)\b[\s:.-]*/gi;

/**
 * The due date a heading gives what it heads: a date right after a cue (`Action items (due
 * Dec 5)`, `Scheduled release for June 30th, 2023`, `Tasks — by EOW`). A heading that only
 * carries a date (`2026-05-28 TSC meeting`) dates the meeting, not the work: not taken.
 */
export function headingDue(heading: string, line: number, column: number, reference?: string) {
  if (heading.length > 200) return undefined;
  for (const cue of heading.matchAll(CUE)) {
    const start = cue.index + cue[0].length;
    const found = findDate(heading.slice(start), reference ? { reference } : {});
    if (found?.index !== 0 || found.reading.kind === 'invalid') continue;
    const text = heading.slice(start, start + found.length);
    return { text, line, column } satisfies HeadingDue;
  }
  return undefined;
}
