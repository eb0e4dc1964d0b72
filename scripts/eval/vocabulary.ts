// Interim stand-in for the model's readDate/normalizeStatus (read-core), used until they land.
import * as chrono from 'chrono-node';

/** A due date as YYYY-MM-DD when it reads one way, else undefined. */
export function dueIso(raw: string | undefined | null, reference?: string): string | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const ref = reference ? new Date(`${reference}T12:00:00Z`) : undefined;
  const date = chrono.parseDate(text, ref);
  return date ? date.toISOString().slice(0, 10) : undefined;
}

const INTERIM: Record<string, string> = {
  '[ ]': 'open',
  '[x]': 'done',
  open: 'open',
  done: 'done',
  accepted: 'resolved',
  resolved: 'resolved',
};

/** A status in canonical form, or undefined when it is not one the vocabulary knows. */
export function canonicalStatus(raw: string | undefined | null, _kind: string): string | undefined {
  if (!raw) return undefined;
  return INTERIM[raw.trim().toLowerCase()];
}
