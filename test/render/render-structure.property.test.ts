// Hostile text never adds structure: for every renderer (PR comment, job summary, check-run
// summary and text, follow-up issue body, agenda, STATUS.md), random strings — newlines, Markdown,
// HTML, URLs and all — in every text field render to the same Markdown node tree (remark + GFM) as
// plain words in the same fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/default-config.js';
import type { Finding } from '../../src/model/finding.js';
import { planAgenda } from '../../src/plan/agenda/plan-agenda.js';
import { planDashboard } from '../../src/plan/agenda/plan-dashboard.js';
import { type FollowUpDraft, renderFollowUpBody } from '../../src/plan/follow-ups/plan-follow-ups.js';
import { planCheckRun } from '../../src/plan/review/plan-check-run.js';
import { planReviewComment } from '../../src/plan/review/plan-review-comment.js';
import { planJobSummary } from '../../src/plan/review/plan-summary.js';
import { renderAgenda } from '../../src/render/render-agenda.js';
import { renderStatusMd } from '../../src/render/render-status-md.js';
import { makeRegister } from '../support/make-register.js';
import { makeFinding, summarize } from './make-finding.js';
import { type MdNode, parseGfm } from './parse-gfm.js';

const REPO = { owner: 'acme', repo: 'decisions', serverUrl: 'https://github.com' };
const SHA = 'a'.repeat(40);
const TODAY = '2026-11-25';

/**
 * The node-type tree, text values dropped and adjacent text merged. Siblings are compared as a
 * multiset: text may legitimately reorder rows and sections (they sort by name), never add any.
 */
function shape(node: MdNode): unknown {
  const kids: unknown[] = [];
  for (const child of node.children ?? []) {
    const s = shape(child);
    if (s === 'text' && kids.at(-1) === 'text') continue;
    kids.push(s);
  }
  const own = node.type === 'heading' ? `heading${(node as { depth?: number }).depth}` : node.type;
  const sorted = kids.map((k) => JSON.stringify(k)).sort();
  return kids.length === 0 ? own : { [own]: sorted.map((k) => JSON.parse(k)) };
}
const structure = (markdown: string) => shape(parseGfm(markdown));

/** Hostile pieces random strings are built from, besides arbitrary characters. */
const PIECES = [
  '\n',
  '\n\n',
  '\r\n',
  '# ',
  '## H',
  '- ',
  '1. ',
  '> ',
  '| a | b |\n|---|---|',
  '|',
  '```',
  '`',
  '~~~',
  '***',
  '---\n',
  '<b>',
  '</td>',
  '<!-- x -->',
  '<script>',
  '&lt;',
  '&#124;',
  '\\',
  '[x](y)',
  '![i](u)',
  '[^1]',
  '*',
  '_',
  '~~s~~',
  '$x$',
  '@dkim',
  '#12',
  'https://evil.example/x',
  'www.evil.example',
  'a@b.example',
  '<https://x.example>',
  '[ ] ',
  '[x] ',
  '    code',
  '\t',
  '\u202e',
  '\u0000',
  ':smile:',
];
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => `x${parts.join('')}`);
/** A function from field name to text: `plain` gives words, the other hostile strings. */
const texts = fc.array(hostile, { minLength: 40, maxLength: 40 });
const from = (list: string[]) => {
  let i = 0;
  return () => list[i++ % list.length] as string;
};
const plainWords = () => {
  let i = 0;
  return () => `word${i++}`;
};

const RUNS = { numRuns: 120 };
const same = (render: (text: () => string) => string) =>
  fc.assert(
    fc.property(texts, (list) => {
      const plain = render(plainWords());
      const rendered = render(from(list));
      expect(structure(rendered), rendered).toEqual(structure(plain));
    }),
    RUNS,
  );

function findingsWith(text: () => string): Finding[] {
  return [
    makeFinding({ file: `docs/${text()}.md`, line: 3, message: text(), item: text() }),
    makeFinding({ rule: 'overdue', file: `docs/${text()}.yml`, line: 9, message: text(), item: text() }),
    makeFinding({ rule: 'parse-error', file: 'docs/a.md', line: 1, message: text(), item: null }),
  ];
}

describe('renderers keep their structure whatever the text', () => {
  it('the PR comment', () =>
    same((text) => {
      const findings = findingsWith(text);
      const owners = new Map([[`docs/x.md#D1`, [text()]]]);
      return planReviewComment({
        findings,
        summary: summarize(findings, { files: 2, decisions: 3 }),
        repo: REPO,
        headSha: SHA,
        mentionOwners: false,
        owners,
        filterMode: 'added',
      });
    }));

  it('the job summary', () =>
    same((text) => {
      const findings = findingsWith(text);
      return planJobSummary({
        findings,
        summary: summarize(findings, { files: 2, decisions: 3 }),
        repo: REPO,
        headSha: SHA,
        filterMode: 'file',
      });
    }));

  it('the check run summary and text', () =>
    same((text) => {
      const findings = findingsWith(text);
      const plan = planCheckRun(findings, summarize(findings, { files: 2, decisions: 3 }), {
        failOn: 'error',
        link: { ...REPO, headSha: SHA },
        filterMode: 'added',
      });
      return `${plan.summary}\n\n${plan.text}`;
    }));

  it('the follow-up issue body', () =>
    same((text) => {
      const draft: FollowUpDraft = {
        key: 'decisions/r.yml#A1',
        marker: '<!-- decision-register:followup:x -->',
        id: text(),
        file: `decisions/${text()}.yml`,
        line: 4,
        kind: 'action',
        state: 'open',
        fingerprint: 'f1',
        title: text(),
        itemTitle: text(),
        owner: text(),
        due: text(),
        assigneeCandidates: [],
        teamMentions: [text()],
        context: {
          reviewTitle: text(),
          reviewDate: text(),
          decision: { id: text(), title: text(), status: text() },
          registerUrl: 'https://github.com/acme/decisions/blob/x/decisions/r.yml#L4',
          pullUrl: 'https://github.com/acme/decisions/pull/7',
        },
      };
      return renderFollowUpBody(draft, [text()]);
    }));

  /** A register whose free text comes from `text`; ids, owners, statuses and dates stay valid. */
  const registerWith = (text: () => string) =>
    makeRegister({
      file: 'decisions/r.yml',
      review: {
        title: text(),
        date: '2026-11-24',
        problem: text(),
        attendees: [
          { name: text(), github: 'dkim', role: text(), group: 'core' },
          { name: text(), github: 'lpark', role: text(), group: 'core' },
        ],
      },
      decisions: [
        { id: 'D1', title: text(), status: 'assigned', owner: '@dkim', due: '2026-12-08', topics: [] },
        {
          id: 'D2',
          title: text(),
          status: 'blocked',
          owner: '@lpark',
          due: '2026-11-20',
          depends_on: ['D1'],
          blocked_by: [{ what: text(), owner: '@hris', due: '2026-12-01' }],
        },
        { id: 'D3', title: text(), status: 'resolved', resolution: text() },
      ],
      actions: [
        { id: 'A1', title: text(), owner: '@dkim', due: '2026-11-20', status: 'open', decision: 'D1' },
      ],
      outputs: [
        { id: 'O1', title: text(), owner: '@lpark', due: '2026-12-05', status: 'open', decision: 'D2' },
      ],
    });

  it('the agenda (pre-read)', () =>
    same((text) => {
      const config = defaultConfig();
      return renderAgenda(planAgenda({ registers: [registerWith(text)], config, today: TODAY }));
    }));

  it('STATUS.md', () =>
    same((text) => {
      const config = defaultConfig();
      return renderStatusMd(planDashboard({ registers: [registerWith(text)], config, today: TODAY }));
    }));
});
