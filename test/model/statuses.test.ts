import { describe, expect, it } from 'vitest';
import { normalizeStatus } from '../../src/model/statuses.js';

describe('normalizeStatus', () => {
  it.each([
    ['Open', 'open', 'open'],
    ['TODO', 'open', 'open'],
    ['In progress', 'open', 'open'],
    ['WIP', 'open', 'open'],
    ['proposed', 'open', 'open'],
    ['Done', 'resolved', 'done'],
    ['Closed', 'resolved', 'done'],
    ['complete', 'resolved', 'done'],
    ['Accepted', 'resolved', 'done'],
    ['✅ Accepted', 'resolved', 'done'],
    ['**Approved**', 'resolved', 'done'],
    ['agreed', 'resolved', 'done'],
    ['implemented', 'resolved', 'done'],
    ['Rejected', 'resolved', 'dropped'],
    ['❌ Rejected (see [019](019-shared.md))', 'resolved', 'dropped'],
    ['declined', 'resolved', 'dropped'],
    ["won't do", 'superseded', 'dropped'],
    ['Cancelled', 'superseded', 'dropped'],
    ['On hold', 'blocked', 'open'],
    ['waiting', 'blocked', 'open'],
    ['Postponed', 'deferred', 'open'],
    ['parked', 'deferred', 'open'],
    ['Superseded by ADR-0005', 'superseded', 'dropped'],
    ['deprecated', 'superseded', 'dropped'],
    ['Accepted on 2023-01-01', 'resolved', 'done'],
    ['in-progress', 'open', 'open'],
    ['[x]', 'resolved', 'done'],
    ['[ ]', 'open', 'open'],
    ['✅', 'resolved', 'done'],
    ['🤔', 'open', 'open'],
    ['assigned', 'assigned', 'open'],
  ])('reads %j as %s on a decision and %s on an action', (raw, decision, action) => {
    expect(normalizeStatus(raw, 'decision')).toBe(decision);
    expect(normalizeStatus(raw, 'action')).toBe(action);
    expect(normalizeStatus(raw, 'output')).toBe(action);
  });

  it.each(['imlpemented', 'sort of', '', '   ', 'accepted-ish maybe', 'Open the door'])(
    'leaves %j unplaced',
    (raw) => {
      expect(normalizeStatus(raw, 'decision')).toBeUndefined();
    },
  );

  it('takes more words from the config, to a canonical value or a built-in synonym', () => {
    const extra = { Shipped: 'done', LGTM: 'accepted', 'Needs love': 'blocked' };
    expect(normalizeStatus('shipped', 'action', extra)).toBe('done');
    expect(normalizeStatus('SHIPPED', 'decision', extra)).toBe('resolved');
    expect(normalizeStatus('lgtm', 'decision', extra)).toBe('resolved');
    expect(normalizeStatus('needs love', 'decision', extra)).toBe('blocked');
    expect(normalizeStatus('Open', 'decision', extra)).toBe('open');
  });

  it('never throws on odd values', () => {
    for (const raw of [null, undefined, 42 as unknown as string, 'x'.repeat(10_000), '\u0000', '🙂🙂']) {
      expect(() => normalizeStatus(raw, 'decision')).not.toThrow();
    }
  });
});
