import { describe, expect, it } from 'vitest';
import { idDuplicate } from '../../src/rules/id-rules.js';
import { makeRegister } from '../support/make-register.js';
import { places, runRule } from './run-rule.js';

describe('id-duplicate', () => {
  it('reports the second and later uses of an id, naming the first place', () => {
    const reg = makeRegister({
      decisions: [{ id: 'D1' }, { id: 'D1' }],
      actions: [{ id: 'D1' }, { id: 'A1' }],
    });
    const findings = runRule(idDuplicate, reg);
    expect(places(findings)).toEqual([
      { rule: 'id-duplicate', file: 'decisions/review.yml', line: 5, column: 5, item: 'D1' },
      { rule: 'id-duplicate', file: 'decisions/review.yml', line: 8, column: 5, item: 'D1' },
    ]);
    expect(findings[0]!.message).toBe('Decision D1 reuses an id already defined at decisions/review.yml:2');
    expect(findings[1]!.message).toBe('Action D1 reuses an id already defined at decisions/review.yml:2');
  });

  it('compares ids across files, in file order, and reports only in target files', () => {
    const a = makeRegister({ file: 'decisions/a.yml', decisions: [{ id: 'D7' }] });
    const b = makeRegister({ file: 'decisions/b.yml', decisions: [{ id: 'D7' }] });
    expect(places(runRule(idDuplicate, [b, a]))).toEqual([
      { rule: 'id-duplicate', file: 'decisions/b.yml', line: 3, column: 5, item: 'D7' },
    ]);
    expect(runRule(idDuplicate, [a, b], { targets: [a] })).toEqual([]);
  });

  it('does not fire for distinct ids or items without ids', () => {
    const reg = makeRegister({ decisions: [{ id: 'D1' }, { id: 'd1' }, { title: 'x' }, { title: 'y' }] });
    expect(runRule(idDuplicate, reg)).toEqual([]);
  });
});
