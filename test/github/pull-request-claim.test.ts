import { describe, expect, it } from 'vitest';
import { CLAIM_LEASE_MS, isAlive } from '../../src/github/pull-request-claim.js';

const at = Date.parse('2026-12-01T10:00:00Z');
const claim = (run: string, attempt: number, renewed: number) => ({
  body: `<!-- decision-register:claim -->\n<!-- decision-register:lease run=${run} attempt=${attempt} at=${new Date(renewed).toISOString()} -->`,
  createdAt: new Date(renewed).toISOString(),
});

describe('claim liveness', () => {
  const me = { run: '42', attempt: 2 };
  it('an earlier attempt of this run is dead at once, however fresh its lease', () => {
    expect(isAlive(claim('42', 1, at), me, at)).toBe(false);
  });
  it('the same or a later attempt, or another run, is alive while its lease runs', () => {
    expect(isAlive(claim('42', 2, at), me, at)).toBe(true);
    expect(isAlive(claim('43', 1, at - 1000), me, at)).toBe(true);
  });
  it('a lease not renewed for its length is dead', () => {
    expect(isAlive(claim('43', 1, at - CLAIM_LEASE_MS), me, at)).toBe(false);
  });
  it('a claim without a lease (older versions) counts for ten minutes from its creation', () => {
    const old = { body: '<!-- decision-register:claim -->', createdAt: new Date(at - 60_000).toISOString() };
    expect(isAlive(old, me, at)).toBe(true);
    expect(isAlive({ ...old, createdAt: new Date(at - 11 * 60_000).toISOString() }, me, at)).toBe(false);
  });
});
