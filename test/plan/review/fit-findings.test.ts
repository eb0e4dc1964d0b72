import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byImportance, fitFindings, utf8Length } from '../../../src/plan/review/fit-findings.js';
import { makeFinding } from '../../render/make-finding.js';

describe('fitFindings', () => {
  it('keeps the most rows that fit, and never exceeds the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 50 }),
        fc.string({ maxLength: 30 }),
        fc.nat(800),
        (rows, frame, limit) => {
          const render = (kept: number) =>
            [frame, ...rows.slice(0, kept), `${rows.length - kept} more`].join('\n');
          const fitted = fitFindings(rows.length, render, limit);
          expect(fitted.text.length).toBeLessThanOrEqual(limit);
          if (render(0).length <= limit) {
            expect(fitted.text).toBe(render(fitted.kept));
            if (fitted.kept < rows.length) expect(render(fitted.kept + 1).length).toBeGreaterThan(limit);
          } else {
            expect(fitted.kept).toBe(0);
          }
        },
      ),
    );
  });

  it('measures with the given function, cutting on code point boundaries', () => {
    const fitted = fitFindings(0, () => 'ééé😀', 7, utf8Length);
    expect(fitted.text).toBe('ééé');
  });
});

describe('byImportance', () => {
  it('puts errors before warnings, then file order', () => {
    const ordered = byImportance([
      makeFinding({ file: 'a.md', rule: 'overdue', severity: 'warning' }),
      makeFinding({ file: 'b.md' }),
      makeFinding({ file: 'a.md', line: 5 }),
    ]);
    expect(ordered.map((f) => `${f.severity}@${f.file}`)).toEqual([
      'error@a.md',
      'error@b.md',
      'warning@a.md',
    ]);
  });
});

describe('utf8Length', () => {
  it('counts bytes', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});
