import { describe, expect, it } from 'vitest';
import { describeCounts, plural } from '../../src/text/summary.js';

describe('plural / describeCounts', () => {
  it('pluralises and joins counts', () => {
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(0, 'file')).toBe('0 files');
    expect(describeCounts({ errors: 3, warnings: 1 })).toBe('3 errors, 1 warning');
    expect(describeCounts({ errors: 1, warnings: 0 })).toBe('1 error');
    expect(describeCounts({ errors: 0, warnings: 2 })).toBe('2 warnings');
    expect(describeCounts({ errors: 0, warnings: 0 })).toBe('no problems');
  });
});
