import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from '../../src/model/iso-date.js';

describe('isIsoDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts the real date %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2023-14-05',
    '2023-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-01-00',
    'next week',
    '2026-1-5',
    ' 2026-01-05',
    '2026/01/05',
    '',
  ])('rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    expect(isIsoDate(undefined)).toBe(false);
    expect(isIsoDate(20260105)).toBe(false);
  });

  it.each(['2026-01-05\n', '2026-01-0a', '2026-0１-05', '+026-01-05', '2026-01-05 ', '2026_01_05'])(
    'rejects the near miss %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  // It reads character codes rather than matching a pattern: both readings must agree.
  it('agrees with the pattern and the calendar on random text', () => {
    const byPattern = (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return false;
      const date = new Date(Date.UTC(2000, Number(match[2]) - 1, Number(match[3])));
      date.setUTCFullYear(Number(match[1]));
      return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
    };
    const nearDate = fc
      .tuple(
        fc.nat({ max: 9999 }),
        fc.nat({ max: 13 }),
        fc.nat({ max: 32 }),
        fc.constantFrom('-', '/', '0', ' '),
      )
      .map(
        ([y, m, d, sep]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}${sep}${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.string({ maxLength: 12 })), (value) => {
        expect(isIsoDate(value)).toBe(byPattern(value));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-25', 14)).toBe('2026-02-08');
    expect(addDays('2025-12-25', 14)).toBe('2026-01-08');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('keeps years below 100 as written', () => {
    expect(addDays('0050-01-01', 1)).toBe('0050-01-02');
  });
});
