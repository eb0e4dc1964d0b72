import { describe, expect, it } from 'vitest';
import { checkRegisters } from '../../src/check/check-registers.js';
import { defaultConfig } from '../../src/config/default-config.js';
import type { RawFinding } from '../../src/model/finding.js';
import { buildRepoIndex } from '../../src/model/repo-index.js';
import { makeRegister } from '../support/make-register.js';

const TODAY = '2026-01-15';

function configWith(rules: Partial<ReturnType<typeof defaultConfig>['rules']> = {}) {
  const config = defaultConfig();
  return { ...config, rules: { ...config.rules, ...rules } };
}

const register = makeRegister({
  review: { date: '2026-01-10' },
  decisions: [{ id: 'D1', status: 'open' }],
});

describe('checkRegisters', () => {
  it('runs the rules and gives findings their default severities, sorted', () => {
    const findings = checkRegisters({ registers: [register], config: defaultConfig(), today: TODAY });
    expect(findings.map((f) => [f.line, f.column, f.rule, f.severity, f.item])).toEqual([
      [4, 3, 'owner-missing', 'error', 'D1'],
      [6, 5, 'decision-undecided', 'warning', 'D1'],
    ]);
  });

  it('applies severity overrides: off silences, warning and error re-grade', () => {
    const findings = checkRegisters({
      registers: [register],
      config: configWith({
        'owner-missing': 'warning',
        'decision-undecided': 'off',
        'parse-error': 'warning',
      }),
      today: TODAY,
      parseFindings: [
        { file: 'decisions/bad.yml', line: 3, column: 1, rule: 'parse-error', message: 'bad', item: null },
      ],
    });
    expect(findings.map((f) => [f.file, f.rule, f.severity])).toEqual([
      ['decisions/bad.yml', 'parse-error', 'warning'],
      ['decisions/review.yml', 'owner-missing', 'warning'],
    ]);
    const upgraded = checkRegisters({
      registers: [register],
      config: configWith({ 'decision-undecided': 'error' }),
      today: TODAY,
    });
    expect(upgraded.find((f) => f.rule === 'decision-undecided')?.severity).toBe('error');
  });

  it('drops parse findings whose rule is off and removes duplicates', () => {
    const parse: RawFinding = { file: 'a.yml', line: 1, column: 1, rule: 'schema', message: 'x', item: null };
    const on = checkRegisters({
      registers: [],
      parseFindings: [parse, { ...parse }],
      config: defaultConfig(),
      today: TODAY,
    });
    expect(on).toEqual([{ ...parse, severity: 'error' }]);
    const off = checkRegisters({
      registers: [],
      parseFindings: [parse],
      config: configWith({ schema: 'off' }),
      today: TODAY,
    });
    expect(off).toEqual([]);
  });

  it('removes a duplicate that is not next to its twin, and keeps findings that differ only in text', () => {
    // Sorting orders by place and rule only: twins can be apart within one place.
    const at = { file: 'a.yml', line: 3, column: 5, rule: 'schema' as const };
    const x: RawFinding = { ...at, message: 'x', item: null };
    const y: RawFinding = { ...at, message: 'y', item: null };
    const xOfD1: RawFinding = { ...at, message: 'x', item: 'D1' };
    const elsewhere: RawFinding = { ...x, line: 4 };
    const found = checkRegisters({
      registers: [],
      parseFindings: [x, y, xOfD1, { ...x }, elsewhere, { ...y }],
      config: defaultConfig(),
      today: TODAY,
    });
    expect(found.map((f) => `${f.line}:${f.item}:${f.message}`)).toEqual([
      '3:null:x',
      '3:null:y',
      '3:D1:x',
      '4:null:x',
    ]);
  });

  it('reports on the targets only while using all registers for ids', () => {
    const a = makeRegister({
      file: 'decisions/a.yml',
      decisions: [{ id: 'D1', status: 'resolved', resolution: 'Yes', depends_on: ['D2'] }],
    });
    const b = makeRegister({ file: 'decisions/b.yml', decisions: [{ id: 'D2', status: 'open' }] });
    const findings = checkRegisters({
      registers: [a, b],
      targets: [a],
      config: defaultConfig(),
      today: TODAY,
    });
    expect(findings).toEqual([]);
    const alone = checkRegisters({ registers: [a], config: defaultConfig(), today: TODAY });
    expect(alone.map((f) => f.rule)).toEqual(['dependency-unknown']);
  });
});

describe('buildRepoIndex', () => {
  it('lists every definition of an id in file and line order, skipping blank ids', () => {
    const b = makeRegister({ file: 'b.yml', decisions: [{ id: 'D1' }], actions: [{ id: ' ' }] });
    const a = makeRegister({ file: 'a.yml', decisions: [{ title: 'x' }, { id: 'D1 ' }] });
    const index = buildRepoIndex([b, a]);
    expect([...index.byId.keys()]).toEqual(['D1']);
    expect(index.byId.get('D1')!.map((ref) => `${ref.register.file}:${ref.item.pos.line}`)).toEqual([
      'a.yml:4',
      'b.yml:2',
    ]);
  });
});
