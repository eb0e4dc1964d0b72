import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/default-config.js';
import { buildRepoIndex } from '../../src/model/repo-index.js';
import { dueBeforeReview, overdue } from '../../src/rules/date-rules.js';
import {
  describeItem,
  isOpenItem,
  perCheck,
  quote,
  type RuleContext,
  statusOf,
} from '../../src/rules/rule-context.js';
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

describe('perCheck', () => {
  const ctxOf = (registers: ReturnType<typeof makeRegister>[]): RuleContext => ({
    registers,
    targets: registers,
    index: buildRepoIndex(registers),
    config: defaultConfig(),
    today: '2026-01-15',
  });

  it('computes once per check context, and again for another check', () => {
    let walks = 0;
    const count = perCheck((ctx) => {
      walks++;
      return ctx.targets.length;
    });
    const one = ctxOf([makeRegister({ decisions: [{ id: 'D1' }] })]);
    const two = ctxOf([makeRegister({}), makeRegister({})]);
    expect([count(one), count(one), count(two), count(two)]).toEqual([1, 1, 2, 2]);
    expect(walks).toBe(2);
  });

  it('shares the date walk across the date rules of one check, and reports the same findings', () => {
    const register = makeRegister({
      review: { date: '2026-01-10' },
      decisions: [{ id: 'D1', status: 'assigned', owner: 'ann', due: '2026-01-05' }],
    });
    const ctx = ctxOf([register]);
    const shared = [...overdue.run(ctx), ...dueBeforeReview.run(ctx)];
    const alone = [...overdue.run(ctxOf([register])), ...dueBeforeReview.run(ctxOf([register]))];
    expect(shared.map((f) => f.rule)).toEqual(['overdue', 'due-before-review']);
    expect(shared).toEqual(alone);
  });
});
