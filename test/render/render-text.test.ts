import { describe, expect, it } from 'vitest';
import { renderText, sanitizeTerminalText } from '../../src/render/render-text.js';
import { makeFinding, SAMPLE_FINDINGS } from './make-finding.js';

const ESC = '\u001b';

describe('renderText', () => {
  it('groups by file with aligned columns and a closing line', () => {
    const out = renderText(
      SAMPLE_FINDINGS,
      { files: 2, decisions: 8, errors: 2, warnings: 1 },
      { color: false },
    );
    expect(out).toBe(
      [
        'docs/a.md',
        '  3:1   error    Unexpected table row             parse-error',
        '  12:5  error    Decision D3 has no owner         owner-missing',
        '',
        'docs/b.yml',
        '  4:3   warning  Action A2 was due on 2024-05-01  overdue',
        '',
        '✖ 2 errors, 1 warning in 2 files (8 decisions)',
        '',
      ].join('\n'),
    );
  });

  it('prints only the all-clear line when there are no findings', () => {
    expect(renderText([], { files: 2, decisions: 8, errors: 0, warnings: 0 }, { color: false })).toBe(
      '✔ No problems in 2 files (8 decisions)\n',
    );
  });

  it('uses singular nouns for one', () => {
    const out = renderText(
      [makeFinding({ severity: 'warning', rule: 'overdue' })],
      {
        files: 1,
        decisions: 1,
        errors: 0,
        warnings: 1,
      },
      { color: false },
    );
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 1 warning in 1 file (1 decision)');
  });

  it('adds ANSI colours only when asked', () => {
    const summary = { files: 2, decisions: 8, errors: 2, warnings: 1 };
    expect(renderText(SAMPLE_FINDINGS, summary, { color: false })).not.toContain(ESC);
    const coloured = renderText(SAMPLE_FINDINGS, summary, { color: true });
    expect(coloured).toContain(`${ESC}[31merror  ${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[33mwarning${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[1;31m✖ 2 errors, 1 warning in 2 files (8 decisions)${ESC}[0m`);
    // Stripping the codes gives back the plain rendering.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(
      renderText(SAMPLE_FINDINGS, summary, { color: false }),
    );
  });

  it('colours the all-clear line green', () => {
    expect(renderText([], { files: 1, decisions: 0, errors: 0, warnings: 0 }, { color: true })).toBe(
      `${ESC}[1;32m✔ No problems in 1 file (0 decisions)${ESC}[0m\n`,
    );
  });

  it('keeps each finding on one line and lets no user text drive the terminal', () => {
    const out = renderText(
      [makeFinding({ message: `two\nlines ${ESC}[2J cleared`, file: `evil${ESC}]0;title\u0007.md` })],
      { files: 1, decisions: 1, errors: 1, warnings: 0 },
      { color: false },
    );
    expect(out).not.toContain(ESC);
    expect(out).toContain('two lines \uFFFD[2J cleared');
    expect(out.split('\n')).toHaveLength(5);
  });
});

describe('sanitizeTerminalText', () => {
  it('maps whitespace controls to spaces and others to U+FFFD', () => {
    expect(sanitizeTerminalText('a\r\nb\tc\u0000d\u009be')).toBe('a  b c\uFFFDd\uFFFDe');
  });
});
