import { describe, expect, it } from 'vitest';
import { normalizeStatus } from '../../src/model/statuses.js';

describe('proposal lifecycle statuses', () => {
  it.each([
    ['Last Call', 'decision', 'open'],
    ['Stagnant', 'decision', 'deferred'],
    ['implementable', 'decision', 'resolved'],
    ['Implementing', 'decision', 'resolved'],
    ['Living', 'decision', 'resolved'],
    ['obsoleted', 'decision', 'superseded'],
    ['implementing', 'action', 'done'],
    ['last-call', 'decision', 'open'],
  ] as const)('%s on a %s reads as %s', (raw, kind, canonical) => {
    expect(normalizeStatus(raw, kind)).toBe(canonical);
  });

  it('a config map still comes first', () => {
    expect(normalizeStatus('Stagnant', 'decision', { stagnant: 'superseded' })).toBe('superseded');
  });
});
