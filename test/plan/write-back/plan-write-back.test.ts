import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/default-config.js';
import '../../../src/parse/markdown/register-markdown.js';
import { parseRegister } from '../../../src/parse/parse-register.js';
import { markerFor } from '../../../src/plan/comment-marker.js';
import { planFollowUps } from '../../../src/plan/follow-ups/plan-follow-ups.js';
import { planWriteBack, type WriteBackIssue } from '../../../src/plan/write-back/plan-write-back.js';

const repo = { owner: 'acme', repo: 'r', serverUrl: 'https://github.com' };

/** Plans the write-back of one file against issues given as key → state. */
function plan(
  path: string,
  text: string,
  issues: (Omit<WriteBackIssue, 'body' | 'url'> & { key: string })[],
) {
  const { register } = parseRegister(path, text);
  const drafts = planFollowUps({
    registers: [register],
    decisions: register.decisions,
    issuesFor: 'both',
    config: defaultConfig(),
    repo,
    sha: 'abc',
    allStates: true,
  });
  const result = planWriteBack({
    files: [{ path, text }],
    registers: [register],
    drafts,
    issues: issues.map(({ key, ...issue }) => ({
      ...issue,
      url: `https://github.com/acme/r/issues/${issue.number}`,
      body: `…\n${markerFor('followup', key)}`,
    })),
  });
  return { ...result, text: result.files[0]?.text ?? text, keys: drafts.map((d) => d.key) };
}

describe('planWriteBack', () => {
  it('ticks a task-list box and writes (#n) at the end of the line, nothing else', () => {
    const md =
      '# R\n\n## Next actions\n\n- [ ] Draft workload order @praman due 2026-12-01\n- [ ] Book the room\n';
    const out = plan('decisions/r.md', md, [
      {
        number: 12,
        key: 'decisions/r.md#~draft workload order praman due 2026 12 01',
        state: 'closed',
        stateReason: 'completed',
      },
      { number: 13, key: 'decisions/r.md#~book the room', state: 'open' },
    ]);
    expect(out.text).toBe(
      '# R\n\n## Next actions\n\n- [x] Draft workload order @praman due 2026-12-01 (#12)\n- [ ] Book the room (#13)\n',
    );
    expect(out.changes.map((c) => [c.issue, c.status, c.numbered])).toEqual([
      [12, 'done', true],
      [13, undefined, true],
    ]);
  });

  it('sets a table status cell keeping its width, and adds an Issue column when there is none', () => {
    const md =
      '## Next actions\n\n| ID | Action | Owner | Status |\n| -- | ------ | ----- | ------ |\n| A1 | Do it  | @x    | open   |\n| A2 | Do b   | @x    | open   |\n';
    const out = plan('decisions/t.md', md, [
      { number: 7, key: 'decisions/t.md#A1', state: 'closed', stateReason: 'not_planned' },
    ]);
    expect(out.text).toBe(
      '## Next actions\n\n| ID | Action | Owner | Status | Issue |\n| -- | ------ | ----- | ------ | ----- |\n| A1 | Do it  | @x    | dropped | #7    |\n| A2 | Do b   | @x    | open   |       |\n',
    );
  });

  it('fills an existing Issue column and reopens a done row whose issue was reopened', () => {
    const md =
      '## Next actions\n\n| ID | Action | Status | Issue |\n| -- | ------ | ------ | ----- |\n| A1 | Do it  | done   |       |\n';
    const out = plan('decisions/t.md', md, [
      { number: 9, key: 'decisions/t.md#A1', state: 'open', stateReason: 'reopened' },
    ]);
    expect(out.text).toContain('| A1 | Do it  | open   | #9    |\n');
  });

  it('writes status and issue into YAML keeping comments, quoting and order', () => {
    const yml =
      'review:\n  title: R\nactions:\n  - id: A1\n    title: Do it # keep me\n    owner: "@x"\n    status: "open" # quoted\n  - id: A2\n    title: B\n    notes: |\n      two\n      lines\n# trailing comment\n';
    const out = plan('decisions/r.yml', yml, [
      { number: 4, key: 'decisions/r.yml#A1', state: 'closed', stateReason: 'completed' },
      { number: 5, key: 'decisions/r.yml#A2', state: 'closed', stateReason: 'completed' },
    ]);
    expect(out.text).toBe(
      'review:\n  title: R\nactions:\n  - id: A1\n    title: Do it # keep me\n    owner: "@x"\n    status: "done" # quoted\n    issue: 4\n  - id: A2\n    title: B\n    notes: |\n      two\n      lines\n    status: done\n    issue: 5\n# trailing comment\n',
    );
    expect(parseRegister('decisions/r.yml', out.text).register.actions.map((a) => a.status)).toEqual([
      'done',
      'done',
    ]);
  });

  it('writes into a one-line flow mapping', () => {
    const yml = 'outputs:\n  - { id: O4, title: Program plan, timing: follow-up, status: open }\n';
    const out = plan('decisions/f.yml', yml, [
      { number: 8, key: 'decisions/f.yml#O4', state: 'closed', stateReason: 'completed' },
    ]);
    expect(out.text).toBe(
      'outputs:\n  - { id: O4, title: Program plan, timing: follow-up, status: done, issue: 8 }\n',
    );
  });

  it('writes into a flow mapping over several lines, one pair a line', () => {
    const yml = 'actions:\n  - {\n      id: A1,\n      title: Do it,\n      status: open,\n    }\n';
    const out = plan('decisions/g.yml', yml, [
      { number: 6, key: 'decisions/g.yml#A1', state: 'closed', stateReason: 'completed' },
    ]);
    expect(out.text).toBe(
      'actions:\n  - {\n      id: A1,\n      title: Do it,\n      status: done,\n      issue: 6,\n    }\n',
    );
  });

  it('keeps CRLF line endings', () => {
    const md = '## Next actions\r\n\r\n- [ ] Book the room\r\n';
    const out = plan('decisions/c.md', md, [
      { number: 3, key: 'decisions/c.md#~book the room', state: 'closed', stateReason: 'completed' },
    ]);
    expect(out.text).toBe('## Next actions\r\n\r\n- [x] Book the room (#3)\r\n');
  });

  it('reports a written number that is not ours and never edits for it', () => {
    const md = '## Next actions\n\n- [ ] Book the room (#40)\n';
    const out = plan('decisions/n.md', md, [
      { number: 41, key: 'decisions/n.md#~book the room', state: 'closed', stateReason: 'completed' },
    ]);
    expect(out.files).toEqual([]);
    expect(out.problems[0]?.message).toMatch(/#40, which is not a follow-up issue this tool opened/);
    // Control: with #41 written, the same item is ticked.
    const ours = plan('decisions/n.md', md.replace('#40', '#41'), [
      { number: 41, key: 'decisions/n.md#~book the room', state: 'closed', stateReason: 'completed' },
    ]);
    expect(ours.text).toContain('- [x] Book the room (#41)');
  });

  it('changes nothing when the register already says what the issues say', () => {
    const md = '## Next actions\n\n- [x] Book the room (#3)\n- [ ] Send notes (#4)\n';
    const out = plan('decisions/s.md', md, [
      { number: 3, key: 'decisions/s.md#~book the room', state: 'closed', stateReason: 'completed' },
      // Open but never reopened: the push's reconcile has yet to close it; not copied back.
      { number: 4, key: 'decisions/s.md#~send notes', state: 'open', stateReason: null },
    ]);
    expect(out).toMatchObject({ files: [], changes: [], problems: [] });
  });
});
