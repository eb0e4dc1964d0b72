import { describe, expect, it } from 'vitest';
import { planDashboard } from '../../src/plan/agenda/plan-dashboard.js';
import { SEED_TODAY, seedConfig, seedRegisters } from '../agenda/seed-registers.js';

const dashboard = (issues?: Parameters<typeof planDashboard>[0]['issues']) =>
  planDashboard({
    registers: seedRegisters(),
    config: seedConfig(),
    today: SEED_TODAY,
    ...(issues ? { issues } : {}),
  });

describe('planDashboard', () => {
  it('counts items by status and kind, in a fixed status order', () => {
    expect(dashboard().totals).toEqual([
      { status: 'open', decisions: 1, actions: 1, outputs: 2 },
      { status: 'assigned', decisions: 2, actions: 0, outputs: 0 },
      { status: 'blocked', decisions: 1, actions: 0, outputs: 0 },
      { status: 'resolved', decisions: 2, actions: 0, outputs: 0 },
      { status: 'done', decisions: 0, actions: 1, outputs: 1 },
    ]);
  });

  it('gives each owner open, overdue and due-this-cycle counts', () => {
    const rows = dashboard().owners.map((r) => [r.owner.label, r.open, r.overdue, r.dueThisCycle]);
    expect(rows).toEqual([
      ['@obs', 1, 0, 0],
      ['@ops', 1, 1, 0],
      ['@pm', 2, 0, 1],
      ['Dana Kim (@dkim)', 2, 1, 1],
      ['Sam Lee (@slee)', 1, 1, 0],
    ]);
  });

  it('lists blocked decisions with their blockers', () => {
    const [row, ...rest] = dashboard().blocked;
    expect(rest).toEqual([]);
    expect(row?.decision.id).toBe('D2');
    expect(row?.blockers.map((b) => [b.what, b.owner.label, b.overdue])).toEqual([
      ['HRIS export of membership', '@hris', true],
    ]);
  });

  it('lists follow-up outputs; issues are unknown without a lookup, none-yet or linked with one', () => {
    const unknown = dashboard();
    expect(unknown.issuesKnown).toBe(false);
    expect(unknown.followUps.map((f) => [f.output.id, f.issue])).toEqual([
      ['O1', undefined],
      ['O3', undefined],
    ]);
    const issue = { number: 7, url: 'https://github.com/acme/plans/issues/7', state: 'open' as const };
    const known = dashboard(new Map([['decisions/2026-11-24.yml#O1', issue]]));
    expect(known.issuesKnown).toBe(true);
    expect(known.followUps.map((f) => [f.output.id, f.issue])).toEqual([
      ['O1', issue],
      ['O3', null],
    ]);
  });

  it('has every item in the table and the open dated ones on the timeline, by due date', () => {
    const d = dashboard();
    expect(d.items.map((i) => i.id)).toEqual([
      'D0',
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'A1',
      'A2',
      'O1',
      'O2',
      'O3',
    ]);
    expect(d.timeline.map((i) => `${i.id} ${i.due}`)).toEqual([
      'D5 2026-11-28',
      'D2 2026-11-30',
      'A1 2026-12-01',
      'D1 2026-12-08',
      'O1 2026-12-08',
      'D4 2026-12-15',
      'O3 2026-12-20',
    ]);
  });
});
