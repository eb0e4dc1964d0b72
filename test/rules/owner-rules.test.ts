import { describe, expect, it } from 'vitest';
import { ownerMissing, ownersAbsent, ownerUnknown, ownerVague } from '../../src/rules/owner-rules.js';
import { at, makeRegister } from '../support/make-register.js';
import { places, runRule } from './run-rule.js';

const FILE = 'decisions/review.yml';

describe('owner-missing', () => {
  it('fires for unresolved decisions and open actions and outputs without an owner', () => {
    const reg = makeRegister({
      decisions: [{ id: 'D1', status: 'open' }, { id: 'D2', status: 'blocked', owner: '' }, { id: 'D3' }],
      actions: [{ id: 'A1' }],
      outputs: [{ id: 'O1', status: 'open' }],
    });
    const findings = runRule(ownerMissing, reg);
    expect(places(findings)).toEqual([
      { rule: 'owner-missing', file: FILE, ...at(reg.decisions[0]!), item: 'D1' },
      { rule: 'owner-missing', file: FILE, ...at(reg.decisions[1]!, 'owner'), item: 'D2' },
      { rule: 'owner-missing', file: FILE, ...at(reg.decisions[2]!), item: 'D3' },
      { rule: 'owner-missing', file: FILE, ...at(reg.actions[0]!), item: 'A1' },
      { rule: 'owner-missing', file: FILE, ...at(reg.outputs[0]!), item: 'O1' },
    ]);
    expect(findings[0]!.message).toBe('Decision D1 has no owner');
    expect(findings[3]!.message).toBe('Action A1 has no owner');
  });

  it('does not fire for owned items or for settled ones', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', owner: 'Ana' },
        { id: 'D2', status: 'resolved' },
        { id: 'D3', status: 'superseded' },
      ],
      actions: [
        { id: 'A1', status: 'done' },
        { id: 'A2', status: 'dropped' },
        { id: 'A3', owner: '@bo' },
      ],
    });
    expect(runRule(ownerMissing, reg)).toEqual([]);
  });
});

describe('owner-vague', () => {
  it('fires for placeholder owners of items and blockers, at the owner field', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', owner: 'TBD' },
        { id: 'D2', owner: 'Ana', blocked_by: [{ what: 'Contract', owner: '@team' }] },
      ],
      actions: [{ id: 'A1', owner: 'Everyone.' }],
    });
    const findings = runRule(ownerVague, reg);
    const blocker = reg.decisions[1]!.blocked_by[0]!;
    expect(places(findings)).toEqual([
      { rule: 'owner-vague', file: FILE, ...at(reg.decisions[0]!, 'owner'), item: 'D1' },
      { rule: 'owner-vague', file: FILE, ...at(blocker, 'owner'), item: 'D2' },
      { rule: 'owner-vague', file: FILE, ...at(reg.actions[0]!, 'owner'), item: 'A1' },
    ]);
    expect(findings[0]!.message).toBe('Decision D1 has the placeholder owner "TBD"; name a person or team');
    expect(findings[1]!.message).toBe(
      'Blocker "Contract" of Decision D2 has the placeholder owner "@team"; name a person or team',
    );
  });

  it('follows the configured list and leaves real owners alone', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', owner: 'Ops' },
        { id: 'D2', owner: 'TBD' },
      ],
    });
    expect(
      places(runRule(ownerVague, reg, { config: { vague_owners: ['ops'] } })).map((p) => p.item),
    ).toEqual(['D1']);
    expect(runRule(ownerVague, makeRegister({ decisions: [{ id: 'D1', owner: 'Ana' }] }))).toEqual([]);
  });
});

describe('owner-unknown', () => {
  const review = {
    date: '2026-01-10',
    attendees: [
      { name: 'Ana', github: '@ana' },
      { name: 'Ops', github: '@acme/ops' },
    ],
  };

  it('fires for owners who are neither attendees nor in the directory', () => {
    const reg = makeRegister({
      review,
      decisions: [
        { id: 'D1', owner: 'Zed' },
        { id: 'D2', owner: 'Ana', blocked_by: [{ what: 'Budget', owner: '@acme/finance' }] },
      ],
    });
    const findings = runRule(ownerUnknown, reg);
    expect(places(findings)).toEqual([
      { rule: 'owner-unknown', file: FILE, ...at(reg.decisions[0]!, 'owner'), item: 'D1' },
      { rule: 'owner-unknown', file: FILE, ...at(reg.decisions[1]!.blocked_by[0]!, 'owner'), item: 'D2' },
    ]);
    expect(findings[0]!.message).toBe(
      'Decision D1 is owned by "Zed", who is neither an attendee nor in the owners directory',
    );
  });

  it('knows attendees by name or handle, teams by attendee handle, and the directory', () => {
    const reg = makeRegister({
      review,
      decisions: [
        { id: 'D1', owner: 'ana' },
        { id: 'D2', owner: '@ANA' },
        { id: 'D3', owner: '@acme/ops' },
      ],
      actions: [
        { id: 'A1', owner: 'Finance' },
        { id: 'A2', owner: '@acme/finance' },
        { id: 'A3', owner: 'TBD' },
      ],
    });
    const config = { owners: { Finance: '@acme/finance' } };
    expect(runRule(ownerUnknown, reg, { config })).toEqual([]);
  });

  it('stays quiet when there are neither attendees nor a directory', () => {
    expect(runRule(ownerUnknown, makeRegister({ decisions: [{ id: 'D1', owner: 'Zed' }] }))).toEqual([]);
    const withDirectory = runRule(ownerUnknown, makeRegister({ decisions: [{ id: 'D1', owner: 'Zed' }] }), {
      config: { owners: { Ana: '@ana' } },
    });
    expect(withDirectory.map((f) => f.item)).toEqual(['D1']);
  });
});

describe('owners-absent', () => {
  it('fires once at the review when no owner of an unresolved decision attended', () => {
    const reg = makeRegister({
      review: { date: '2026-01-10', attendees: [{ name: 'Ana' }] },
      decisions: [
        { id: 'D1', owner: 'Bo' },
        { id: 'D2', owner: '@cy', status: 'assigned' },
        { id: 'D3', owner: 'Ana', status: 'resolved' },
      ],
    });
    const findings = runRule(ownersAbsent, reg);
    expect(places(findings)).toEqual([{ rule: 'owners-absent', file: FILE, line: 1, column: 1, item: null }]);
    expect(findings[0]!.message).toBe(
      'No owner of an unresolved decision attended the review (owners: "Bo", "@cy")',
    );
  });

  it('does not fire when one owner attended, when nobody owns anything, or without attendees', () => {
    const attended = makeRegister({
      review: { attendees: [{ name: 'Dee', github: '@cy' }] },
      decisions: [
        { id: 'D1', owner: 'Bo' },
        { id: 'D2', owner: '@cy' },
      ],
    });
    expect(runRule(ownersAbsent, attended)).toEqual([]);
    const unowned = makeRegister({ review: { attendees: [{ name: 'Ana' }] }, decisions: [{ id: 'D1' }] });
    expect(runRule(ownersAbsent, unowned)).toEqual([]);
    const noAttendees = makeRegister({
      review: { date: '2026-01-10' },
      decisions: [{ id: 'D1', owner: 'Bo' }],
    });
    expect(runRule(ownersAbsent, noAttendees)).toEqual([]);
  });

  it('counts an owner as present through the owners directory', () => {
    const reg = makeRegister({
      review: { attendees: [{ name: 'Robert', github: '@bob' }] },
      decisions: [{ id: 'D1', owner: 'Bobby' }],
    });
    expect(runRule(ownersAbsent, reg)).toHaveLength(1);
    expect(runRule(ownersAbsent, reg, { config: { owners: { Bobby: '@bob' } } })).toEqual([]);
  });
});
