import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/check/check-files.js';
import { defaultConfig } from '../../src/config/default-config.js';
import type { Finding } from '../../src/model/finding.js';
import { applyEdits } from '../../src/plan/fixes/apply-edits.js';

const TODAY = '2026-01-15';

function check(path: string, text: string, owners: Record<string, string> = {}): Finding[] {
  return checkFiles([{ path, content: text }], { ...defaultConfig(), owners }, TODAY).findings;
}

function fixed(text: string, findings: Finding[]): string {
  return applyEdits(
    text,
    findings.flatMap((f) => f.fix?.edits ?? []),
  ).text;
}

const YAML = `review:
  date: 2026-01-10
  attendees:
    - { name: Priya Raman, github: praman }
    - { name: Dana Kim, github: dkim }
decisions:
  - id: D1
    title: Pick a host
    status: assigned
    owner: Priya # the platform lead
    due: 2026-02-01
  - id: D2
    title: Pick a stack
    status: blocked
    owner: 'Dana'
    due: 2026-02-01
    depends_on: [D1 D3]
  - id: D3
    title: Pick a dashboard
    status: assigned
    owner: "@dkim"
    due: 2026-02-01
    depends_on: D1 and D2
  - title: Pick a vendor
    status: assigned
    owner: "@dkim"
    due: 2026-02-01
`;

describe('fixes on findings', () => {
  it('gives an owner name its one matching login, keeping comments and quotes', () => {
    const findings = check('decisions/r.yml', YAML);
    const owners = findings.filter((f) => f.rule === 'owner-unknown');
    expect(owners.map((f) => f.fix?.edits)).toEqual([
      [{ line: 10, column: 12, endLine: 10, endColumn: 17, text: '"@praman"' }],
      [{ line: 15, column: 12, endLine: 15, endColumn: 18, text: "'@dkim'" }],
    ]);
    const after = fixed(YAML, findings);
    expect(after).toContain('    owner: "@praman" # the platform lead\n');
    expect(after).toContain("    owner: '@dkim'\n");
  });

  it('separates depends_on ids, in a flow list and in a scalar', () => {
    const after = fixed(YAML, check('decisions/r.yml', YAML));
    expect(after).toContain('    depends_on: [D1, D3]\n');
    expect(after).toContain('    depends_on: [D1, D2]\n');
  });

  it('gives an item without id the next free id of its kind', () => {
    const findings = check('decisions/r.yml', YAML);
    const schema = findings.find((f) => f.rule === 'schema' && f.message.endsWith('has no id'));
    expect(schema?.fix?.description).toBe('Give it the next free id, D4');
    expect(fixed(YAML, findings)).toContain('  - id: D4\n    title: Pick a vendor\n');
  });

  it('the fixed file has none of the fixed findings left', () => {
    const findings = check('decisions/r.yml', YAML);
    const after = fixed(YAML, findings);
    const left = check('decisions/r.yml', after);
    expect(left.filter((f) => f.fix)).toEqual([]);
    expect(left.length).toBeLessThan(findings.length);
  });

  it('offers nothing when two people match', () => {
    const text = YAML.replace('Dana Kim, github: dkim', 'Priya Shah, github: pshah');
    const owner = check('decisions/r.yml', text).find((f) => f.rule === 'owner-unknown' && f.line === 10);
    expect(owner).toBeDefined();
    expect(owner?.fix).toBeUndefined();
  });

  it('fixes a Markdown table, re-padding only the touched cells', () => {
    const md = [
      '# Review',
      '',
      '## Decisions',
      '',
      '| ID | Decision    | Status   | Owner    | Due        | Depends on |',
      '|----|-------------|----------|----------|------------|------------|',
      '| D1 | Pick a host | assigned | Priya    | 2026-02-01 | —          |',
      '|    | Pick stack  | assigned | @praman  | 2026-02-01 | D1 / D3    |',
      '| D3 | Pick dash   | assigned | @praman  | 2026-02-01 | —          |',
      '',
    ].join('\r\n');
    const findings = check('decisions/r.md', md, { 'Priya Raman': '@praman' });
    const after = fixed(md, findings);
    expect(after.split('\r\n')).toEqual([
      '# Review',
      '',
      '## Decisions',
      '',
      '| ID | Decision    | Status   | Owner    | Due        | Depends on |',
      '|----|-------------|----------|----------|------------|------------|',
      '| D1 | Pick a host | assigned | @praman  | 2026-02-01 | —          |',
      // The tolerant Markdown reader accepts a row without id (no finding, so no fix).
      '|    | Pick stack  | assigned | @praman  | 2026-02-01 | D1, D3     |',
      '| D3 | Pick dash   | assigned | @praman  | 2026-02-01 | —          |',
      '',
    ]);
  });
});
