import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/check/summarize.js';
import type { Finding } from '../../src/model/finding.js';
import { makeRegister } from '../support/make-register.js';

describe('summarize', () => {
  it('counts files, decisions, errors and warnings', () => {
    const registers = [
      makeRegister({ file: 'a.yml', decisions: [{ id: 'D1' }, { id: 'D2' }], actions: [{ id: 'A1' }] }),
      makeRegister({ file: 'b.yml', decisions: [{ id: 'D3' }] }),
      makeRegister({ file: 'c.md' }),
    ];
    const base = { file: 'a.yml', line: 1, column: 1, message: 'm', item: null } as const;
    const findings: Finding[] = [
      { ...base, rule: 'owner-missing', severity: 'error' },
      { ...base, rule: 'overdue', severity: 'warning' },
      { ...base, rule: 'due-missing', severity: 'error' },
    ];
    expect(summarize(findings, registers)).toEqual({ files: 3, decisions: 3, errors: 2, warnings: 1 });
    expect(summarize([], [])).toEqual({ files: 0, decisions: 0, errors: 0, warnings: 0 });
  });
});
