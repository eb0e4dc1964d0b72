import { type AnnotationProperties, error as coreError, warning as coreWarning } from '@actions/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  escapeCommandData,
  escapeCommandProperty,
  renderGithubAnnotations,
} from '../../src/render/render-github.js';
import { makeFinding, SAMPLE_FINDINGS } from './make-finding.js';

/** `::cmd k=v,k=v::data` → parts, properties keyed by name (order-free, as the runner reads them). */
function parseCommand(line: string) {
  const match = /^::(\w+) ([^:]*)::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a command: ${line}`);
  const properties = Object.fromEntries(match[2]!.split(',').map((pair) => pair.split(/=(.*)/s).slice(0, 2)));
  return { command: match[1], properties, data: match[3] };
}

/** What @actions/core itself writes for the same annotation. */
function coreOutput(kind: 'error' | 'warning', message: string, properties: AnnotationProperties): string {
  let written = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written += String(chunk);
    return true;
  });
  try {
    (kind === 'error' ? coreError : coreWarning)(message, properties);
  } finally {
    spy.mockRestore();
  }
  return written.replace(/\r?\n$/, '');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('renderGithubAnnotations', () => {
  it('writes one command per finding, errors as ::error and warnings as ::warning', () => {
    expect(renderGithubAnnotations(SAMPLE_FINDINGS)).toBe(
      [
        '::error file=docs/a.md,line=3,col=1,title=parse-error::Unexpected table row',
        '::error file=docs/a.md,line=12,col=5,title=owner-missing::Decision D3 has no owner',
        '::warning file=docs/b.yml,line=4,col=3,title=overdue::Action A2 was due on 2024-05-01',
        '',
      ].join('\n'),
    );
  });

  it('renders nothing for no findings', () => {
    expect(renderGithubAnnotations([])).toBe('');
  });

  it('escapes tricky messages and paths like @actions/core', () => {
    const out = renderGithubAnnotations([
      makeFinding({ file: 'docs/a,b:c%.md', message: '100% done\r\nnext: line, with ::error:: inside' }),
    ]);
    expect(out).toBe(
      '::error file=docs/a%2Cb%3Ac%25.md,line=1,col=1,title=owner-missing::' +
        '100%25 done%0D%0Anext: line, with ::error:: inside\n',
    );
  });

  it('matches @actions/core for arbitrary messages and paths', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', '%', '\r', '\n', ':', ',', '=', ' ', 'é', '0'),
          minLength: 1,
        }),
        fc.string({
          unit: fc.constantFrom('a', '%', '\r', '\n', ':', ',', '=', ' ', 'é', '0'),
          minLength: 1,
        }),
        fc.integer({ min: 1, max: 5000 }),
        (file, message, line) => {
          const ours = renderGithubAnnotations([makeFinding({ file, message, line, column: 2 })]).replace(
            /\n$/,
            '',
          );
          const theirs = coreOutput('error', message, {
            file,
            startLine: line,
            startColumn: 2,
            title: 'owner-missing',
          });
          expect(parseCommand(ours)).toEqual(parseCommand(theirs));
          expect(ours.split('\n')).toHaveLength(1);
        },
      ),
    );
  });
});

describe('escapeCommandData / escapeCommandProperty', () => {
  it('escape exactly the characters the runner decodes', () => {
    expect(escapeCommandData('%\r\n:,')).toBe('%25%0D%0A:,');
    expect(escapeCommandProperty('%\r\n:,')).toBe('%25%0D%0A%3A%2C');
  });
});
