import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCell, quoteUserText } from '../../src/text/markdown-escape.js';
import { findAll, parseGfm, textOf } from '../render/parse-gfm.js';

const ZWSP = '\u200b';
const SPECIALS = [
  '@',
  '#',
  '1',
  '<',
  '>',
  '&',
  '|',
  '\\',
  '`',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '~',
  '$',
  '!',
  ':',
];
const WHITESPACE = ['\n', '\r', '\t', ' ', '\u2028', '\u00a0'];
/** Strings dense in Markdown-significant characters, plus arbitrary Unicode. */
const userText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      ...SPECIALS,
      ...WHITESPACE,
      'a',
      'dkim',
      'org/team',
      'b.c',
      '-',
      '&#64;',
      'www.x.io',
    ),
  }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

/** What a reader should see for `text`: the same characters with a zero-width space after @ and #digit. */
function expectedVisible(text: string): string {
  return text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/(https?):(?=\/\/)/gi, `$1:${ZWSP}`)
    .replace(/(www)\./gi, `$1${ZWSP}.`)
    .replace(/\s+/g, ' ')
    .trim();
}

describe('quoteUserText', () => {
  it('neutralises mentions of people and teams, and emails', () => {
    expect(quoteUserText('@dkim')).toBe('@&#8203;dkim');
    expect(quoteUserText('ask @org/team')).toBe('ask @&#8203;org/team');
    expect(quoteUserText('a@b.c')).toBe('a@&#8203;b.c');
  });

  it('escapes HTML, including user-written entities', () => {
    expect(quoteUserText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(quoteUserText('&lt;b&gt; &amp;')).toBe('&amp;lt;b&amp;gt; &amp;amp;');
    expect(quoteUserText('&#64;dkim')).toBe('&amp;#&#8203;64;dkim');
  });

  it('never opens code spans, links, emphasis or math', () => {
    expect(quoteUserText('`code` ```')).toBe('&#96;code&#96; &#96;&#96;&#96;');
    expect(quoteUserText('[x](https://evil) *a* _b_ ~~c~~ $d$')).toBe(
      '\\[x\\](https:&#8203;//evil) \\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\$d\\$',
    );
  });

  it('keeps bare URLs from becoming links (GFM autolinks http://, https:// and www.)', () => {
    expect(quoteUserText('see https://evil.example/x or WWW.evil.example')).toBe(
      'see https:&#8203;//evil.example/x or WWW&#8203;.evil.example',
    );
    const tree = parseGfm(quoteUserText('x https://evil.example/x www.evil.example'));
    expect(findAll(tree, 'link')).toEqual([]);
  });

  it('escapes pipes and backslashes so a trailing backslash cannot un-escape a pipe', () => {
    expect(quoteUserText('a|b')).toBe('a\\|b');
    expect(quoteUserText('a\\|b')).toBe('a\\\\\\|b');
  });

  it('breaks issue references but keeps other hashes literal', () => {
    expect(quoteUserText('fixes #123 and org/repo#4')).toBe('fixes #&#8203;123 and org/repo#&#8203;4');
    expect(quoteUserText('# not a heading')).toBe('\\# not a heading');
  });

  it('keeps everything on one line and drops bidi overrides', () => {
    expect(quoteUserText('a\r\nb\nc\u2028d')).toBe('a  b c d');
    expect(quoteUserText('abc\u202edef')).toBe('abcdef');
  });

  it('never outputs a raw <, a pinging @, an unescaped |, a backtick or a newline', () => {
    fc.assert(
      fc.property(userText, (text) => {
        for (const out of [quoteUserText(text), escapeCell(text)]) {
          expect(out).not.toMatch(/[<`\n\r]/);
          expect(out).not.toMatch(/@[\p{L}\p{N}_]/u);
          // Every | is preceded by an odd run of backslashes.
          for (const match of out.matchAll(/(\\*)\|/g)) expect(match[1]!.length % 2).toBe(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeCell', () => {
  it('collapses whitespace and trims', () => {
    expect(escapeCell('  two\n\nlines\there  ')).toBe('two lines here');
    expect(escapeCell('')).toBe('');
  });

  it('renders as the original text inside one GFM table cell, with no HTML, code or mention', () => {
    fc.assert(
      fc.property(userText, (text) => {
        const tree = parseGfm(`| A | B |\n| --- | --- |\n| ${escapeCell(text)} | end |\n`);
        const tables = findAll(tree, 'table');
        expect(tables).toHaveLength(1);
        const rows = findAll(tables[0]!, 'tableRow');
        expect(rows).toHaveLength(2);
        const cells = findAll(rows[1]!, 'tableCell');
        expect(cells).toHaveLength(2);
        expect(textOf(cells[1]!)).toBe('end');
        expect(findAll(cells[0]!, 'html')).toEqual([]);
        expect(findAll(cells[0]!, 'inlineCode')).toEqual([]);
        // micromark finds GFM autolink literals before decoding entities (GitHub does so after),
        // so the visible text is compared only for cells without links.
        if (findAll(cells[0]!, 'link').length === 0) expect(textOf(cells[0]!)).toBe(expectedVisible(text));
      }),
      { numRuns: 500 },
    );
  });
});
