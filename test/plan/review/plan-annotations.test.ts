import { describe, expect, it } from 'vitest';
import type { CheckAnnotation } from '../../../src/github/github-port.js';
import type { RuleId } from '../../../src/model/rule-catalogue.js';
import { utf8Length } from '../../../src/plan/review/fit-findings.js';
import {
  CHECK_MESSAGE_MAX_BYTES,
  planAnnotations,
  planCheckAnnotations,
  truncateUtf8,
} from '../../../src/plan/review/plan-annotations.js';
import { makeFinding } from '../../render/make-finding.js';

describe('planAnnotations', () => {
  it('shows everything when within the per-type cap', () => {
    const findings = [makeFinding(), makeFinding({ rule: 'overdue', severity: 'warning' })];
    expect(planAnnotations(findings)).toEqual({ shown: findings, hidden: { errors: 0, warnings: 0 } });
  });

  it('keeps the 10 most important errors and warnings and counts the rest', () => {
    const errorRules: RuleId[] = ['dependency-cycle', 'owner-missing', 'parse-error', 'due-missing'];
    const errors = Array.from({ length: 16 }, (_, index) =>
      makeFinding({ rule: errorRules[index % 4]!, line: index + 1, file: index < 8 ? 'f1.md' : 'f0.md' }),
    );
    const warnings = Array.from({ length: 12 }, (_, index) =>
      makeFinding({
        rule: index < 2 ? 'overdue' : 'followup-implied',
        severity: 'warning',
        line: 50 - index,
      }),
    );
    const plan = planAnnotations([...warnings, ...errors]);
    expect(plan.hidden).toEqual({ errors: 6, warnings: 2 });
    expect(plan.shown).toHaveLength(20);
    const shownErrors = plan.shown.slice(0, 10);
    expect(shownErrors.map((f) => f.rule)).toEqual([
      ...Array(4).fill('parse-error'),
      ...Array(4).fill('owner-missing'),
      ...Array(2).fill('due-missing'),
    ]);
    // Within a rule, file order then line order.
    expect(shownErrors.slice(0, 4).map((f) => `${f.file}:${f.line}`)).toEqual([
      'f0.md:11',
      'f0.md:15',
      'f1.md:3',
      'f1.md:7',
    ]);
    expect(plan.shown.slice(10).every((f) => f.severity === 'warning')).toBe(true);
    expect(plan.shown.slice(10, 12).map((f) => f.rule)).toEqual(['overdue', 'overdue']);
  });

  it('honours maxPerType', () => {
    const findings = Array.from({ length: 3 }, (_, line) => makeFinding({ line }));
    expect(planAnnotations(findings, { maxPerType: 1 }).hidden).toEqual({ errors: 2, warnings: 0 });
  });
});

describe('planCheckAnnotations', () => {
  it('maps every finding to a one-line annotation with its column', () => {
    const annotations: CheckAnnotation[] = planCheckAnnotations([
      makeFinding({ line: 12, column: 5, message: 'Decision D3 has no owner' }),
      makeFinding({ line: 0, column: 0, rule: 'overdue', severity: 'warning', message: 'late' }),
    ]);
    expect(annotations).toEqual([
      {
        path: 'docs/decisions.md',
        start_line: 12,
        end_line: 12,
        start_column: 5,
        end_column: 5,
        annotation_level: 'failure',
        message: 'Decision D3 has no owner',
        title: 'owner-missing',
      },
      {
        path: 'docs/decisions.md',
        start_line: 1,
        end_line: 1,
        annotation_level: 'warning',
        message: 'late',
        title: 'overdue',
      },
    ]);
  });

  it('does not cap the number of annotations', () => {
    expect(planCheckAnnotations(Array.from({ length: 120 }, () => makeFinding()))).toHaveLength(120);
  });

  it('cuts messages to 64 KB', () => {
    const [annotation] = planCheckAnnotations([makeFinding({ message: '€'.repeat(30_000) })]);
    expect(utf8Length(annotation!.message)).toBeLessThanOrEqual(CHECK_MESSAGE_MAX_BYTES);
    expect(annotation!.message.endsWith('€…')).toBe(true);
  });
});

describe('truncateUtf8', () => {
  it('leaves short text alone and never splits a character', () => {
    expect(truncateUtf8('abc', 3)).toBe('abc');
    expect(truncateUtf8('a😀b', 6)).toBe('a😀b');
    expect(truncateUtf8('a😀b', 5)).toBe('a…');
    expect(truncateUtf8('abcdef', 5)).toBe('ab…');
  });
});
