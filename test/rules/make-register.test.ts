import { describe, expect, it } from 'vitest';
import { at, makeRegister } from '../support/make-register.js';

describe('makeRegister (test helper)', () => {
  it('lays out sections, objects and fields on successive lines', () => {
    const reg = makeRegister({
      review: { date: '2026-01-10', attendees: [{ name: 'Ana', github: '@ana' }] },
      decisions: [{ id: 'D1', status: 'open', depends_on: ['D2'] }],
    });
    expect(at(reg.review!)).toEqual({ line: 1, column: 1 });
    expect(at(reg.review!, 'date')).toEqual({ line: 2, column: 3 });
    expect(at(reg.review!.attendees[0]!)).toEqual({ line: 4, column: 5 });
    expect(at(reg.review!.attendees[0]!, 'github')).toEqual({ line: 6, column: 7 });
    expect(at(reg.decisions[0]!)).toEqual({ line: 8, column: 3 });
    expect(at(reg.decisions[0]!, 'status')).toEqual({ line: 10, column: 5 });
    expect(at(reg.decisions[0]!, 'depends_on.0')).toEqual({ line: 12, column: 7 });
    expect(reg.decisions[0]).toMatchObject({ kind: 'decision', blocked_by: [], topics: [] });
    expect(reg.format).toBe('yaml');
  });

  it('places prose after the items, a multi-line paragraph taking several lines', () => {
    const reg = makeRegister({
      file: 'notes.decisions.md',
      actions: [{ id: 'A1' }],
      prose: ['one\ntwo', 'three'],
    });
    expect(reg.prose.map((p) => p.pos.line)).toEqual([4, 6]);
    expect(reg.format).toBe('markdown');
    expect(reg.actions[0]!.pos.file).toBe('notes.decisions.md');
  });
});
