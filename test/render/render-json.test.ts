import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/render-json.js';
import { makeFinding, SAMPLE_FINDINGS } from './make-finding.js';

describe('renderJson', () => {
  it('renders one newline-terminated object with keys in the documented order', () => {
    const out = renderJson(
      [makeFinding({ line: 12, column: 5, message: 'Decision D3 has no owner', item: 'D3' })],
      {
        files: 1,
        decisions: 4,
        errors: 1,
        warnings: 0,
      },
    );
    expect(out).toBe(
      '{"version":1,"summary":{"files":1,"decisions":4,"errors":1,"warnings":0},"findings":[' +
        '{"file":"docs/decisions.md","line":12,"column":5,"rule":"owner-missing","severity":"error",' +
        '"message":"Decision D3 has no owner","item":"D3"}]}\n',
    );
  });

  it('writes item null for file-level findings and sorts by file, line, column', () => {
    const parsed = JSON.parse(
      renderJson(SAMPLE_FINDINGS, { files: 2, decisions: 8, errors: 2, warnings: 1 }),
    );
    expect(parsed.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual([
      'docs/a.md:3',
      'docs/a.md:12',
      'docs/b.yml:4',
    ]);
    expect(parsed.findings[0].item).toBeNull();
    expect(Object.keys(parsed.findings[0])).toEqual([
      'file',
      'line',
      'column',
      'rule',
      'severity',
      'message',
      'item',
    ]);
  });

  it('keeps tricky message text intact through JSON escaping', () => {
    const message = 'Quote " backslash \\ newline \n tab \t unicode ✓ \u2028';
    const out = renderJson([makeFinding({ message })], { files: 1, decisions: 1, errors: 1, warnings: 0 });
    expect(out.split('\n').length).toBe(2);
    expect(JSON.parse(out).findings[0].message).toBe(message);
  });

  it('writes a certain fix as its description and edits, last, and no fix key without one', () => {
    const edits = [{ line: 4, column: 12, endLine: 4, endColumn: 16, text: '"@dkim"' }];
    const out = renderJson(
      [
        makeFinding({
          rule: 'owner-unknown',
          line: 4,
          fix: { description: 'Write the owner as @dkim', edits },
        }),
        makeFinding({ line: 9 }),
      ],
      { files: 1, decisions: 2, errors: 1, warnings: 1 },
    );
    const [fixed, plain] = JSON.parse(out).findings;
    expect(Object.keys(fixed).at(-1)).toBe('fix');
    expect(fixed.fix).toEqual({ description: 'Write the owner as @dkim', edits });
    expect(plain).not.toHaveProperty('fix');
  });

  it('renders an empty findings array for a clean run', () => {
    expect(renderJson([], { files: 3, decisions: 0, errors: 0, warnings: 0 })).toBe(
      '{"version":1,"summary":{"files":3,"decisions":0,"errors":0,"warnings":0},"findings":[]}\n',
    );
  });
});
