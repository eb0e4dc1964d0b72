import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/model/rule-catalogue.js';
import { compareByPriority, RULE_PRIORITY, rulePriority } from '../../../src/plan/review/rule-priority.js';
import { makeFinding } from '../../render/make-finding.js';

describe('RULE_PRIORITY', () => {
  it('ranks every catalogue rule exactly once', () => {
    expect([...RULE_PRIORITY].sort()).toEqual([...RULE_IDS].sort());
  });

  it('starts with parse and schema problems, then owners and dates, before dependencies', () => {
    expect(RULE_PRIORITY.slice(0, 2)).toEqual(['parse-error', 'schema']);
    expect(rulePriority('owner-missing')).toBeLessThan(rulePriority('due-missing'));
    expect(rulePriority('due-missing')).toBeLessThan(rulePriority('dependency-cycle'));
    expect(rulePriority('not-a-rule')).toBe(RULE_IDS.length);
  });
});

describe('compareByPriority', () => {
  it('orders by rule priority, then file, line and column', () => {
    const sorted = [
      makeFinding({ rule: 'due-missing', file: 'a.md' }),
      makeFinding({ rule: 'owner-missing', file: 'b.md', line: 9 }),
      makeFinding({ rule: 'owner-missing', file: 'b.md', line: 2 }),
      makeFinding({ rule: 'owner-missing', file: 'a.md', line: 50 }),
    ].sort(compareByPriority);
    expect(sorted.map((f) => `${f.rule}@${f.file}:${f.line}`)).toEqual([
      'owner-missing@a.md:50',
      'owner-missing@b.md:2',
      'owner-missing@b.md:9',
      'due-missing@a.md:1',
    ]);
  });
});
