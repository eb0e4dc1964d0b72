import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/parse/parse-register.js';

const FILES = ['r.yml', 'r.md', '-'] as const;

/** Line count as both parsers see it: CRLF, CR and LF each end a line. */
function lineCount(content: string | Uint8Array): number {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  return text.split(/\r\n|\r|\n/).length;
}

/** Text made of register-ish fragments, so the parsers get past their first line. */
const fragments = fc
  .array(
    fc.constantFrom(
      'decisions:\n',
      '  - id: D1\n',
      '    title: T\n',
      '    owner: "@a"\n',
      '    depends_on: [D2\n',
      'review: { date: 2026-11-24 }\n',
      '---\n',
      '# Decisions\n',
      '| ID | Title | Owner | Depends on |\n',
      '|---|---|---|---|\n',
      '| D1 | **T** | @a | HRIS (@h, due 2026-12-01); D2 |\n',
      '- item\n',
      '  - nested\n',
      '> quote\n',
      '```\n',
      '&a [*a]\n',
      '\r\n',
      '\t',
      '\\|',
      '\uFEFF',
      ':',
      '[',
      '{',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('parseRegister on arbitrary input', () => {
  it('never throws, and puts every finding inside the file', () => {
    const content = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string(), fc.uint8Array(), fragments);
    fc.assert(
      fc.property(content, fc.constantFrom(...FILES), (input, file) => {
        const { register, findings } = parseRegister(file, input);
        expect(Array.isArray(register.decisions)).toBe(true);
        const lines = lineCount(input);
        for (const finding of findings) {
          expect(['parse-error', 'schema']).toContain(finding.rule);
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.column).toBeGreaterThanOrEqual(1);
          expect(finding.line).toBeLessThanOrEqual(lines + 1);
          expect(finding.message).not.toMatch(/\n|\s+at\s.+:\d+:\d+/);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
