import { describe, expect, it } from 'vitest';
import { describeItem, isOpenItem, quote, statusOf } from '../../src/rules/rule-context.js';
import { makeRegister } from '../support/make-register.js';

describe('message helpers', () => {
  it('quote keeps user text on one line and short', () => {
    expect(quote('TBD')).toBe('"TBD"');
    expect(quote(' a\nb\tc ')).toBe('"a b c"');
    expect(quote('x'.repeat(80))).toBe(`"${'x'.repeat(57)}..."`);
  });

  it('describeItem names an item by id, else by title', () => {
    const reg = makeRegister({ decisions: [{ id: 'D3' }, { id: 'has space' }, { title: 'Adopt Okta' }, {}] });
    expect(reg.decisions.map(describeItem)).toEqual([
      'Decision D3',
      'Decision "has space"',
      'Decision "Adopt Okta"',
      'Decision without id',
    ]);
  });
});

describe('statusOf and isOpenItem', () => {
  it('reads a missing or blank status as open', () => {
    const reg = makeRegister({
      decisions: [{ id: 'D1' }, { id: 'D2', status: ' resolved ' }, { id: 'D3', status: 'deferred' }],
      actions: [
        { id: 'A1', status: '' },
        { id: 'A2', status: 'dropped' },
      ],
    });
    expect([...reg.decisions, ...reg.actions].map(statusOf)).toEqual([
      'open',
      'resolved',
      'deferred',
      'open',
      'dropped',
    ]);
    expect([...reg.decisions, ...reg.actions].map(isOpenItem)).toEqual([true, false, true, true, false]);
  });
});
