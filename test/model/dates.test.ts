import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, findDate, isoOf, readDate } from '../../src/model/dates.js';

const reference = '2026-11-30'; // a Monday

describe('readDate', () => {
  it.each([
    ['2026-12-05', '2026-12-05'],
    ['Dec 5, 2026', '2026-12-05'],
    ['5 December', '2026-12-05'],
    ['5 Dec', '2026-12-05'],
    ['2026/12/05', '2026-12-05'],
    ['by Dec 5', '2026-12-05'],
    ['due Dec 5th', '2026-12-05'],
    ['12/13/2026', '2026-12-13'],
    ['13/12/2026', '2026-12-13'],
    ['next Tuesday', '2026-12-08'],
    ['end of week', '2026-12-04'],
    ['EOW', '2026-12-04'],
    ['this week', '2026-12-04'],
    ['EOM', '2026-11-30'],
    ['end of month', '2026-11-30'],
    ['tomorrow', '2026-12-01'],
    ['EoD 11Feb2022', '2022-02-11'],
    ['2026-12-05 (tentative)', '2026-12-05'],
  ])('reads %j as %s', (raw, iso) => {
    expect(readDate(raw, { reference })).toEqual({ kind: 'iso', iso });
  });

  it('names both readings of a numeric date that reads two ways, unless an order is set', () => {
    expect(readDate('03/04/2026')).toEqual({ kind: 'ambiguous', readings: ['2026-03-04', '2026-04-03'] });
    expect(readDate('12/05/2026')).toEqual({ kind: 'ambiguous', readings: ['2026-12-05', '2026-05-12'] });
    expect(readDate('03/04/2026', { order: 'mdy' })).toEqual({ kind: 'iso', iso: '2026-03-04' });
    expect(readDate('03/04/2026', { order: 'dmy' })).toEqual({ kind: 'iso', iso: '2026-04-03' });
    expect(readDate('due 12/5', { reference, order: 'mdy' })).toEqual({ kind: 'iso', iso: '2026-12-05' });
  });

  it('needs a reference for relative dates and dates without a year', () => {
    for (const raw of ['next Tuesday', 'tomorrow', 'EOM', '5 December']) {
      expect(readDate(raw)).toEqual({ kind: 'invalid' });
    }
  });

  it.each([
    '2026-02-30',
    '2023-14-05',
    '99999-01-01',
    '+099999-01-01',
    'December',
    'mid-December',
    'Q3',
    '2026',
    'TBD',
    'ASAP',
    'next sprint',
    '1e15',
    'NaN',
    'Infinity',
    '-1',
    '',
  ])('does not read %j', (raw) => {
    expect(readDate(raw, { reference })).toEqual({ kind: 'invalid' });
  });

  it('is total: any string or value gives a reading, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), fc.option(fc.string()), (raw, ref) => {
        const reading = readDate(raw, ref === null ? {} : { reference: ref });
        expect(['iso', 'ambiguous', 'invalid']).toContain(reading.kind);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findDate', () => {
  it('finds a due date after a cue or written as a calendar date, and says where', () => {
    const text = '@alice draft the rollout plan by Dec 5';
    expect(findDate(text, { reference })).toEqual({
      reading: { kind: 'iso', iso: '2026-12-05' },
      index: text.indexOf('Dec 5'),
      length: 5,
    });
    expect(findDate('Get this done by next Tuesday', { reference })?.reading).toEqual({
      kind: 'iso',
      iso: '2026-12-08',
    });
    expect(findDate('Deadline: end of week', { reference })?.reading).toEqual({
      kind: 'iso',
      iso: '2026-12-04',
    });
    expect(findDate('Lee - update docs - EOM', { reference })?.reading).toEqual({
      kind: 'iso',
      iso: '2026-11-30',
    });
    expect(findDate('review before EoD 11Feb2022', { reference })?.reading).toEqual({
      kind: 'iso',
      iso: '2022-02-11',
    });
  });

  it('takes no date from ordinary prose', () => {
    for (const text of [
      'Talk to you soon',
      'we talked about May and June',
      'Ship it next Tuesday',
      'Review on Friday',
    ]) {
      expect(findDate(text, { reference })).toBeUndefined();
    }
  });
});

describe('date arithmetic is total', () => {
  it.each([
    ['2026-11-24', 99_999_999],
    ['2026-11-24', 1e15],
    ['2026-11-24', Number.NaN],
    ['2026-11-24', Number.POSITIVE_INFINITY],
    ['2026-11-24', -1e15],
    ['2026-11-24', 1.5],
    ['9999-12-31', 1],
    ['0000-01-01', -1],
    ['99999-01-01', 1],
    ['not a date', 1],
  ])('addDays(%j, %d) is undefined', (date, days) => {
    expect(addDays(date, days)).toBeUndefined();
  });

  it('adds and counts days within range', () => {
    expect(addDays('2026-11-24', 14)).toBe('2026-12-08');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-11-24', '2026-12-08')).toBe(14);
    expect(daysBetween('2026-11-24', 'x')).toBeUndefined();
    expect(isoOf(10_000, 1, 1)).toBeUndefined();
    expect(isoOf(2026, 2, 30)).toBeUndefined();
    expect(isoOf(-1, 1, 1)).toBeUndefined();
  });

  it('never throws for any day count', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(1e15, -1e15, 99_999_999)), (days) => {
        const result = addDays('2026-11-24', days);
        expect(result === undefined || /^\d{4}-\d{2}-\d{2}$/.test(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
