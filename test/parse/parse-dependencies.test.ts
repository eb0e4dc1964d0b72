import { describe, expect, it } from 'vitest';
import { BARE_ID, parseDependencies, splitList } from '../../src/parse/parse-dependencies.js';

const pos = (column: number) => ({ file: 'f.md', line: 3, column });
const parse = (raw: string) => parseDependencies({ raw, pos: pos(10) });

describe('parseDependencies', () => {
  it('splits bare ids on commas or semicolons into depends_on, with positions', () => {
    expect(parse('D1, D2')).toEqual({
      dependsOn: [
        { raw: 'D1', pos: pos(10) },
        { raw: 'D2', pos: pos(14) },
      ],
      blockers: [],
    });
    expect(parse('D1;DEC-12 ; ops.3').dependsOn.map((d) => [d.raw, d.pos.column])).toEqual([
      ['D1', 10],
      ['DEC-12', 13],
      ['ops.3', 22],
    ]);
  });

  it('reads an external dependency: @handle owner, ISO due date, the rest as what', () => {
    const raw = 'HRIS export of membership (@hris, due 2026-12-01)';
    expect(parse(raw)).toEqual({
      dependsOn: [],
      blockers: [
        {
          pos: pos(10),
          what: { raw: 'HRIS export of membership', pos: pos(10) },
          owner: { raw: '@hris', pos: pos(10 + raw.indexOf('@hris')) },
          due: { raw: '2026-12-01', pos: pos(10 + raw.indexOf('2026')) },
        },
      ],
    });
  });

  it('reads `owner: Name`, teams, and entries without owner or date', () => {
    const { dependsOn, blockers } = parse(
      'Legal review (owner: Ana Lima, by 2026-12-03); Vendor quote; D4; @org/infra capacity',
    );
    expect(dependsOn.map((d) => d.raw)).toEqual(['D4']);
    expect(blockers.map((b) => [b.what?.raw, b.owner?.raw, b.due?.raw])).toEqual([
      ['Legal review', 'Ana Lima', '2026-12-03'],
      ['Vendor quote', undefined, undefined],
      ['capacity', '@org/infra', undefined],
    ]);
  });

  it('keeps a comma list with non-ids as one entry, and skips dashes', () => {
    expect(parse('Budget, then staffing').blockers.map((b) => b.what?.raw)).toEqual([
      'Budget, then staffing',
    ]);
    expect(parse('—')).toEqual({ dependsOn: [], blockers: [] });
    expect(parse('-; D2').dependsOn.map((d) => d.raw)).toEqual(['D2']);
  });

  it('defines a bare id as letters then a digit somewhere', () => {
    expect(['D2', 'DEC-12', 'ops.3', 'A1b'].every((id) => BARE_ID.test(id))).toBe(true);
    expect(['HRIS', '12', 'D 2', 'Q4 budget'].some((id) => BARE_ID.test(id))).toBe(false);
  });
});

describe('splitList', () => {
  it('trims entries and keeps each one’s column', () => {
    expect(splitList({ raw: 'identity,  hosting ,', pos: pos(5) }, ',')).toEqual([
      { raw: 'identity', pos: pos(5) },
      { raw: 'hosting', pos: pos(16) },
    ]);
  });
});
