import type { FollowUpState } from '../follow-ups/item-identity.js';

/** A single-select option of the project's status field. */
export interface StatusOption {
  id: string;
  name: string;
}

/** What an item's project card shows now, or should show. */
export interface ProjectValues {
  /** YYYY-MM-DD. */
  due?: string;
  statusOptionId?: string;
}

// Option names as boards commonly name them (GitHub's default board: Todo, In Progress, Done).
const NAMES: Record<FollowUpState, readonly string[]> = {
  open: ['todo', 'to do', 'open', 'backlog', 'not started', 'in progress'],
  done: ['done', 'completed', 'complete', 'closed', 'finished'],
  dropped: ["won't do", 'wont do', 'dropped', 'not planned', 'cancelled', 'canceled', 'abandoned'],
};

const norm = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The status option for an item's state: the first of the board's options whose name is one of
 * the usual words for it (in the order above, so "Todo" wins over "In progress" for open items).
 * Undefined when the board has none: the flow says so once and leaves the field alone.
 */
export function statusOptionFor(
  state: FollowUpState,
  options: readonly StatusOption[],
): StatusOption | undefined {
  const byName = new Map(options.map((option) => [norm(option.name), option] as const));
  for (const name of NAMES[state]) {
    const found = byName.get(name);
    if (found) return found;
  }
  return undefined;
}

/** Only a real calendar date goes into a date field (`2026-12-01`, not "next week"). */
export function projectDate(due: string | undefined): string | undefined {
  if (!due || !/^\d{4}-\d{2}-\d{2}$/.test(due)) return undefined;
  const date = new Date(`${due}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== due ? undefined : due;
}

/** The field writes that make `current` show `wanted`: one per field that differs. */
export function fieldWrites(
  current: ProjectValues,
  wanted: ProjectValues,
): ({ field: 'due'; date: string } | { field: 'status'; singleSelectOptionId: string })[] {
  const writes: ({ field: 'due'; date: string } | { field: 'status'; singleSelectOptionId: string })[] = [];
  if (wanted.due !== undefined && wanted.due !== current.due) writes.push({ field: 'due', date: wanted.due });
  if (wanted.statusOptionId !== undefined && wanted.statusOptionId !== current.statusOptionId)
    writes.push({ field: 'status', singleSelectOptionId: wanted.statusOptionId });
  return writes;
}
