import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/check/check-files.js';
import { defaultConfig } from '../../../src/config/default-config.js';
import { parseRegister } from '../../../src/parse/parse-register.js';

const LOG = `# Architecture decision log

## Decisions

| # | Decision | Date |
|---|----------|------|
| 1 | Use Postgres for the ledger | 2024-01-05 |
| 2 | Publish events on Kafka | Mar 3, 2024 |
`;

describe('a decisions table with a date column and no status', () => {
  it('is a log of settled decisions: resolved, decided on that date, the decision as its resolution', () => {
    const { register, findings } = parseRegister('decisions/log.md', LOG);
    expect(findings).toEqual([]);
    expect(
      register.decisions.map((d) => [d.id, d.status, d.resolved_on, d.due, d.resolution, d.pos.line]),
    ).toEqual([
      ['1', 'resolved', '2024-01-05', undefined, 'Use Postgres for the ledger', 7],
      ['2', 'resolved', '2024-03-03', undefined, 'Publish events on Kafka', 8],
    ]);
    expect(register.decisions[0]?.at.status?.column).toBe(37);
  });

  it('demands no owner or due date of logged decisions', () => {
    const { findings } = checkFiles(
      [{ path: 'decisions/log.md', content: LOG }],
      defaultConfig(),
      '2026-01-01',
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('is not a log when a status or due column is there', () => {
    const withStatus = LOG.replace('| Date |', '| Date | Status |')
      .replace('|------|', '|------|--------|')
      .replace('2024-01-05 |', '2024-01-05 | open |')
      .replace('Mar 3, 2024 |', 'Mar 3, 2024 | open |');
    const { register } = parseRegister('decisions/log.md', withStatus);
    expect(register.decisions.map((d) => d.status)).toEqual(['open', 'open']);
    const withDue = LOG.replace('| Date |', '| Date | Due |')
      .replace('|------|', '|------|-----|')
      .replace('2024-01-05 |', '2024-01-05 | 2026-02-01 |')
      .replace('Mar 3, 2024 |', 'Mar 3, 2024 | |');
    const parsed = parseRegister('decisions/log.md', withDue);
    expect(parsed.register.decisions.map((d) => d.status)).toEqual([undefined, undefined]);
    expect(parsed.register.decisions.map((d) => d.resolution)).toEqual([undefined, undefined]);
  });
});
