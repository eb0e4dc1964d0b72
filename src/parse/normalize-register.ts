import { dateInPath, isIsoDate, readDate } from '../model/dates.js';
import type { Item, Register, WrittenValues } from '../model/register.js';
import { normalizeStatus } from '../model/statuses.js';

/** How written values are read: config `statuses:` and `date_order:`. */
export interface ReadOptions {
  statuses?: Readonly<Record<string, string>>;
  date_order?: 'mdy' | 'dmy';
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
  if (review) readField(review, 'date', fileDate, order);
  const reference = isIsoDate(review?.date) ? review.date : fileDate;
  const items: Item[] = [...register.decisions, ...register.actions, ...register.outputs];
  for (const item of items) {
    if (register.format === 'yaml') item.source ??= 'yaml';
    if (item.owners === undefined && typeof item.owner === 'string' && item.owner !== '')
      item.owners = [item.owner];
    if (typeof item.status === 'string') {
      const canonical = normalizeStatus(item.status, item.kind, options.statuses);
      if (canonical !== undefined && canonical !== item.status) {
        written(item).status = item.status;
        item.status = canonical;
      }
    }
    readField(item, 'due', reference, order);
    if (item.kind === 'decision') readField(item, 'resolved_on', reference, order);
  }
  return register;
}

type WithDates = { written?: WrittenValues } & Partial<Record<'date' | 'due' | 'resolved_on', string>>;

function readField(
  thing: WithDates,
  field: 'date' | 'due' | 'resolved_on',
  reference: string | undefined,
  order: ReadOptions['date_order'],
): void {
  const value = thing[field];
  if (typeof value !== 'string' || value.trim() === '' || isIsoDate(value)) return;
  const reading = readDate(value, { ...(reference ? { reference } : {}), ...(order ? { order } : {}) });
  if (reading.kind !== 'iso') return;
  written(thing)[field] = value;
  thing[field] = reading.iso;
}

function written(thing: { written?: WrittenValues }): WrittenValues {
  thing.written ??= {};
  return thing.written;
}
