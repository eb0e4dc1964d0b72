import { isIsoDate } from '../../model/iso-date.js';
import type { Decision, Register } from '../../model/register.js';
import { statusOf } from '../../model/statuses.js';
import { byPath, oneLine } from './plan-agenda-items.js';

/** One field of a decision that changed. */
export interface ChangeDetail {
  field: 'status' | 'owner' | 'due' | 'resolution' | 'title';
  from?: string;
  to?: string;
  /** Why it counts when only dates tell (`resolved on 2026-12-01`, `came due`). */
  note?: string;
}

/** A decision that changed since the last review. */
export interface AgendaChange {
  id: string;
  title: string;
  file: string;
  line: number;
  kind: 'added' | 'removed' | 'changed';
  details: ChangeDetail[];
}

/**
 * How "changed since the last review" was found. `diff`: every decision compared field by field
 * with the registers at an earlier commit (the Action: the commit the previous pre-read was built
 * from). `dates`: only what the registers themselves date — decisions resolved on or after the
 * last review (`resolved_on`) and unresolved ones whose due date has passed since it. Status,
 * owner or due changes leave no date in a register, so `dates` cannot see them.
 */
export interface AgendaChanges {
  method: 'diff' | 'dates';
  /** The last review date (`dates`) or the earlier commit (`diff`). */
  since?: string;
  entries: AgendaChange[];
}

export interface AgendaChangesInput {
  registers: readonly Register[];
  /** The latest review's date, YYYY-MM-DD. */
  lastReview?: string;
  today: string;
  /** Registers at an earlier commit; when given, the decisions are diffed against them. */
  baseline?: { registers: readonly Register[]; ref: string };
}

/** Decisions changed since the last review, by diff when a baseline is given, else by dates. */
export function planAgendaChanges(input: AgendaChangesInput): AgendaChanges {
  if (input.baseline) {
    return {
      method: 'diff',
      since: input.baseline.ref,
      entries: diffDecisions(input.baseline.registers, input.registers),
    };
  }
  const since = input.lastReview;
  if (!since) return { method: 'dates', entries: [] };
  const entries: AgendaChange[] = [];
  for (const { register, decision, id } of decisionsById(input.registers).values()) {
    const status = statusOf(decision);
    const resolvedOn = decision.resolved_on?.trim();
    const due = decision.due?.trim();
    let detail: ChangeDetail | undefined;
    if (status === 'resolved' && isIsoDate(resolvedOn) && resolvedOn >= since) {
      detail = { field: 'status', to: 'resolved', note: `resolved on ${resolvedOn}` };
    } else if (
      status !== 'resolved' &&
      status !== 'superseded' &&
      isIsoDate(due) &&
      due >= since &&
      due < input.today
    ) {
      detail = { field: 'due', to: due, note: 'came due since the last review and is still unresolved' };
    }
    if (detail) entries.push(entry(register, decision, id, 'changed', [detail]));
  }
  return { method: 'dates', since, entries };
}

function diffDecisions(before: readonly Register[], after: readonly Register[]): AgendaChange[] {
  const old = decisionsById(before);
  const now = decisionsById(after);
  const entries: AgendaChange[] = [];
  for (const [id, { register, decision }] of now) {
    const previous = old.get(id)?.decision;
    if (!previous) {
      entries.push(entry(register, decision, id, 'added', [{ field: 'status', to: statusOf(decision) }]));
      continue;
    }
    const details: ChangeDetail[] = [];
    const compare = (field: ChangeDetail['field'], from: string, to: string) => {
      if (from !== to) details.push({ field, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    };
    compare('status', statusOf(previous), statusOf(decision));
    compare('owner', oneLine(previous.owner), oneLine(decision.owner));
    compare('due', oneLine(previous.due), oneLine(decision.due));
    compare('resolution', oneLine(previous.resolution), oneLine(decision.resolution));
    compare('title', oneLine(previous.title), oneLine(decision.title));
    if (details.length > 0) entries.push(entry(register, decision, id, 'changed', details));
  }
  for (const [id, { register, decision }] of old) {
    if (!now.has(id)) entries.push(entry(register, decision, id, 'removed', []));
  }
  return entries;
}

/** Decisions by id; the first definition (by path, then line) wins, as for duplicate ids. */
function decisionsById(registers: readonly Register[]) {
  const byId = new Map<string, { register: Register; decision: Decision; id: string }>();
  for (const register of byPath(registers)) {
    for (const decision of register.decisions ?? []) {
      const id = typeof decision.id === 'string' ? decision.id.trim() : '';
      if (id !== '' && !byId.has(id)) byId.set(id, { register, decision, id });
    }
  }
  return byId;
}

function entry(
  register: Register,
  decision: Decision,
  id: string,
  kind: AgendaChange['kind'],
  details: ChangeDetail[],
): AgendaChange {
  return {
    id,
    title: oneLine(decision.title),
    file: register.file,
    line: decision.pos?.line ?? 1,
    kind,
    details,
  };
}
