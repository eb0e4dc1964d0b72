import { describe, expect, it } from 'vitest';
import type { Label } from '../../scripts/eval/corpus-labels.js';
import { matchLabels, type ReadItem } from '../../scripts/eval/match-items.js';

const label = (kind: Label['kind'], owner: string | null, extra: Partial<Label> = {}): Label => ({
  file: 'f.md',
  line: 3,
  kind,
  text: '',
  owner,
  due: null,
  status: null,
  ...extra,
});
const item = (kind: ReadItem['kind'], owners: string[], extra: Partial<ReadItem> = {}): ReadItem => ({
  file: 'f.md',
  line: 3,
  kind,
  owners,
  ...extra,
});

describe('matchLabels', () => {
  it('pairs labels sharing a line by kind, then owner, whatever order the items come in', () => {
    const labels = [label('action', null), label('action', 'Ingo'), label('decision', 'TAC')];
    const items = [item('decision', ['TAC']), item('action', ['Ingo'])];
    const { results } = matchLabels(labels, items, () => undefined);
    expect(results.map((r) => [r.item?.kind ?? null, r.kind && r.owner])).toEqual([
      [null, false],
      ['action', true],
      ['decision', true],
    ]);
  });

  it('takes a due as written when the read one was normalised, and struck-through as finished', () => {
    const labels = [label('action', null, { due: 'report next meeting', status: 'struck through' })];
    const items = [item('action', [], { due: '2019-10-09', dueWritten: 'next meeting', status: 'done' })];
    expect(matchLabels(labels, items, () => '2019-09-25').results[0]).toMatchObject({
      due: true,
      status: true,
    });
    // Control: another due, and an open item, do not match.
    const other = [item('action', [], { due: '2019-10-09', dueWritten: 'Oct 9', status: 'open' })];
    expect(matchLabels(labels, other, () => '2019-09-25').results[0]).toMatchObject({
      due: false,
      status: false,
    });
  });
});
