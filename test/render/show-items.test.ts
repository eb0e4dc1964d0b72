import { describe, expect, it } from 'vitest';
import type { Register } from '../../src/model/register.js';
import { renderShowText } from '../../src/render/render-show.js';
import { showRegisters } from '../../src/render/show-items.js';

const pos = { file: 'n.md', line: 4, column: 3 };

describe('showRegisters', () => {
  it('keeps the issue number, the due and status as written, and extra columns', () => {
    const register: Register = {
      file: 'n.md',
      format: 'markdown',
      decisions: [],
      actions: [
        {
          kind: 'action',
          pos,
          at: {},
          source: 'task-list',
          title: 'Draft the plan',
          owner: '@ann',
          owners: ['@ann', 'Bo'],
          due: '03/04/2026',
          status: 'open',
          written: { status: '[ ]', due: '03/04/2026' },
          text: '- [ ] @ann and Bo draft the plan by 03/04/2026 (#12)',
          extra: { Priority: 'high' },
          issue: 12,
        },
      ],
      outputs: [],
      prose: [],
    };
    const [item] = showRegisters([register], []).files[0]!.items;
    expect(item).toEqual({
      kind: 'action',
      line: 4,
      column: 3,
      source: 'task-list',
      id: null,
      title: 'Draft the plan',
      owners: ['@ann', 'Bo'],
      due: null,
      due_text: '03/04/2026',
      status: 'open',
      status_text: '[ ]',
      text: '- [ ] @ann and Bo draft the plan by 03/04/2026 (#12)',
      extra: { Priority: 'high' },
      issue: 12,
    });
    // The text format names the issue too; an item without one shows none.
    const text = renderShowText(showRegisters([register], []));
    expect(text).toContain('due 03/04/2026  issue #12  Draft the plan');
    const { issue: _issue, ...without } = register.actions[0]!;
    expect(renderShowText(showRegisters([{ ...register, actions: [without] }], []))).not.toContain('issue #');
  });

  it('reads a missing status as open and an unknown one as null with its text', () => {
    const base = { kind: 'decision' as const, pos, at: {}, depends_on: [], blocked_by: [], topics: [] };
    const register: Register = {
      file: 'n.md',
      format: 'yaml',
      decisions: [base, { ...base, pos: { ...pos, line: 9 }, status: 'imlpemented' }],
      actions: [],
      outputs: [],
      prose: [],
    };
    const items = showRegisters([register], [], { parked: 'deferred' }).files[0]!.items;
    expect(items.map((i) => [i.source, i.status, i.status_text])).toEqual([
      ['yaml', 'open', undefined],
      ['yaml', null, 'imlpemented'],
    ]);
  });
});
