import { describe, expect, it } from 'vitest';
import { filterFindings } from '../../src/check/filter-findings.js';
import type { Finding } from '../../src/model/finding.js';
import type { RuleId } from '../../src/model/rule-catalogue.js';

function finding(file: string, rule: RuleId, item: string | null, line = 1): Finding {
  return { file, line, column: 1, rule, severity: 'error', message: rule, item };
}

const findings: Finding[] = [
  finding('a.yml', 'owner-missing', 'D1'), // changed item
  finding('a.yml', 'owner-missing', 'D2'), // unchanged item in a changed file
  finding('a.yml', 'parse-error', null),
  finding('a.yml', 'owners-absent', null), // about the review, which changed
  finding('b.yml', 'schema', null), // unchanged file
  finding('b.yml', 'owner-missing', 'D9'),
  finding('c.md', 'core-group-missing', null), // changed file, review unchanged
  finding('c.md', 'followup-implied', null, 7), // changed prose line
  finding('c.md', 'followup-implied', null, 9), // old prose line
  finding('old.yml', 'decision-removed', 'D5'),
  finding('b.yml', 'status-regressed', 'D9'),
];

const scope = {
  changedFiles: new Set(['a.yml', 'c.md', 'old.yml']),
  changedItems: new Set(['a.yml#D1']),
  changedReviews: new Set(['a.yml']),
  changedProse: new Set(['c.md:7']),
};

const labels = (list: Finding[]) => list.map((f) => `${f.file}:${f.rule}:${f.item ?? f.line}`);

describe('filterFindings', () => {
  it('nofilter keeps everything', () => {
    expect(filterFindings(findings, 'nofilter', scope)).toEqual(findings);
  });

  it('file keeps findings in changed files, plus the diff rules', () => {
    expect(labels(filterFindings(findings, 'file', scope))).toEqual([
      'a.yml:owner-missing:D1',
      'a.yml:owner-missing:D2',
      'a.yml:parse-error:1',
      'a.yml:owners-absent:1',
      'c.md:core-group-missing:1',
      'c.md:followup-implied:7',
      'c.md:followup-implied:9',
      'old.yml:decision-removed:D5',
      'b.yml:status-regressed:D9',
    ]);
  });

  it('added keeps changed items, parse/schema and changed-review or changed-prose findings, and the diff rules', () => {
    expect(labels(filterFindings(findings, 'added', scope))).toEqual([
      'a.yml:owner-missing:D1',
      'a.yml:parse-error:1',
      'a.yml:owners-absent:1',
      'c.md:followup-implied:7',
      'old.yml:decision-removed:D5',
      'b.yml:status-regressed:D9',
    ]);
  });

  it('added falls back to changed reviews for prose findings when no prose changes are given', () => {
    const { changedProse: _, ...withoutProse } = scope;
    const kept = labels(
      filterFindings(findings, 'added', { ...withoutProse, changedReviews: new Set(['a.yml', 'c.md']) }),
    );
    expect(kept).toContain('c.md:followup-implied:9');
    expect(kept).toContain('c.md:core-group-missing:1');
  });
});
