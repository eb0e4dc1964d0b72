import { describe, expect, it } from 'vitest';
import { blobUrl, itemKey, mention, renderFindingsTables } from '../../src/text/render-findings-markdown.js';
import { makeFinding, SAMPLE_FINDINGS } from '../render/make-finding.js';
import { findAll, parseGfm } from '../render/parse-gfm.js';

const LINK = { serverUrl: 'https://github.com', owner: 'acme', repo: 'plans', headSha: 'abc123' };

describe('blobUrl', () => {
  it('links to the line at the head commit', () => {
    expect(blobUrl(LINK, 'docs/a.md', 12)).toBe('https://github.com/acme/plans/blob/abc123/docs/a.md#L12');
  });

  it('encodes each path segment, including characters that would end a Markdown link', () => {
    expect(blobUrl(LINK, 'docs/q3 (draft)/#1 ü.md', 2)).toBe(
      'https://github.com/acme/plans/blob/abc123/docs/q3%20%28draft%29/%231%20%C3%BC.md#L2',
    );
  });

  it('drops a trailing slash of the server URL and the anchor for line 0', () => {
    expect(blobUrl({ ...LINK, serverUrl: 'https://ghe.example.com/' }, 'a.md', 0)).toBe(
      'https://ghe.example.com/acme/plans/blob/abc123/a.md',
    );
  });
});

describe('mention', () => {
  it('mentions logins and teams, with or without the @', () => {
    expect(mention('dkim')).toBe('@dkim');
    expect(mention('@dkim')).toBe('@dkim');
    expect(mention('@org/team-a')).toBe('@org/team-a');
  });

  it('quotes anything else so that it pings nobody', () => {
    expect(mention('Dana Kim')).toBe('Dana Kim');
    expect(mention('@x <b>')).toBe('@&#8203;x &lt;b&gt;');
    expect(mention('a@b.c')).toBe('a@&#8203;b.c');
  });
});

describe('renderFindingsTables', () => {
  it('renders one table per file, errors first, with linked lines', () => {
    expect(renderFindingsTables(SAMPLE_FINDINGS, { link: LINK })).toBe(
      [
        '#### docs/a.md — 2 errors',
        '',
        '| Item | Rule | Message | Line |',
        '| --- | --- | --- | --- |',
        '| — | ❌ `parse-error` | Unexpected table row | [3](https://github.com/acme/plans/blob/abc123/docs/a.md#L3) |',
        '| D3 | ❌ `owner-missing` | Decision D3 has no owner | [12](https://github.com/acme/plans/blob/abc123/docs/a.md#L12) |',
        '',
        '#### docs/b.yml — 1 warning',
        '',
        '| Item | Rule | Message | Line |',
        '| --- | --- | --- | --- |',
        '| A2 | ⚠️ `overdue` | Action A2 was due on 2024-05-01 | [4](https://github.com/acme/plans/blob/abc123/docs/b.yml#L4) |',
      ].join('\n'),
    );
  });

  it('puts errors before warnings regardless of line', () => {
    const out = renderFindingsTables([
      makeFinding({ line: 1, rule: 'overdue', severity: 'warning', message: 'w' }),
      makeFinding({ line: 9, message: 'e' }),
    ]);
    expect(out.indexOf('| e |')).toBeLessThan(out.indexOf('| w |'));
    expect(out).toContain('| D1 | ❌ `owner-missing` | e | 9 |'); // a plain line number without a link
  });

  it('escapes user text in paths, items and messages', () => {
    const out = renderFindingsTables([
      makeFinding({ file: 'docs/@team|<x>.md', item: 'D|1', message: 'ask @dkim about `x` | <img>' }),
    ]);
    expect(out).not.toMatch(/@\w/);
    expect(out).not.toContain('<');
    const rows = findAll(findAll(parseGfm(out), 'table')[0]!, 'tableRow');
    expect(rows.map((row) => findAll(row, 'tableCell').length)).toEqual([4, 4]);
  });

  it('adds an Owners line only when mentions are given, with the owners of items that have findings', () => {
    const findings = [makeFinding({ item: 'D1' }), makeFinding({ item: 'D2' }), makeFinding({ item: null })];
    const mentions = new Map([
      [itemKey('docs/decisions.md', 'D1'), ['dkim', '@org/team']],
      [itemKey('docs/decisions.md', 'D2'), ['dkim', 'not a login!']],
      [itemKey('docs/decisions.md', 'D9'), ['nobody']],
    ]);
    expect(renderFindingsTables(findings)).not.toContain('Owners');
    expect(renderFindingsTables(findings, { mentions })).toContain(
      '\n\nOwners: @dkim, @org/team, not a login!\n\n',
    );
  });

  it('counts all findings of a file in the heading when only some rows are shown', () => {
    const all = [makeFinding({ line: 1 }), makeFinding({ line: 2 }), makeFinding({ line: 3 })];
    const out = renderFindingsTables(all.slice(0, 1), { allFindings: all });
    expect(out.split('\n')[0]).toBe('#### docs/decisions.md — 3 errors');
    expect(out.match(/^\| D1 /gm)).toHaveLength(1);
  });

  it('renders nothing for no findings', () => {
    expect(renderFindingsTables([])).toBe('');
  });
});
