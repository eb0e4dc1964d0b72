import { describe, expect, it } from 'vitest';
import type { Finding, TextEdit } from '../../../src/model/finding.js';
import { parseHunks } from '../../../src/plan/fixes/diff-hunks.js';
import { planSuggestions } from '../../../src/plan/fixes/plan-suggestions.js';
import { makeFinding } from '../../render/make-finding.js';

const PATH = 'decisions/r.yml';
const TEXT = [
  'decisions:',
  '  - id: D1',
  '    owner: Dana',
  '    due: Dec 5, 2026',
  '    status: reslved',
  '  - id: D2',
  '    owner: Lee',
  '',
].join('\n');

const fixing = (rule: Finding['rule'], item: string, ...edits: TextEdit[]) =>
  makeFinding({ file: PATH, rule, item, line: edits[0]!.line, fix: { description: `fix ${rule}`, edits } });
const edit = (line: number, column: number, endColumn: number, text: string, endLine = line): TextEdit => ({
  line,
  column,
  endLine,
  endColumn,
  text,
});

/** A patch whose one hunk shows head lines `from`..`to`. */
const hunk = (from: number, to: number) =>
  parseHunks(`@@ -${from},${to - from + 1} +${from},${to - from + 1} @@\n${' x\n'.repeat(to - from + 1)}`);

const plan = (findings: Finding[], hunks = hunk(1, 8)) =>
  planSuggestions(findings, new Map([[PATH, TEXT]]), new Map([[PATH, hunks]]));

describe('planSuggestions', () => {
  it('merges fixes whose lines overlap into one multi-line suggestion of whole head lines', () => {
    // An edit across lines 3–4 (`Dana⏎    due:` → `Dana Kim`) and one on line 4 after it.
    const span = fixing('owner-unknown', 'D1', edit(3, 12, 9, 'Dana Kim', 4));
    const due = fixing('date-format', 'D1', edit(4, 10, 21, '2026-12-05'));
    const { inDiff, outside } = plan([due, span]);
    expect(outside).toEqual([]);
    expect(inDiff).toHaveLength(1);
    expect(inDiff[0]).toMatchObject({ path: PATH, startLine: 3, line: 4, findings: [span, due] });
    expect(inDiff[0]!.lines).toEqual(['    owner: Dana Kim 2026-12-05']);
  });

  it('keeps fixes on separate lines apart, each a one-line suggestion', () => {
    const owner = fixing('owner-unknown', 'D1', edit(3, 12, 16, '"@dkim"'));
    const status = fixing('status-invalid', 'D1', edit(5, 13, 20, 'resolved'));
    const { inDiff } = plan([status, owner]);
    expect(inDiff.map((s) => [s.startLine, s.line, s.lines])).toEqual([
      [3, 3, ['    owner: "@dkim"']],
      [5, 5, ['    status: resolved']],
    ]);
  });

  it('puts a suggestion outside the diff unless all its lines lie in one hunk', () => {
    const owner = fixing('owner-unknown', 'D1', edit(3, 12, 16, '"@dkim"'));
    const lee = fixing('owner-unknown', 'D2', edit(7, 12, 15, '"@lpark"'));
    const both = fixing('date-format', 'D1', edit(3, 5, 10, 'x', 4));
    const hunks = [...hunk(1, 3), ...hunk(4, 5)];
    const { inDiff, outside } = planSuggestions(
      [owner, lee],
      new Map([[PATH, TEXT]]),
      new Map([[PATH, hunks]]),
    );
    expect(inDiff.map((s) => s.line)).toEqual([3]);
    expect(outside.map((s) => s.line)).toEqual([7]);
    // Lines 3–4 straddle two hunks: GitHub would refuse it, so it is listed outside.
    const straddling = planSuggestions([both], new Map([[PATH, TEXT]]), new Map([[PATH, hunks]]));
    expect(straddling.inDiff).toEqual([]);
    expect(straddling.outside.map((s) => [s.startLine, s.line])).toEqual([[3, 4]]);
    // A file without a patch (not in the diff at all): everything outside.
    expect(planSuggestions([owner], new Map([[PATH, TEXT]]), new Map()).outside).toHaveLength(1);
  });

  it('gives a suggestion the same key when its lines move, another when its fix changes', () => {
    const at = (line: number, text = '"@dkim"') =>
      plan([fixing('owner-unknown', 'D1', edit(line, 12, 16, text))]);
    const moved = planSuggestions(
      [fixing('owner-unknown', 'D1', edit(4, 12, 16, '"@dkim"'))],
      new Map([[PATH, `# a new first line\n${TEXT}`]]),
      new Map([[PATH, hunk(1, 9)]]),
    );
    expect(moved.inDiff[0]!.key).toBe(at(3).inDiff[0]!.key);
    const other = plan([
      {
        ...fixing('owner-unknown', 'D1', edit(3, 12, 16, '"@dana"')),
        fix: { description: 'other', edits: [edit(3, 12, 16, '"@dana"')] },
      },
    ]);
    expect(other.inDiff[0]!.key).not.toBe(at(3).inDiff[0]!.key);
  });

  it('drops a group whose edits overlap, and fixes that change nothing or point past the file', () => {
    const a = fixing('owner-unknown', 'D1', edit(3, 12, 16, '"@dkim"'));
    const b = fixing('owner-unknown', 'D1', edit(3, 14, 16, 'x'));
    const same = fixing('owner-unknown', 'D1', edit(3, 12, 16, 'Dana'));
    const past = fixing('owner-unknown', 'D9', edit(40, 1, 2, 'x'));
    expect(plan([a, b])).toEqual({ inDiff: [], outside: [] });
    expect(plan([same, past])).toEqual({ inDiff: [], outside: [] });
    // Control: either alone is a suggestion.
    expect(plan([a]).inDiff).toHaveLength(1);
  });
});
