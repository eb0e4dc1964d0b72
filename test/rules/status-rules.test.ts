import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/model/closest-match.js';
import { statusInvalid } from '../../src/rules/status-rules.js';
import { makeRegister } from '../support/make-register.js';
import { places, runRule } from './run-rule.js';

describe('status-invalid', () => {
  it('reports statuses outside each kind’s values at the status field', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', status: 'resovled' },
        { id: 'D2', status: 'done' },
      ],
      actions: [{ id: 'A1', status: 'imlpemented' }],
      outputs: [{ id: 'O1', status: 'resolved' }],
    });
    const findings = runRule(statusInvalid, reg);
    expect(places(findings)).toEqual([
      { rule: 'status-invalid', file: 'decisions/review.yml', line: 4, column: 5, item: 'D1' },
      { rule: 'status-invalid', file: 'decisions/review.yml', line: 7, column: 5, item: 'D2' },
      { rule: 'status-invalid', file: 'decisions/review.yml', line: 11, column: 5, item: 'A1' },
      { rule: 'status-invalid', file: 'decisions/review.yml', line: 15, column: 5, item: 'O1' },
    ]);
    expect(findings[0]!.message).toBe(
      'Decision D1 has status "resovled"; use one of open, resolved, assigned, blocked, deferred, superseded (did you mean resolved?)',
    );
    // Hints come from the canonical values and their synonyms, mapped to the item's kind.
    expect(findings[1]!.message).toContain('(did you mean resolved?)');
    expect(findings[2]!.message).toBe(
      'Action A1 has status "imlpemented"; use one of open, done, dropped (did you mean done?)',
    );
    // No span known (a hand-built register): no fix.
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('suggests the exact value when only the case is wrong', () => {
    const [finding] = runRule(statusInvalid, makeRegister({ decisions: [{ id: 'D1', status: 'Resolved' }] }));
    expect(finding!.message).toContain('(did you mean resolved?)');
  });

  it('accepts every allowed status and a missing or blank one', () => {
    const reg = makeRegister({
      decisions: ['open', 'resolved', 'assigned', 'blocked', 'deferred', 'superseded', undefined, ''].map(
        (status, i) => ({
          id: `D${i}`,
          status,
        }),
      ),
      actions: [{ id: 'A1', status: 'done' }, { id: 'A2', status: 'dropped' }, { id: 'A3' }],
      outputs: [{ id: 'O1', status: 'open' }],
    });
    expect(runRule(statusInvalid, reg)).toEqual([]);
  });

  it('names an item without id by its title', () => {
    const [finding] = runRule(
      statusInvalid,
      makeRegister({ decisions: [{ title: 'Adopt @okta', status: 'x' }] }),
    );
    expect(finding!.item).toBeNull();
    expect(finding!.message).toMatch(/^Decision "Adopt @okta" has status "x"/);
  });
});

describe('closestMatch', () => {
  it('finds candidates at most two edits away, counting a swap as one', () => {
    expect(editDistance('imlpement', 'implement')).toBe(1);
    expect(closestMatch('dropd', ['open', 'done', 'dropped'])).toBe('dropped');
    expect(closestMatch('finished', ['open', 'done', 'dropped'])).toBeUndefined();
  });
});
