import type { Attendee, Decision, Item, NextAction, Output, Register } from '../../model/register.js';
import type { RawRow } from '../tables/table-items.js';
import type { ListedItem, ListRead } from './read-list-items.js';

/**
 * Gives the items built from table rows what the rows held beside register fields: every
 * owner, extra columns, the follow-up issue, exact spans, `source: 'table'`. Row i of a
 * section is item i of its list (the builder keeps every row, all of them mappings).
 */
export function attachRowMeta(
  register: Register,
  lists: Record<'decisions' | 'actions' | 'outputs', RawRow[]>,
): void {
  const pairs: Array<[Item[], RawRow[]]> = [
    [register.decisions, lists.decisions],
    [register.actions, lists.actions],
    [register.outputs, lists.outputs],
  ];
  for (const [items, rows] of pairs) {
    items.forEach((item, index) => {
      const meta = rows[index]?.meta;
      item.source = 'table';
      if (!meta) return;
      if (meta.owners.length > 0) item.owners = meta.owners;
      if (Object.keys(meta.extra).length > 0) item.extra = meta.extra;
      if (Object.keys(meta.spans).length > 0) item.spans = meta.spans;
      if (meta.issue !== undefined) item.issue = meta.issue;
    });
  }
}

/**
 * Adds the items and attendees read from lists and marked paragraphs to the register, each
 * list kept in file order. Attendees join the review's (a review is made when there is none).
 */
export function addListItems(register: Register, read: ListRead): void {
  for (const listed of read.items) {
    const item = toItem(listed);
    if (item.kind === 'decision') register.decisions.push(item);
    else if (item.kind === 'action') register.actions.push(item);
    else register.outputs.push(item);
  }
  const byLine = (a: Item, b: Item) => a.pos.line - b.pos.line;
  if (read.items.length > 0) {
    register.decisions.sort(byLine);
    register.actions.sort(byLine);
    register.outputs.sort(byLine);
  }
  if (read.nextMeeting) {
    register.review ??= { pos: read.nextMeeting.pos, at: {}, attendees: [] };
    register.review.next_meeting ??= read.nextMeeting.iso;
  }
  if (read.attendees.length === 0) return;
  const first = read.attendees[0]!.pos;
  register.review ??= { pos: first, at: {}, attendees: [] };
  const known = new Set(register.review.attendees.map((a) => (a.name ?? '').toLowerCase()));
  for (const listed of read.attendees) {
    if (known.has(listed.name.toLowerCase())) continue;
    known.add(listed.name.toLowerCase());
    const attendee: Attendee = { pos: listed.pos, at: { name: listed.pos }, name: listed.name };
    if (listed.github) attendee.github = listed.github;
    if (listed.role) attendee.role = listed.role;
    register.review.attendees.push(attendee);
  }
}

function toItem(listed: ListedItem): Item {
  const common = {
    pos: listed.pos,
    at: listed.at,
    title: listed.title,
    source: listed.source,
    text: listed.text,
    ...(listed.owners.length > 0 ? { owner: listed.owners[0], owners: listed.owners } : {}),
    ...(listed.status ? { status: listed.status } : {}),
    ...(listed.due ? { due: listed.due } : {}),
    ...(Object.keys(listed.spans).length > 0 ? { spans: listed.spans } : {}),
  };
  if (listed.kind === 'decision') {
    return { kind: 'decision', ...common, depends_on: [], blocked_by: [], topics: [] } satisfies Decision;
  }
  if (listed.kind === 'action') return { kind: 'action', ...common } satisfies NextAction;
  return { kind: 'output', ...common } satisfies Output;
}
