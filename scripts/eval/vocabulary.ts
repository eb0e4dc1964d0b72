// Statuses through the model's vocabulary; dates through chrono-node until the model's readDate lands.
import * as chrono from 'chrono-node';
import { normalizeStatus, type StatusKind } from '../../src/model/statuses.js';
import { PROPOSAL_STATUSES } from '../../src/parse/records/proposal-statuses.js';

/** A due date as YYYY-MM-DD when it reads one way, else undefined. */
export function dueIso(raw: string | undefined | null, reference?: string): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : undefined;
  const date = chrono.parseDate(text, ref);
  return date ? date.toISOString().slice(0, 10) : undefined;
}

/** A status in canonical form (the readers' vocabulary), or undefined when it is not one it knows. */
export function canonicalStatus(raw: string | undefined | null, kind: string): string | undefined {
  return normalizeStatus(raw, kind as StatusKind, PROPOSAL_STATUSES);
}
