import type { Config } from '../../config/config.js';
import type { Register } from '../../model/register.js';
import { type AttendeeSuggestions, planAttendees } from './plan-agenda-attendees.js';
import { type AgendaBlocker, blockersOf, firstDecisions } from './plan-agenda-blockers.js';
import { type AgendaChanges, planAgendaChanges } from './plan-agenda-changes.js';
import { planCycle, type ReviewCycle } from './plan-agenda-cycle.js';
import { allItemFacts, byPath, compareAgendaItems, type ItemFacts, itemFacts } from './plan-agenda-items.js';
import { compareOwners, type OwnerRef, ownerIndex } from './plan-agenda-owners.js';

export type { AgendaBlocker };

/** An unresolved decision on the pre-read, with what blocks it. */
export interface AgendaDecision extends ItemFacts {
  blockers: AgendaBlocker[];
}

/** One owner's unresolved decisions, overdue first. */
export interface AgendaGroup {
  owner: OwnerRef;
  decisions: AgendaDecision[];
}

/** The pre-read for the next review. `--format json` prints it as is. */
export interface Agenda {
  version: 1;
  today: string;
  /** `Pre-read: 2026-12-08`: the agenda issue's title. */
  title: string;
  cycle: ReviewCycle;
  /** Register files read. */
  registers: number;
  /** Unresolved decisions grouped by owner, in owner order; "no owner" last. */
  groups: AgendaGroup[];
  /** Open outputs and next actions due by the next review (overdue ones included), by due date. */
  dueByNextReview: ItemFacts[];
  changes: AgendaChanges;
  attendees: AttendeeSuggestions;
}

export interface AgendaInput {
  registers: readonly Register[];
  config: Pick<Config, 'cycle_days' | 'owners' | 'vague_owners' | 'core_group' | 'topics'>;
  /** YYYY-MM-DD. */
  today: string;
  /** Registers at an earlier commit to diff decisions against (see AgendaChanges). */
  baseline?: { registers: readonly Register[]; ref: string };
}

/** Builds the pre-read from every register: pure, deterministic for a given `today`. */
export function planAgenda(input: AgendaInput): Agenda {
  const { registers, config, today } = input;
  const cycle = planCycle(registers, config, today);
  const owners = ownerIndex(registers, config);
  const items = allItemFacts(registers, owners, today);
  const decisions = firstDecisions(registers);

  const groups = new Map<string, AgendaGroup>();
  for (const register of byPath(registers)) {
    for (const decision of register.decisions ?? []) {
      const facts = itemFacts(decision, register, owners, today);
      if (!facts.open) continue;
      const group = groups.get(facts.owner.key) ?? { owner: facts.owner, decisions: [] };
      groups.set(facts.owner.key, group);
      group.decisions.push({ ...facts, blockers: blockersOf(decision, register, decisions, owners, today) });
    }
  }
  for (const group of groups.values()) group.decisions.sort(compareAgendaItems);

  const latest = cycle.latest ? registers.find((r) => r.file === cycle.latest?.file) : undefined;
  return {
    version: 1,
    today,
    title: `Pre-read: ${cycle.nextReview ?? 'next review (no review date recorded)'}`,
    cycle,
    registers: registers.length,
    groups: [...groups.values()].sort((a, b) => compareOwners(a.owner, b.owner)),
    dueByNextReview: items
      .filter((f) => f.kind !== 'decision' && f.open && f.due !== undefined && f.due <= cycle.horizon)
      .sort(compareAgendaItems),
    changes: planAgendaChanges({
      registers,
      today,
      ...(cycle.latest ? { lastReview: cycle.latest.date } : {}),
      ...(input.baseline ? { baseline: input.baseline } : {}),
    }),
    attendees: planAttendees({ registers, items, config, owners, ...(latest ? { latest } : {}) }),
  };
}
