import { beforeAll, describe, expect, it } from 'vitest';
import { followupImplied, recordedBy } from '../../src/rules/followup-rules.js';
import { loadProseTagger } from '../../src/rules/prose/prose-tagger.js';
import { makeRegister } from '../support/make-register.js';
import { places, runRule } from './run-rule.js';

const FILE = 'decisions/review.md';

describe('followup-implied', () => {
  beforeAll(async () => {
    await loadProseTagger();
  });

  it('fires at each unmarked prose line that implies unrecorded work', () => {
    const reg = makeRegister({
      file: FILE,
      prose: [
        'We reviewed the SSO options.',
        'Priya will follow up with the vendor.\nTODO: Lena to archive the wiki',
        'Marco to send the notes',
      ],
    });
    const findings = runRule(followupImplied, reg);
    // The TODO line is an item (the readers read marked lines), so it is not "implied".
    expect(places(findings)).toEqual([
      { rule: 'followup-implied', file: FILE, line: 2, column: 1, item: null },
      { rule: 'followup-implied', file: FILE, line: 4, column: 1, item: null },
    ]);
    expect(findings[0]!.message).toBe(
      'Prose implies follow-up work that no action or output records: "Priya will follow up with the vendor."',
    );
  });

  it('is suppressed when an action or output names the work by id or by title', () => {
    const reg = makeRegister({
      file: FILE,
      actions: [{ id: 'A1', title: 'Send the meeting notes to the list' }],
      outputs: [{ id: 'O2', title: 'Vendor pricing comparison' }],
      prose: [
        'Marco to send the notes (A1)',
        'Marco will send the meeting notes',
        'Priya will share the vendor pricing',
        'See O2: Priya to chase',
      ],
    });
    expect(runRule(followupImplied, reg)).toEqual([]);
  });

  it('is not suppressed by an unrelated action', () => {
    const reg = makeRegister({
      file: FILE,
      actions: [{ id: 'A1', title: 'Book the offsite venue' }],
      prose: ['Priya will draft the security policy'],
    });
    expect(runRule(followupImplied, reg).map((f) => f.line)).toEqual([5]);
  });

  it('skips task-list and quoted lines, and lines where an item starts', () => {
    const reg = makeRegister({ file: FILE, actions: [{ title: 'Book the venue' }], prose: ['x', 'y', 'z'] });
    const itemLine = reg.actions[0]!.pos.line;
    reg.prose = [
      { text: 'Priya will draft the policy', pos: { file: FILE, line: 20, column: 7 }, task: true },
      { text: 'Marco will send the notes', pos: { file: FILE, line: 21, column: 3 }, quoted: true },
      { text: 'Jun will book the venue hall', pos: { file: FILE, line: itemLine, column: 1 } },
      { text: 'Nadia will run the retro', pos: { file: FILE, line: 22, column: 1 } },
    ];
    expect(runRule(followupImplied, reg).map((f) => f.line)).toEqual([22]);
  });

  it("joins a paragraph's lines and reports a wrapped sentence at its first line", () => {
    const reg = makeRegister({ file: FILE, prose: ['x'] });
    reg.prose = [
      { text: 'Priya will follow up with the', pos: { file: FILE, line: 7, column: 3 } },
      { text: 'vendor. Marco to draft the', pos: { file: FILE, line: 8, column: 3 }, continues: true },
      { text: 'summary', pos: { file: FILE, line: 9, column: 3 }, continues: true },
    ];
    expect(runRule(followupImplied, reg).map((f) => f.line)).toEqual([7, 8]);
  });

  it('does not fire for ordinary prose or registers without prose', () => {
    const reg = makeRegister({
      file: FILE,
      prose: ['We decided to move to Kanopy', 'Due to time we skipped the demo'],
    });
    expect(runRule(followupImplied, reg)).toEqual([]);
    expect(runRule(followupImplied, makeRegister({ decisions: [{ id: 'D1' }] }))).toEqual([]);
  });

  it('reports work a decision assigns, but not work an action on that line records', () => {
    const reg = makeRegister({ file: FILE, prose: ['x'] });
    reg.prose = [
      { text: 'Decision: adopt it. @sam to draft the policy', pos: { file: FILE, line: 4, column: 3 } },
    ];
    const decided = {
      ...reg,
      decisions: [
        {
          ...makeRegister({ decisions: [{ id: 'D1' }] }).decisions[0]!,
          pos: { file: FILE, line: 4, column: 3 },
        },
      ],
    };
    expect(runRule(followupImplied, decided).map((f) => f.line)).toEqual([4]);
    const recorded = {
      ...decided,
      actions: [
        {
          ...makeRegister({ actions: [{ id: 'A1', title: 'x' }] }).actions[0]!,
          pos: { file: FILE, line: 4, column: 3 },
        },
      ],
    };
    expect(runRule(followupImplied, recorded)).toEqual([]);
  });
});

describe('recordedBy', () => {
  it('matches ids as whole words only', () => {
    const recorded = recordedBy(
      makeRegister({ actions: [{ id: 'A1', title: 'x' }, { id: 'ops.2' }] }).actions,
    );
    expect(recorded('Done under A1.')).toBe(true);
    expect(recorded('Done under A10.')).toBe(false);
    expect(recorded('See ops.2')).toBe(true);
    expect(recorded('See opsx2')).toBe(false);
  });

  it('needs half the title words and at least two of them', () => {
    const recorded = recordedBy(
      makeRegister({ actions: [{ title: 'Renew the Okta contract for 2027' }] }).actions,
    );
    expect(recorded('Ana will renew the contracts')).toBe(true);
    expect(recorded('Ana will renew the lease')).toBe(false);
    expect(recordedBy([])('Ana will renew the lease')).toBe(false);
  });
});
