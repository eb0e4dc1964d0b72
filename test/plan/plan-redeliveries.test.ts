import { describe, expect, it } from 'vitest';
import {
  type DeliveryRecord,
  planRedeliveries,
  reachedWindowStart,
} from '../../src/plan/plan-redeliveries.js';

const now = Date.parse('2026-12-01T12:00:00Z');
const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
let nextId = 100;
const record = (
  guid: string,
  statusCode: number,
  minutesAgo: number,
  redelivery = false,
): DeliveryRecord => ({
  id: nextId--,
  guid,
  deliveredAt: at(minutesAgo),
  statusCode,
  redelivery,
});
const policy = { now, windowMs: 60 * 60_000, maxRedeliveries: 2 };

describe('planRedeliveries', () => {
  it('redelivers the newest attempt of each GUID that never succeeded, within the window', () => {
    const records = [
      record('ok', 202, 1),
      record('failed-then-ok', 202, 2, true),
      record('failed-then-ok', 503, 3),
      record('failed-twice', 0, 4, true),
      record('failed-twice', 503, 5),
      record('old-failure', 503, 90),
    ];
    const plan = planRedeliveries(records, policy);
    expect(plan).toEqual({ redeliver: [records[3]!.id], givenUp: [], failed: 1 });
  });

  it('gives up on a GUID after maxRedeliveries failed redeliveries', () => {
    const records = [record('stuck', 500, 1, true), record('stuck', 500, 2, true), record('stuck', 500, 3)];
    expect(planRedeliveries(records, policy)).toEqual({ redeliver: [], givenUp: ['stuck'], failed: 1 });
  });

  it('ignores records with an unreadable date', () => {
    expect(planRedeliveries([{ ...record('x', 500, 1), deliveredAt: 'soon' }], policy).failed).toBe(0);
  });

  it('knows when a page reached past the window', () => {
    expect(reachedWindowStart([record('a', 200, 1), record('b', 200, 61)], policy)).toBe(true);
    expect(reachedWindowStart([record('a', 200, 1)], policy)).toBe(false);
    expect(reachedWindowStart([], policy)).toBe(false);
  });
});
