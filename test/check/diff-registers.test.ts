import { describe, expect, it } from 'vitest';
import { diffRegisters } from '../../src/check/diff-registers.js';
import { at, makeRegister } from '../support/make-register.js';

const FILE = 'decisions/review.yml';

describe('diffRegisters: findings', () => {
  it('reports status-regressed when a resolved decision reopens without a reason', () => {
    const base = makeRegister({ decisions: [{ id: 'D1', status: 'resolved', resolution: 'Adopt Okta' }] });
    const head = makeRegister({ decisions: [{ id: 'D1', status: 'open', resolution: 'Adopt Okta' }] });
    const { findings } = diffRegisters([base], [head]);
    expect(findings).toEqual([
      {
        file: FILE,
        ...at(head.decisions[0]!, 'status'),
        rule: 'status-regressed',
        message: 'Decision D1 was resolved and is now "open"; give a reopened_reason',
        item: 'D1',
      },
    ]);
  });

  it('accepts a reopened decision with a reason, and a resolved one superseded', () => {
    const base = makeRegister({
      decisions: [
        { id: 'D1', status: 'resolved', resolution: 'A' },
        { id: 'D2', status: 'resolved', resolution: 'B' },
      ],
    });
    const head = makeRegister({
      decisions: [
        { id: 'D1', status: 'open', reopened_reason: 'Vendor withdrew' },
        { id: 'D2', status: 'superseded', resolution: 'B' },
      ],
    });
    expect(diffRegisters([base], [head]).findings).toEqual([]);
  });

  it('reports resolution-changed when the text of a resolved decision changes, ignoring whitespace', () => {
    const base = makeRegister({ decisions: [{ id: 'D1', status: 'resolved', resolution: 'Adopt  Okta' }] });
    const same = makeRegister({ decisions: [{ id: 'D1', status: 'resolved', resolution: 'Adopt Okta ' }] });
    expect(diffRegisters([base], [same]).findings).toEqual([]);
    const changed = makeRegister({
      decisions: [{ id: 'D1', status: 'resolved', resolution: 'Adopt Entra' }],
    });
    const { findings } = diffRegisters([base], [changed]);
    expect(findings.map(({ rule, line, column, item }) => ({ rule, line, column, item }))).toEqual([
      { rule: 'resolution-changed', ...at(changed.decisions[0]!, 'resolution'), item: 'D1' },
    ]);
    expect(findings[0]!.message).toBe(
      'The resolution of Decision D1 changed; supersede it with a new decision instead',
    );
  });

  it('reports decision-removed at the head file’s review, or its first line', () => {
    const base = makeRegister({ review: { date: '2026-01-10' }, decisions: [{ id: 'D1' }, { id: 'D2' }] });
    const head = makeRegister({ review: { date: '2026-01-10' }, decisions: [{ id: 'D1' }] });
    expect(diffRegisters([base], [head]).findings).toEqual([
      {
        file: FILE,
        line: 1,
        column: 1,
        rule: 'decision-removed',
        message: 'Decision D2 was removed; mark it superseded instead of deleting it',
        item: 'D2',
      },
    ]);
    const deleted = diffRegisters([base], []).findings;
    expect(deleted.map((f) => [f.file, f.line, f.column, f.item])).toEqual([
      [FILE, 1, 1, 'D1'],
      [FILE, 1, 1, 'D2'],
    ]);
  });

  it('matches decisions across files, so moving one to a renamed file removes nothing', () => {
    const base = makeRegister({
      file: 'decisions/old.yml',
      decisions: [{ id: 'D1', status: 'resolved', resolution: 'X' }],
    });
    const head = makeRegister({
      file: 'decisions/new.yml',
      decisions: [{ id: 'D1', status: 'resolved', resolution: 'X' }],
    });
    const diff = diffRegisters([base], [head]);
    expect(diff.findings).toEqual([]);
    expect(diff.changedItems).toEqual(new Set());
    expect(diff.changedReviews).toEqual(new Set(['decisions/new.yml']));
  });
});

describe('diffRegisters: changes', () => {
  it('keys added and changed items by file and id, ignoring positions', () => {
    const base = makeRegister({
      review: { date: '2026-01-10' },
      decisions: [
        { id: 'D1', title: 'Same' },
        { id: 'D2', title: 'Old', blocked_by: [{ what: 'Legal' }] },
      ],
      actions: [{ id: 'A1', title: 'Same' }],
    });
    const head = makeRegister({
      review: { date: '2026-01-10', title: 'Moved everything down a line' },
      decisions: [
        { id: 'D1', title: 'Same' },
        { id: 'D2', title: 'Old', blocked_by: [{ what: 'Legal', owner: 'Ana' }] },
        { id: 'D3', title: 'New' },
      ],
      actions: [{ id: 'A1', title: 'Same' }],
    });
    const diff = diffRegisters([base], [head]);
    expect(diff.changedItems).toEqual(new Set([`${FILE}#D2`, `${FILE}#D3`]));
    expect(diff.changedReviews).toEqual(new Set([FILE]));
  });

  it('leaves the review unchanged when only items change, and lists new prose lines', () => {
    const base = makeRegister({ review: { date: '2026-01-10' }, prose: ['Kept line', 'Old line'] });
    const head = makeRegister({
      review: { date: '2026-01-10' },
      decisions: [{ id: 'D1' }],
      prose: ['Kept line', 'New line\nOld line'],
    });
    const diff = diffRegisters([base], [head]);
    expect(diff.changedReviews).toEqual(new Set());
    expect(diff.changedItems).toEqual(new Set([`${FILE}#D1`]));
    expect(diff.changedProse).toEqual(new Set([`${FILE}:${head.prose[1]!.pos.line}`]));
  });
});
