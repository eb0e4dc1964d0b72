import { isIsoDate } from '../../model/iso-date.js';
import type { Item, Register } from '../../model/register.js';
import { isOpenItem, statusOf } from '../../model/statuses.js';
import type { OwnerIndex, OwnerRef } from './plan-agenda-owners.js';

/** What the pre-read, the dashboard and the reminders need to know about one item. */
export interface ItemFacts {
  kind: Item['kind'];
  /** The id as written (trimmed), or '' when missing. */
  id: string;
  /** One-line title, or ''. */
  title: string;
  /** The status as the rules read it: blank means `open`. */
  status: string;
  owner: OwnerRef;
  /** A valid YYYY-MM-DD due date, else absent (the rules report bad dates). */
  due?: string;
  /** Unresolved decision, or action/output neither done nor dropped. */
  open: boolean;
  /** Open and due before today. */
  overdue: boolean;
  file: string;
  line: number;
  /** `follow-up` or `immediate` for outputs. */
  timing?: string;
  /** `path#id`: the key follow-up issues carry (items without an id have none). */
  key?: string;
}

/** The facts of one item of `register`, judged on `today`. */
export function itemFacts(item: Item, register: Register, owners: OwnerIndex, today: string): ItemFacts {
  const id = typeof item.id === 'string' ? item.id.trim() : '';
  const due = typeof item.due === 'string' ? item.due.trim() : '';
  const open = isOpenItem(item);
  return {
    kind: item.kind,
    id,
    title: oneLine(item.title),
    status: statusOf(item),
    owner: owners(item.owner, register),
    ...(isIsoDate(due) ? { due } : {}),
    open,
    overdue: open && isIsoDate(due) && due < today,
    file: register.file,
    line: item.pos?.line ?? 1,
    ...(item.kind === 'output' && typeof item.timing === 'string' ? { timing: item.timing.trim() } : {}),
    ...(id !== '' ? { key: `${register.file}#${id}` } : {}),
  };
}

/** Every item of every register, decisions first within a register, registers by path. */
export function allItemFacts(registers: readonly Register[], owners: OwnerIndex, today: string): ItemFacts[] {
  return byPath(registers).flatMap((register) =>
    [...(register.decisions ?? []), ...(register.actions ?? []), ...(register.outputs ?? [])].map((item) =>
      itemFacts(item, register, owners, today),
    ),
  );
}

/** Overdue first, then by due date (undated last), then decisions before actions before outputs, then id. */
export function compareAgendaItems(a: ItemFacts, b: ItemFacts): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const dueA = a.due ?? '9999-99-99';
  const dueB = b.due ?? '9999-99-99';
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  const kinds = { decision: 0, action: 1, output: 2 };
  return kinds[a.kind] - kinds[b.kind] || a.id.localeCompare(b.id, 'en', { numeric: true });
}

/** `Decision D3`, `Action A1`, `Output O2` (or `Decision without id`). */
export function itemLabel(facts: Pick<ItemFacts, 'kind' | 'id'>): string {
  const kind = facts.kind === 'decision' ? 'Decision' : facts.kind === 'action' ? 'Action' : 'Output';
  return facts.id === '' ? `${kind} without id` : `${kind} ${facts.id}`;
}

/** Collapses whitespace (newlines included) so user text stays on one line. */
export function oneLine(text: string | undefined): string {
  return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
}

/** Registers ordered by path, so output never depends on read order. */
export function byPath<T extends { file: string }>(registers: readonly T[]): T[] {
  return [...registers].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
