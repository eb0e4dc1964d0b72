import { isIsoDate } from '../../model/iso-date.js';
import type { Decision, Register } from '../../model/register.js';
import { statusOf } from '../../model/statuses.js';
import { byPath, oneLine } from './plan-agenda-items.js';
import type { OwnerIndex, OwnerRef } from './plan-agenda-owners.js';

/** Something that blocks a decision: another decision it depends on, or an external dependency. */
export interface AgendaBlocker {
  kind: 'decision' | 'external';
  /** The decision's id, or the external dependency's `what`. */
  what: string;
  /** The decision's title (kind `decision`). */
  title?: string;
  owner: OwnerRef;
  due?: string;
  /** The decision's status; `unknown` when no register defines the id. */
  status?: string;
  overdue: boolean;
}

/**
 * What blocks a decision: the unresolved decisions it depends on (an id no register defines is
 * listed as `unknown`) and its external dependencies, each with owner, due date and overdue flag.
 */
export function blockersOf(
  decision: Decision,
  register: Register,
  decisions: Map<string, { decision: Decision; register: Register }>,
  owners: OwnerIndex,
  today: string,
): AgendaBlocker[] {
  const blockers: AgendaBlocker[] = [];
  for (const raw of decision.depends_on ?? []) {
    const id = typeof raw === 'string' ? raw.trim() : '';
    if (id === '') continue;
    const found = decisions.get(id);
    if (!found) {
      blockers.push({
        kind: 'decision',
        what: id,
        owner: owners(undefined, register),
        status: 'unknown',
        overdue: false,
      });
      continue;
    }
    const status = statusOf(found.decision);
    if (status === 'resolved' || status === 'superseded') continue;
    const due = found.decision.due?.trim();
    blockers.push({
      kind: 'decision',
      what: id,
      title: oneLine(found.decision.title),
      owner: owners(found.decision.owner, found.register),
      ...(isIsoDate(due) ? { due } : {}),
      status,
      overdue: isIsoDate(due) && due < today,
    });
  }
  for (const blocker of decision.blocked_by ?? []) {
    const due = blocker.due?.trim();
    blockers.push({
      kind: 'external',
      what: oneLine(blocker.what) || '(unnamed dependency)',
      owner: owners(blocker.owner, register),
      ...(isIsoDate(due) ? { due } : {}),
      overdue: isIsoDate(due) && due < today,
    });
  }
  return blockers;
}

/** Decisions by id: the first definition (by path) wins, as for duplicate ids. */
export function firstDecisions(
  registers: readonly Register[],
): Map<string, { decision: Decision; register: Register }> {
  const byId = new Map<string, { decision: Decision; register: Register }>();
  for (const register of byPath(registers)) {
    for (const decision of register.decisions ?? []) {
      const id = decision.id?.trim();
      if (id && !byId.has(id)) byId.set(id, { decision, register });
    }
  }
  return byId;
}

/** A blocker in words, unescaped: its name (`D2 Title` or the dependency) and its facts (`owner @x, blocked, due …`). */
export function blockerWords(b: AgendaBlocker): { name: string; facts: string } {
  const name = b.kind === 'decision' ? `${b.what}${b.title ? ` ${b.title}` : ''}` : b.what;
  const facts = [
    `owner ${b.owner.key === '' ? 'none recorded' : b.owner.label}`,
    ...(b.status ? [b.status] : []),
    ...(b.due ? [`due ${b.due}${b.overdue ? ', overdue' : ''}`] : []),
  ];
  return { name, facts: facts.join(', ') };
}
