import type { Position } from '../../model/position.js';
import type { RecordField, RecordFields } from './record-decision.js';
import { recordId } from './record-id.js';
import { dateRank, recordKey, roleOf } from './record-keys.js';
import { splitPeople } from './record-owners.js';

/** One key of a record's header (front matter, header line or metadata YAML), as text. */
export interface RecordPair {
  key: string;
  /** A scalar as text, or a list's entries. */
  value: string | string[];
  pos: Position;
  /** Positions of a list's entries. */
  entryPos?: Position[];
}

/** Where the pairs came from and what to fall back on. */
export interface RecordBase {
  file: string;
  source: RecordFields['source'];
  pos: Position;
  text: string;
  /** The title when no `title` key gives one (the first heading). */
  title?: RecordField;
  /** Prefix for an id from a bare number (`ADR` for ADRs, `GEP` from `kind: GEPDetails`). */
  idPrefix?: string;
  resolution?: RecordField;
  /** An id the title heading carries (`# TEP-0037: …`), used when nothing else gives one. */
  headingId?: RecordField;
}

/**
 * Sorts a record's keys into the decision's fields: status, owners (authors, deciders …;
 * each list entry or comma-separated name is one owner), the best date, a deadline, title,
 * id (from a series key, a number or the file name) and every other key kept as extra.
 */
export function fieldsFromPairs(pairs: readonly RecordPair[], base: RecordBase): RecordFields {
  const fields: RecordFields = { source: base.source, pos: base.pos, owners: [], text: base.text, extra: {} };
  let idPair: RecordPair | undefined;
  let dateKey: string | undefined;
  for (const pair of pairs) {
    const role = roleOf(pair.key);
    const scalar = Array.isArray(pair.value) ? pair.value.join(', ') : pair.value;
    if (scalar === '' && role !== 'owners') continue;
    if (role === 'owners') {
      const entries = Array.isArray(pair.value) ? pair.value : [pair.value];
      entries.forEach((entry, index) => {
        const pos = pair.entryPos?.[index] ?? pair.pos;
        for (const person of splitPeople(entry)) fields.owners.push({ value: person, pos });
      });
    } else if (role === 'status') fields.status ??= { value: scalar, pos: pair.pos };
    else if (role === 'title') fields.title ??= { value: scalar, pos: pair.pos };
    else if (role === 'due') fields.due ??= { value: scalar, pos: pair.pos };
    else if (role === 'id') idPair ??= pair;
    else if (role === 'date' && (dateKey === undefined || dateRank(pair.key) < dateRank(dateKey))) {
      if (fields.date && dateKey) fields.extra[recordKey(dateKey)] = fields.date.value;
      fields.date = { value: scalar, pos: pair.pos };
      dateKey = pair.key;
    } else fields.extra[recordKey(pair.key)] = scalar;
  }
  fields.title ??= base.title;
  if (base.resolution) fields.resolution = base.resolution;
  const explicit =
    idPair && !Array.isArray(idPair.value) ? { key: idPair.key, value: idPair.value } : undefined;
  const id = recordId(base.file, explicit, base.idPrefix);
  if (id) fields.id = { value: id, pos: idPair?.pos ?? base.pos };
  else if (base.headingId) fields.id = base.headingId;
  return fields;
}
