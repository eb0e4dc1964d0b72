// The readers' own vocabulary, applied to labels and read items alike before they are compared.
import { isIsoDate, readDate } from '../../src/model/dates.js';
import { normalizeStatus, type StatusKind } from '../../src/model/statuses.js';

/** A due date as YYYY-MM-DD when it reads as one date (model readDate), else undefined. */
export function dueIso(raw: string | undefined | null, reference?: string): string | undefined {
  if (!raw) return undefined;
  if (isIsoDate(raw.trim())) return raw.trim();
  const reading = readDate(raw, reference ? { reference } : {});
  return reading.kind === 'iso' ? reading.iso : undefined;
}

/** A status in canonical form (the readers' vocabulary), or undefined when it is not one it knows. */
export function canonicalStatus(raw: string | undefined | null, kind: string): string | undefined {
  return normalizeStatus(raw, kind as StatusKind);
}
