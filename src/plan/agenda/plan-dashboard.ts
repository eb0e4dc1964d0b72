import type { Config } from '../../config/config.js';
import type { Register } from '../../model/register.js';
import { type AgendaBlocker, blockersOf, firstDecisions } from './plan-agenda-blockers.js';
import { planCycle, type ReviewCycle } from './plan-agenda-cycle.js';
import { allItemFacts, byPath, compareAgendaItems, type ItemFacts, itemFacts } from './plan-agenda-items.js';
import { compareOwners, type OwnerRef, ownerIndex } from './plan-agenda-owners.js';

/** A follow-up issue as the dashboard links it. */
export interface DashboardIssue {
  number: number;
  url: string;
  state: 'open' | 'closed';
}

/** How many items of each kind have one status. */
export interface StatusCount {
  status: string;
  decisions: number;
  actions: number;
  outputs: number;
}

/** One owner's load. */
export interface OwnerRow {
  owner: OwnerRef;
  /** Unresolved decisions plus open actions and outputs. */
  open: number;
  /** Of those, due before today. */
  overdue: number;
  /** Of those, due from today up to the end of the cycle (the next review). */
  dueThisCycle: number;
}

/** A blocked decision and what blocks it. */
export interface BlockedRow {
  decision: ItemFacts;
  blockers: AgendaBlocker[];
}

/** A follow-up output and its issue: null when none was found, undefined when unknown (the CLI). */
export interface FollowUpRow {
  output: ItemFacts;
  issue?: DashboardIssue | null;
}

/** Everything STATUS.md and index.html show; both render this one model. */
export interface Dashboard {
  version: 1;
  today: string;
  cycle: ReviewCycle;
  registers: number;
  /** Statuses in a fixed order (decision statuses, then done/dropped, then any others), non-zero only. */
  totals: StatusCount[];
  owners: OwnerRow[];
  blocked: BlockedRow[];
  followUps: FollowUpRow[];
  /** False when follow-up issues could not be looked up (the CLI does not query GitHub). */
  issuesKnown: boolean;
  /** Every item, registers by path, decisions first. */
  items: ItemFacts[];
  /** Open items with a valid due date, earliest first. */
  timeline: ItemFacts[];
}

export interface DashboardInput {
  registers: readonly Register[];
  config: Pick<Config, 'cycle_days' | 'owners' | 'vague_owners'>;
  today: string;
  /** Follow-up issues by item key (`path#id`), as found by marker; omit when unknown. */
  issues?: ReadonlyMap<string, DashboardIssue>;
}

const STATUS_ORDER = ['open', 'assigned', 'blocked', 'deferred', 'resolved', 'superseded', 'done', 'dropped'];

/** Builds the dashboard's data from every register. Pure. */
export function planDashboard(input: DashboardInput): Dashboard {
  const { registers, config, today } = input;
  const cycle = planCycle(registers, config, today);
  const owners = ownerIndex(registers, config);
  const items = allItemFacts(registers, owners, today);

  const counts = new Map<string, StatusCount>();
  for (const item of items) {
    const row = counts.get(item.status) ?? { status: item.status, decisions: 0, actions: 0, outputs: 0 };
    counts.set(item.status, row);
    row[item.kind === 'decision' ? 'decisions' : item.kind === 'action' ? 'actions' : 'outputs']++;
  }
  const rank = (status: string) => {
    const index = STATUS_ORDER.indexOf(status);
    return index === -1 ? STATUS_ORDER.length : index;
  };
  const totals = [...counts.values()].sort(
    (a, b) => rank(a.status) - rank(b.status) || a.status.localeCompare(b.status),
  );

  const byOwner = new Map<string, OwnerRow>();
  for (const item of items) {
    if (!item.open) continue;
    const row = byOwner.get(item.owner.key) ?? { owner: item.owner, open: 0, overdue: 0, dueThisCycle: 0 };
    byOwner.set(item.owner.key, row);
    row.open++;
    if (item.overdue) row.overdue++;
    else if (item.due !== undefined && item.due >= today && item.due <= cycle.horizon) row.dueThisCycle++;
  }

  const decisions = firstDecisions(registers);
  const blocked: BlockedRow[] = [];
  for (const register of byPath(registers)) {
    for (const decision of register.decisions ?? []) {
      if (decision.status?.trim() !== 'blocked') continue;
      blocked.push({
        decision: itemFacts(decision, register, owners, today),
        blockers: blockersOf(decision, register, decisions, owners, today),
      });
    }
  }
  blocked.sort((a, b) => compareAgendaItems(a.decision, b.decision));

  const followUps = items
    .filter((item) => item.kind === 'output' && item.timing === 'follow-up')
    .map((output): FollowUpRow => {
      if (!input.issues) return { output };
      return { output, issue: (output.key && input.issues.get(output.key)) || null };
    });

  return {
    version: 1,
    today,
    cycle,
    registers: registers.length,
    totals,
    owners: [...byOwner.values()].sort((a, b) => compareOwners(a.owner, b.owner)),
    blocked,
    followUps,
    issuesKnown: input.issues !== undefined,
    items,
    timeline: items.filter((item) => item.open && item.due !== undefined).sort(byDue),
  };
}

function byDue(a: ItemFacts, b: ItemFacts): number {
  const x = a.due ?? '';
  const y = b.due ?? '';
  return x < y ? -1 : x > y ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
