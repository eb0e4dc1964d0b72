import type { Position } from '../../model/position.js';
import type { Decision, ItemSource } from '../../model/register.js';
import { normalizeStatus } from '../../model/statuses.js';

/** A value read from a record, with where it was written. */
export interface RecordField {
  value: string;
  pos: Position;
}

/** What a record reader found in one ADR or proposal file, before it becomes a decision. */
export interface RecordFields {
  source: Extract<ItemSource, 'adr' | 'front-matter' | 'yaml'>;
  /** Where the record starts (its first heading or first key). */
  pos: Position;
  id?: RecordField;
  title?: RecordField;
  status?: RecordField;
  owners: RecordField[];
  /** When it was decided or last updated (`date`, `last-updated`, `created`). */
  date?: RecordField;
  /** A real deadline (`last-call-deadline`, `deadline`, `due`). */
  due?: RecordField;
  /** What was decided (the first paragraph of an ADR's Decision section). */
  resolution?: RecordField;
  /** The record's header as written (front matter, header lines or metadata). */
  text: string;
  extra: Record<string, string>;
}

/**
 * One decision from a record. The status is read with the model's vocabulary (which knows the
 * lifecycle words of proposal processes: `Last Call`, `Stagnant`, `Implementable`); the value
 * as written stays in `written.status`. A settled record's date is when it was decided
 * (`resolved_on`), never a due date. The decision sits at its Status field, which is where
 * people look and where labels and annotations point.
 */
export function recordDecision(fields: RecordFields): Decision {
  const at: Decision['at'] = {};
  const decision: Decision = {
    kind: 'decision',
    pos: fields.status?.pos ?? fields.pos,
    at,
    source: fields.source,
    text: fields.text,
    owners: fields.owners.map((owner) => owner.value),
    depends_on: [],
    blocked_by: [],
    topics: [],
  };
  const set = <K extends 'id' | 'title' | 'status' | 'owner' | 'due' | 'resolution' | 'resolved_on'>(
    key: K,
    field: RecordField | undefined,
    value = field?.value,
  ) => {
    if (!field || value === undefined || value === '') return;
    decision[key] = value;
    at[key] = field.pos;
  };
  set('id', fields.id);
  set('title', fields.title);
  if (fields.status) {
    const written = fields.status.value;
    set('status', fields.status, normalizeStatus(written, 'decision') ?? written);
    decision.written = { status: written };
  }
  if (fields.owners[0]) set('owner', fields.owners[0]);
  set('due', fields.due);
  const settled = decision.status === 'resolved' || decision.status === 'superseded';
  if (settled) {
    set('resolution', fields.resolution ?? fields.title);
    set('resolved_on', fields.date);
  } else if (fields.date) {
    fields.extra.date ??= fields.date.value;
  }
  if (Object.keys(fields.extra).length > 0) decision.extra = fields.extra;
  return decision;
}
