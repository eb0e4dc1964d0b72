import { describe, expect, it } from 'vitest';
import { shouldFail, verdictHeadline } from '../../../src/plan/review/verdict.js';

describe('shouldFail', () => {
  it.each([
    [{ errors: 1, warnings: 0 }, 'error', true],
    [{ errors: 0, warnings: 3 }, 'error', false],
    [{ errors: 0, warnings: 3 }, 'warning', true],
    [{ errors: 2, warnings: 0 }, 'warning', true],
    [{ errors: 0, warnings: 0 }, 'warning', false],
    [{ errors: 5, warnings: 5 }, 'never', false],
  ] as const)('%o with failOn %s → %s', (counts, failOn, expected) => {
    expect(shouldFail(counts, failOn)).toBe(expected);
  });
});

describe('verdictHeadline', () => {
  it('says errors, warnings or all clear', () => {
    expect(verdictHeadline({ errors: 3, warnings: 1 })).toBe('### ❌ Decision register: 3 errors, 1 warning');
    expect(verdictHeadline({ errors: 0, warnings: 2 })).toBe('### ⚠️ Decision register: 2 warnings');
    expect(verdictHeadline({ errors: 0, warnings: 0 })).toBe('### ✅ Decision register: all clear');
  });
});
