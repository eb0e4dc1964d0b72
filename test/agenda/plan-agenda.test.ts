import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/default-config.js';
import { planAgenda } from '../../src/plan/agenda/plan-agenda.js';
import { planCycle } from '../../src/plan/agenda/plan-agenda-cycle.js';
import { makeRegister } from '../support/make-register.js';
import { SEED_TODAY, seedConfig, seedRegisters } from './seed-registers.js';

const agenda = () => planAgenda({ registers: seedRegisters(), config: seedConfig(), today: SEED_TODAY });

describe('planCycle', () => {
  it('takes the latest review and adds its cycle_days', () => {
    const cycle = planCycle(seedRegisters(), defaultConfig(), SEED_TODAY);
    expect(cycle.latest).toMatchObject({ file: 'decisions/2026-11-24.yml', date: '2026-11-24' });
    expect(cycle.nextReview).toBe('2026-12-08');
    expect(cycle.stale).toBe(false);
  });

  it('falls back to the config cycle and flags a next review date already past', () => {
    const register = makeRegister({ review: { date: '2026-10-01' } });
    const cycle = planCycle([register], { cycle_days: 7 }, SEED_TODAY);
    expect(cycle.nextReview).toBe('2026-10-08');
    expect(cycle.stale).toBe(true);
  });

  it('has no next review without a valid review date, and a horizon of today + cycle', () => {
    const register = makeRegister({ review: { date: 'next week' } });
    const cycle = planCycle([register], { cycle_days: 14 }, SEED_TODAY);
    expect(cycle.nextReview).toBeUndefined();
    expect(cycle.horizon).toBe('2026-12-17');
  });
});

describe('planAgenda', () => {
  it('is titled with the next review date and carries the latest problem statement', () => {
    const a = agenda();
    expect(a.title).toBe('Pre-read: 2026-12-08');
    expect(a.cycle.latest?.problem).toBe(
      'Builder Relations cannot say who is a member,\nso access and telemetry drift.',
    );
  });

  it('groups unresolved decisions in owner order, merging a name with its login', () => {
    const groups = agenda().groups.map((g) => [g.owner.label, g.decisions.map((d) => d.id)]);
    expect(groups).toEqual([
      ['@obs', ['D4']],
      ['Dana Kim (@dkim)', ['D5', 'D1']],
      ['Sam Lee (@slee)', ['D2']],
    ]);
  });

  it('puts overdue decisions first in a group and marks them', () => {
    const dana = agenda().groups[1]!;
    expect(dana.decisions.map((d) => [d.id, d.overdue])).toEqual([
      ['D5', true],
      ['D1', false],
    ]);
  });

  it('lists what blocks a decision with the blocker owner', () => {
    const a = agenda();
    const d1 = a.groups[1]!.decisions[1]!;
    expect(d1.blockers).toEqual([
      expect.objectContaining({
        kind: 'decision',
        what: 'D2',
        status: 'blocked',
        due: '2026-11-30',
        overdue: true,
      }),
    ]);
    expect(d1.blockers[0]!.owner.label).toBe('Sam Lee (@slee)');
    const d2 = a.groups[2]!.decisions[0]!;
    expect(d2.blockers).toEqual([
      expect.objectContaining({
        kind: 'external',
        what: 'HRIS export of membership',
        due: '2026-12-01',
        overdue: true,
      }),
    ]);
    expect(d2.blockers[0]!.owner.label).toBe('@hris');
  });

  it('leaves resolved dependencies out and names unknown ones', () => {
    const register = makeRegister({
      review: { date: '2026-11-24' },
      decisions: [
        {
          id: 'X1',
          title: 'a',
          status: 'assigned',
          owner: '@a',
          due: '2026-12-01',
          depends_on: ['X2', 'NOPE'],
        },
        { id: 'X2', title: 'b', status: 'resolved', resolution: 'done' },
      ],
    });
    const [group] = planAgenda({ registers: [register], config: defaultConfig(), today: SEED_TODAY }).groups;
    expect(group!.decisions[0]!.blockers.map((b) => [b.what, b.status])).toEqual([['NOPE', 'unknown']]);
  });

  it('lists open outputs and actions due by the next review, overdue first', () => {
    expect(agenda().dueByNextReview.map((i) => [i.id, i.overdue])).toEqual([
      ['A1', true],
      ['O1', false],
    ]);
  });

  it('finds changes since the last review from resolved_on and due dates without a baseline', () => {
    const { changes } = agenda();
    expect(changes.method).toBe('dates');
    expect(changes.since).toBe('2026-11-24');
    expect(changes.entries.map((c) => [c.id, c.details[0]?.note])).toEqual([
      ['D2', 'came due since the last review and is still unresolved'],
      ['D3', 'resolved on 2026-11-24'],
      ['D5', 'came due since the last review and is still unresolved'],
    ]);
  });

  it('diffs every decision field against a baseline when one is given', () => {
    const before = makeRegister({
      file: 'decisions/2026-11-24.yml',
      decisions: [
        {
          id: 'D1',
          title: 'Which Okta or workforce identity path is preferred',
          status: 'open',
          owner: '@someone',
          due: '2026-12-08',
        },
        { id: 'D3', title: 'Which workloads move into Kanopy first', status: 'assigned', owner: '@ops' },
        { id: 'D9', title: 'Gone', status: 'open' },
      ],
    });
    const a = planAgenda({
      registers: seedRegisters(),
      config: seedConfig(),
      today: SEED_TODAY,
      baseline: { registers: [before], ref: 'commit abc1234' },
    });
    expect(a.changes.method).toBe('diff');
    const byId = new Map(a.changes.entries.map((c) => [c.id, c]));
    expect(byId.get('D1')?.details).toEqual([
      { field: 'status', from: 'open', to: 'assigned' },
      { field: 'owner', from: '@someone', to: '@dkim' },
    ]);
    expect(byId.get('D3')?.details).toContainEqual({ field: 'status', from: 'assigned', to: 'resolved' });
    expect(byId.get('D3')?.details).toContainEqual({ field: 'resolution', to: 'Internal tools first' });
    expect(byId.get('D2')?.kind).toBe('added');
    expect(byId.get('D9')?.kind).toBe('removed');
  });

  it('suggests owners, blocker owners, the core group and known specialists', () => {
    const people = agenda().attendees.people.map((p) => [p.label, p.reasons]);
    expect(people).toEqual([
      ['@hris', ['owns a blocker of Decision D2']],
      ['@obs', ['owns Decision D4']],
      ['@ops', ['owns Action A1']],
      ['@pat', ['core decision group']],
      ['@pm', ['owns Output O1, Output O3']],
      ['Dana Kim (@dkim)', ['owns Decision D1, Decision D5', 'core decision group']],
      ['Sam Lee (@slee)', ['owns Decision D2', 'specialist: HRIS representative (org-truth)']],
    ]);
  });

  it('knows a core-group name by login from any register, so one person is one row', () => {
    const older = makeRegister({
      file: 'a.yml',
      review: { date: '2026-11-10', attendees: [{ name: 'Dana Kim', github: 'dkim' }] },
    });
    const latest = makeRegister({
      file: 'b.yml',
      review: { date: '2026-11-24' },
      decisions: [{ id: 'D1', title: 't', status: 'assigned', owner: '@dkim', due: '2026-12-10' }],
    });
    const config = { ...defaultConfig(), core_group: ['Dana Kim'] };
    const a = planAgenda({ registers: [older, latest], config, today: SEED_TODAY });
    expect(a.attendees.people.map((p) => [p.label, p.reasons])).toEqual([
      ['Dana Kim (@dkim)', ['owns Decision D1', 'core decision group']],
    ]);
  });

  it('names each specialist role an open decision topic asks for', () => {
    expect(agenda().attendees.specialists).toEqual([
      { role: 'corporate IAM/Okta owner', topics: ['identity'], decisions: ['D1'], knownPeople: [] },
      { role: 'security engineering', topics: ['identity'], decisions: ['D1'], knownPeople: [] },
      {
        role: 'HRIS representative',
        topics: ['org-truth'],
        decisions: ['D2'],
        knownPeople: ['Sam Lee (@slee)'],
      },
      { role: 'observability representative', topics: ['telemetry'], decisions: ['D4'], knownPeople: [] },
    ]);
  });

  it('copes with no registers at all', () => {
    const a = planAgenda({ registers: [], config: defaultConfig(), today: SEED_TODAY });
    expect(a.title).toBe('Pre-read: next review (no review date recorded)');
    expect(a.groups).toEqual([]);
    expect(a.changes).toEqual({ method: 'dates', entries: [] });
  });
});
