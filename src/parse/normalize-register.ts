import { cached } from '../model/cached.js';
import { addDays, dateInPath, isIsoDate, type ReadDateOptions, readDate } from '../model/dates.js';
import type { Item, Register, WrittenValues } from '../model/register.js';
import { normalizeStatus } from '../model/statuses.js';

/** How written values are read: config `statuses:` and `date_order:`. */
export interface ReadOptions {
  statuses?: Readonly<Record<string, string>>;
  date_order?: 'mdy' | 'dmy';
  /** The meeting cadence (config `cycle_days`): `next meeting` is the review date plus this. */
  cycle_days?: number;
}

/**
 * Reads the values people write into the register's canonical form, in place: statuses
 * become canonical (`✅ Accepted` → resolved on a decision, `Closed` → done on an action),
 * dates that read as one date become YYYY-MM-DD (`Dec 5, 2026`, `next Tuesday`). Relative
 * dates count from the review date, else the date in the file's name. What was written is
 * kept in `written`; values that cannot be read stay as written for the rules to report.
 */
export function normalizeRegister(register: Register, options: ReadOptions = {}): Register {
  const order = options.date_order;
  const fileDate = dateInPath(register.file);
  const review = register.review;
  if (review)
    readField(review, 'date', { ...(fileDate ? { reference: fileDate } : {}), ...(order ? { order } : {}) });
  const reference = isIsoDate(review?.date) ? review.date : fileDate;
  const cycle = review?.cycle_days ?? options.cycle_days;
  const nextMeeting =
    review?.next_meeting ?? (reference && typeof cycle === 'number' ? addDays(reference, cycle) : undefined);
  const read: DateContext = {
    ...(reference ? { reference } : {}),
    ...(order ? { order } : {}),
    ...(nextMeeting ? { nextMeeting } : {}),
  };
  const items: Item[] = [...register.decisions, ...register.actions, ...register.outputs];
  // A register writes the same few statuses on every item: read each once per kind.
  const statuses = new Map<Item['kind'], Map<string, string | undefined>>();
  const canonicalOf = (status: string, kind: Item['kind']) =>
    cached(
      cached(statuses, kind, () => new Map()),
      status,
      () => normalizeStatus(status, kind, options.statuses),
    );
  for (const item of items) {
    if (register.format === 'yaml') item.source ??= 'yaml';
    if (item.owners === undefined && typeof item.owner === 'string' && item.owner !== '')
      item.owners = [item.owner];
    if (typeof item.status === 'string') {
      const canonical = canonicalOf(item.status, item.kind);
      if (canonical !== undefined && canonical !== item.status) {
        written(item).status = item.status;
        item.status = canonical;
      }
    }
    readField(item, 'due', read);
    if (item.kind === 'decision') readField(item, 'resolved_on', read);
  }
  return register;
}

type WithDates = { written?: WrittenValues } & Partial<Record<'date' | 'due' | 'resolved_on', string>>;

type DateContext = Pick<ReadDateOptions, 'reference' | 'order' | 'nextMeeting'>;

function readField(thing: WithDates, field: 'date' | 'due' | 'resolved_on', context: DateContext): void {
  const value = thing[field];
  if (typeof value !== 'string' || value.trim() === '' || isIsoDate(value)) return;
  const reading = readDate(value, context);
  if (reading.kind !== 'iso') return;
  written(thing)[field] = value;
  thing[field] = reading.iso;
}

function written(thing: { written?: WrittenValues }): WrittenValues {
  thing.written ??= {};
  return thing.written;
}
