import { describe, expect, it } from 'vitest';
import { decisionUndecided, resolutionMissing } from '../../src/rules/decision-rules.js';
import { at, makeRegister } from '../support/make-register.js';
import { places, runRule } from './run-rule.js';

describe('resolution-missing', () => {
  it('fires for a resolved decision without a resolution, at the item or the blank field', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', status: 'resolved' },
        { id: 'D2', status: 'resolved', resolution: '  ' },
      ],
    });
    const findings = runRule(resolutionMissing, reg);
    expect(places(findings)).toEqual([
      { rule: 'resolution-missing', file: 'decisions/review.yml', ...at(reg.decisions[0]!), item: 'D1' },
      {
        rule: 'resolution-missing',
        file: 'decisions/review.yml',
        ...at(reg.decisions[1]!, 'resolution'),
        item: 'D2',
      },
    ]);
    expect(findings[0]!.message).toBe('Decision D1 is resolved but has no resolution');
  });

  it('does not fire when the resolution is written or the decision is not resolved', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', status: 'resolved', resolution: 'Adopt Okta' },
        { id: 'D2', status: 'open' },
        { id: 'D3', status: 'superseded' },
      ],
    });
    expect(runRule(resolutionMissing, reg)).toEqual([]);
  });
});

describe('decision-undecided', () => {
  it('fires for open decisions, explicit (at status) or by default (at the item)', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', status: 'open' },
        { id: 'D2', title: 'No status' },
      ],
    });
    const findings = runRule(decisionUndecided, reg);
    expect(places(findings)).toEqual([
      { rule: 'decision-undecided', file: 'decisions/review.yml', line: 4, column: 5, item: 'D1' },
      { rule: 'decision-undecided', file: 'decisions/review.yml', line: 5, column: 3, item: 'D2' },
    ]);
    expect(findings[0]!.message).toBe(
      'Decision D1 was left open: resolve it, assign it, or name what blocks it',
    );
  });

  it('does not fire for decisions with another status', () => {
    const reg = makeRegister({
      decisions: ['resolved', 'assigned', 'blocked', 'deferred', 'superseded'].map((status, i) => ({
        id: `D${i}`,
        status,
      })),
    });
    expect(runRule(decisionUndecided, reg)).toEqual([]);
  });
});
