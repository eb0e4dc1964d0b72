import { describe, expect, it } from 'vitest';
import {
  dateInvalid,
  dueBeforeReview,
  dueMissing,
  followupOutputLate,
  immediateOutputLate,
  overdue,
} from '../../src/rules/date-rules.js';
import { at, makeRegister } from '../support/make-register.js';
import { places, runRule } from './run-rule.js';

const FILE = 'decisions/review.yml';

describe('date-invalid', () => {
  it('fires for the review date, due, resolved_on and blocker due when not real YYYY-MM-DD', () => {
    const reg = makeRegister({
      review: { date: '2026-02-30' },
      decisions: [
        {
          id: 'D1',
          due: 'next week',
          resolved_on: '2023-14-05',
          blocked_by: [{ what: 'X', due: '2026-2-1' }],
        },
      ],
      actions: [{ id: 'A1', due: '2026-01-20' }],
    });
    const findings = runRule(dateInvalid, reg);
    const d1 = reg.decisions[0]!;
    expect(places(findings)).toEqual([
      { rule: 'date-invalid', file: FILE, ...at(reg.review!, 'date'), item: null },
      { rule: 'date-invalid', file: FILE, ...at(d1, 'due'), item: 'D1' },
      { rule: 'date-invalid', file: FILE, ...at(d1, 'resolved_on'), item: 'D1' },
      { rule: 'date-invalid', file: FILE, ...at(d1.blocked_by[0]!, 'due'), item: 'D1' },
    ]);
    expect(findings[0]!.message).toBe(
      'The review has date "2026-02-30", which is not a real YYYY-MM-DD date',
    );
    expect(findings[1]!.message).toBe('Decision D1 has due "next week", which is not a real YYYY-MM-DD date');
  });

  it('ignores real and blank dates', () => {
    const reg = makeRegister({
      review: { date: '2024-02-29' },
      decisions: [{ id: 'D1', due: '', resolved_on: '2026-01-01' }],
    });
    expect(runRule(dateInvalid, reg)).toEqual([]);
  });
});

describe('due-missing', () => {
  it('fires for assigned decisions and open actions and outputs without a due date', () => {
    const reg = makeRegister({
      decisions: [{ id: 'D1', status: 'assigned', owner: 'Ana' }],
      actions: [{ id: 'A1' }, { id: 'A2', status: 'open', due: ' ' }],
      outputs: [{ id: 'O1', status: 'open' }],
    });
    const findings = runRule(dueMissing, reg);
    expect(places(findings)).toEqual([
      { rule: 'due-missing', file: FILE, ...at(reg.decisions[0]!), item: 'D1' },
      { rule: 'due-missing', file: FILE, ...at(reg.actions[0]!), item: 'A1' },
      { rule: 'due-missing', file: FILE, ...at(reg.actions[1]!, 'due'), item: 'A2' },
      { rule: 'due-missing', file: FILE, ...at(reg.outputs[0]!), item: 'O1' },
    ]);
    expect(findings[0]!.message).toBe('Decision D1 has no due date');
  });

  it('does not fire for open/blocked decisions, closed items or items with a due date', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', status: 'open' },
        { id: 'D2', status: 'blocked' },
        { id: 'D3', status: 'assigned', due: '2026-02-01' },
      ],
      actions: [
        { id: 'A1', status: 'done' },
        { id: 'A2', due: '2026-02-01' },
      ],
      outputs: [{ id: 'O1', status: 'dropped' }],
    });
    expect(runRule(dueMissing, reg)).toEqual([]);
  });
});

describe('due-before-review', () => {
  it('fires for open items and blockers due before the review date', () => {
    const reg = makeRegister({
      review: { date: '2026-01-10' },
      decisions: [
        { id: 'D1', due: '2026-01-09', blocked_by: [{ what: 'Legal', owner: 'Ana', due: '2025-12-01' }] },
      ],
      actions: [{ id: 'A1', due: '2026-01-10' }],
    });
    const findings = runRule(dueBeforeReview, reg);
    expect(places(findings)).toEqual([
      { rule: 'due-before-review', file: FILE, ...at(reg.decisions[0]!, 'due'), item: 'D1' },
      { rule: 'due-before-review', file: FILE, ...at(reg.decisions[0]!.blocked_by[0]!, 'due'), item: 'D1' },
    ]);
    expect(findings[0]!.message).toBe('Decision D1 is due 2026-01-09, before the review date 2026-01-10');
  });

  it('does not fire for settled items, invalid dates, or without a valid review date', () => {
    const settled = makeRegister({
      review: { date: '2026-01-10' },
      decisions: [
        { id: 'D1', status: 'resolved', due: '2026-01-01' },
        { id: 'D2', due: '2026-13-01' },
      ],
      actions: [{ id: 'A1', status: 'done', due: '2026-01-01' }],
    });
    expect(runRule(dueBeforeReview, settled)).toEqual([]);
    const badReview = makeRegister({
      review: { date: '2026-02-30' },
      decisions: [{ id: 'D1', due: '2026-01-01' }],
    });
    expect(runRule(dueBeforeReview, badReview)).toEqual([]);
  });
});

describe('overdue', () => {
  it('fires for unsettled items (deferred too) due before today', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', status: 'deferred', due: '2026-01-14' },
        { id: 'D2', status: 'blocked', blocked_by: [{ what: 'Vendor', due: '2026-01-01' }] },
      ],
      outputs: [{ id: 'O1', due: '2025-12-31' }],
    });
    const findings = runRule(overdue, reg, { today: '2026-01-15' });
    expect(places(findings)).toEqual([
      { rule: 'overdue', file: FILE, ...at(reg.decisions[0]!, 'due'), item: 'D1' },
      { rule: 'overdue', file: FILE, ...at(reg.decisions[1]!.blocked_by[0]!, 'due'), item: 'D2' },
      { rule: 'overdue', file: FILE, ...at(reg.outputs[0]!, 'due'), item: 'O1' },
    ]);
    expect(findings[0]!.message).toBe('Decision D1 was due 2026-01-14 and is still open');
  });

  it('does not fire for items due today or later, settled items, or invalid dates', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', due: '2026-01-15' },
        { id: 'D2', status: 'resolved', due: '2025-01-01' },
        { id: 'D3', status: 'superseded', due: '2025-01-01' },
        { id: 'D4', due: '2025-02-30' },
      ],
      actions: [
        { id: 'A1', status: 'done', due: '2025-01-01' },
        { id: 'A2', status: 'dropped', due: '2025-01-01' },
      ],
    });
    expect(runRule(overdue, reg, { today: '2026-01-15' })).toEqual([]);
    expect(
      runRule(overdue, makeRegister({ decisions: [{ id: 'D1', due: '2025-01-01' }] }), { today: 'now' }),
    ).toEqual([]);
  });
});

describe('immediate-output-late and followup-output-late', () => {
  const reg = makeRegister({
    review: { date: '2026-01-10' },
    outputs: [
      { id: 'O1', timing: 'immediate', due: '2026-01-10' },
      { id: 'O2', timing: 'immediate', due: '2026-01-11' },
      { id: 'O3', timing: 'follow-up', due: '2026-01-24' },
      { id: 'O4', timing: 'follow-up', due: '2026-01-25' },
      { id: 'O5', timing: 'immediate', due: '2026-03-01', status: 'done' },
    ],
  });

  it('fires for an immediate output due after the review date', () => {
    const findings = runRule(immediateOutputLate, reg);
    expect(places(findings)).toEqual([
      { rule: 'immediate-output-late', file: FILE, ...at(reg.outputs[1]!, 'due'), item: 'O2' },
    ]);
    expect(findings[0]!.message).toBe(
      'Output O2 is due 2026-01-11; an immediate output should be due by the review date (2026-01-10)',
    );
  });

  it('fires for a follow-up output due after the next working cycle (config cycle_days)', () => {
    const findings = runRule(followupOutputLate, reg);
    expect(places(findings)).toEqual([
      { rule: 'followup-output-late', file: FILE, ...at(reg.outputs[3]!, 'due'), item: 'O4' },
    ]);
    expect(findings[0]!.message).toBe(
      'Output O4 is due 2026-01-25; a follow-up output should be due within the next working cycle (2026-01-24)',
    );
    expect(runRule(followupOutputLate, reg, { config: { cycle_days: 7 } }).map((f) => f.item)).toEqual([
      'O3',
      'O4',
    ]);
  });

  it("prefers the review's own cycle_days", () => {
    const own = makeRegister({
      review: { date: '2026-01-10', cycle_days: 30 },
      outputs: [{ id: 'O4', timing: 'follow-up', due: '2026-01-25' }],
    });
    expect(runRule(followupOutputLate, own)).toEqual([]);
  });

  it('needs a valid review date and due date', () => {
    const noDate = makeRegister({ outputs: [{ id: 'O1', timing: 'immediate', due: '2030-01-01' }] });
    expect(runRule(immediateOutputLate, noDate)).toEqual([]);
    const badDue = makeRegister({
      review: { date: '2026-01-10' },
      outputs: [{ id: 'O1', timing: 'immediate', due: '2026-01-32' }],
    });
    expect(runRule(immediateOutputLate, badDue)).toEqual([]);
  });
});
