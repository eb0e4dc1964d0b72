import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  impliedFollowUp,
  impliedFollowUps,
  lowerCaseWords,
  mostlyLowerCaseWords,
} from '../../../src/rules/prose/implied-followup.js';
import { loadProseTagger, type ProseTagger } from '../../../src/rules/prose/prose-tagger.js';

let tagger: ProseTagger;
beforeAll(async () => {
  tagger = await loadProseTagger();
});

/** Unmarked prose that commits someone, in the styles minutes use. */
const COMMITMENTS = [
  'Priya will follow up with the vendor about pricing.',
  "I'll follow up with the vendor",
  'Rob agreed to draft the proposal',
  'Jory to check with Brian',
  '* Marco to send the summary to the mailing list',
  '- Priya and Marco to draft the rollout plan',
  '  * Lena will open a PR to update the charter.',
  'Lena will also review the access policy before Friday',
  'We need Sara to merge the PR',
  '@tkato to share the benchmark numbers',
  '@tkato and @mira will schedule the next session',
  'Agreed to wait a week. Priya is going to check with legal.',
  '* Discussed at length; JS to create the tracking issue.',
  'Marco took the action item to collect feedback.',
  'Marco has an action to look at licence options.',
  'Nadia volunteered to run the retro.',
  'Quentin offered to present a slide at the next meeting.',
  'KB & TW to follow up',
  'Okonkwo, will follow up with the auditors.',
  'She needs to renew the certificate.',
  'Zbigniew will be reaching out to the hosting team.',
  'Next meeting I will bring the budget figures',
  'No new requests this week, so I will start collecting the stats',
  'Agreed to close nominations, Ana to send the list to the board.',
  'The jobs are still there and @kdiaz will move them to the archive folder.',
  '@kdiaz update the readme with the new link',
  'The TSC agreed to review the code before the release',
  'Ben + Chad to sync with the marketing team',
  'CPC members to review the new PR',
  'BW removing the meeting label and will put it back on the agenda',
  'CI Working group to discuss the badge tools',
  'mdolan@example.org to resolve the hosting issue',
  'rginn@example.org will run this by legal',
  '- **_@CRob update the readme with the new link_**',
];

/** Prose that commits nobody. */
const ORDINARY = {
  'sign-off': ['Talk to you soon', 'Thanks all', 'I will see you all next week', "We'll talk to you soon!"],
  question: [
    'Will Priya draft the proposal?',
    'Rob to draft the proposal?',
    'Who will follow up with the vendor?',
    'Myles, commit to a shorter interval (one week)?',
  ],
  'past tense': [
    'Rob drafted the proposal last week.',
    'Priya was going to follow up with the vendor.',
    'Marco would send the notes if asked.',
    'Marco presented the roadmap and answered questions.',
    'PR to update the charter landed last week.',
  ],
  'list of names, not a clause': [
    'We need a discussion between the Budget Committee, WGs, TAC to forecast the spend',
  ],
  'plan of a group or of others (nobody named)': [
    'We will publish the minutes on Monday.',
    "They'll modify it for each project",
    'We will create a separate load balancer for every team',
    'We discussed it and will decide next week.',
  ],
  negation: [
    "Rob won't draft the proposal.",
    'Priya will not follow up.',
    'Marco reviewed it and will not merge it.',
  ],
  'wish (would)': ['I’d like to help formalize this a little more.', "Marco'd send it if asked"],
  'a thing, not a team': ['TSC meeting to discuss the budget', 'Group proceeds to add cards to the board.'],
  'agenda title': ['Vendor Pricing Follow Up', 'Budget Review and Next Steps', 'Next steps:'],
  placeholder: ['TODO', 'TBD', '...', 'Action items:'],
  'marked (an item, read by the readers)': [
    'ACTION: Marco to book the room',
    'AI (Sam): Sam will ping the security group',
    'TODO: Lena to archive the old wiki pages',
    'Action item: Jun will collect quotes',
  ],
  ordinary: [
    'We decided to move to Kanopy',
    'The plan is to adopt Okta',
    'Welcome to the meeting',
    'Due to time we skipped the last item',
    'Proposal to lift the rule was approved',
    'Steps to bootstrap the group are in the doc',
    'Decision to retain the name of the council',
    'Reasonable to ask people to add their project',
    'Expectation needs to be clear',
    'The group will meet again next week',
    'Zbigniew will be the chair for the next term',
    'Approved. OK to close.',
  ],
};

describe('impliedFollowUp', () => {
  it.each(COMMITMENTS)('flags %j', (line) => {
    expect(impliedFollowUp(line, tagger)).toBeDefined();
  });

  for (const [kind, lines] of Object.entries(ORDINARY))
    it.each(lines)(`does not flag a ${kind}: %j`, (line) => {
      expect(impliedFollowUp(line, tagger)).toBeUndefined();
    });

  it('returns the clause that carries the commitment', () => {
    expect(impliedFollowUp('Agreed to wait a week. Priya is going to check with legal.', tagger)).toBe(
      'Priya is going to check with legal.',
    );
    expect(impliedFollowUp('* **Lena** will write the [draft](https://example.com/d)', tagger)).toBe(
      'Lena will write the draft',
    );
  });

  it('does not take a word the text uses in lower case for a name', () => {
    const commonWords = lowerCaseWords(['The legal team met. We asked platform for a budget.']);
    expect(impliedFollowUp('Platform will approve the budget', tagger)).toBeDefined();
    expect(impliedFollowUp('Platform will approve the budget', tagger, { commonWords })).toBeUndefined();
    expect(impliedFollowUp('Marco will approve the budget', tagger, { commonWords })).toBeDefined();
  });

  it('takes a word the repo mostly writes in lower case for a common word, a name for a name', () => {
    const words = mostlyLowerCaseWords([
      'The effort paid off. More effort next week. Tobie agreed. Tobie and Ana met.',
      'Open issue to align practices: tobie. See @tobie and @ana.',
    ]);
    expect(words.has('effort')).toBe(true);
    expect(words.has('tobie')).toBe(false);
    expect(words.has('ana')).toBe(false);
    const inRepo = (word: string) => words.has(word);
    expect(
      impliedFollowUp('Effort to adapt the policy for Bootstrap', tagger, {
        commonWords: { has: () => false, inRepo },
      }),
    ).toBeUndefined();
    expect(impliedFollowUp('Effort to adapt the policy for Bootstrap', tagger)).toBeDefined();
    expect(
      impliedFollowUp('Tobie to adapt the policy', tagger, { commonWords: { has: () => false, inRepo } }),
    ).toBeDefined();
  });

  it('ignores words in links and file names when collecting lower-case words', () => {
    const words = lowerCaseWords(['See https://example.com/js and node.js for details, ask @tobie']);
    expect(words.has('js')).toBe(false);
    expect(words.has('tobie')).toBe(false);
    expect(words.has('details')).toBe(true);
  });
});

describe('impliedFollowUps over a paragraph', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: 10 + i, column: 3 }));

  it('reads a hard-wrapped sentence once, at the line where the commitment starts', () => {
    const hits = impliedFollowUps(
      lines(
        'We went through the open issues and',
        'Priya will follow up with the vendor about',
        'the pricing.',
      ),
      tagger,
    );
    expect(hits.map((hit) => [hit.line, hit.text])).toEqual([
      [11, 'Priya will follow up with the vendor about the pricing.'],
    ]);
    const wrapped = impliedFollowUps(
      lines('Priya will follow up with the vendor about', 'the pricing, and Marco to draft the', 'summary.'),
      tagger,
    );
    expect(wrapped.map((hit) => hit.line)).toEqual([10]);
  });

  it('does not read a continuation line as a sentence of its own', () => {
    // "Marco will send it" alone would be a commitment; here it continues "… whether".
    const hits = impliedFollowUps(
      lines('The group could not agree whether', 'Marco will send it or not.'),
      tagger,
    );
    expect(hits).toEqual([]);
  });

  it('starts a new sentence after a full stop or on a capitalised line after a content word', () => {
    const hits = impliedFollowUps(
      lines('Budget discussed.', 'Priya to draft the plan', 'Marco to review it'),
      tagger,
    );
    expect(hits.map((hit) => [hit.line, hit.text])).toEqual([
      [11, 'Priya to draft the plan'],
      [12, 'Marco to review it'],
    ]);
  });

  it('reports a sentence that starts mid-line at that line', () => {
    const hits = impliedFollowUps(lines('than we hoped.  Marco will try to push the issue forward'), tagger);
    expect(hits.map((hit) => hit.line)).toEqual([10]);
  });

  it('never throws on odd input', () => {
    for (const text of ['', ' ', '\u0000', '((((', '@', '& and &', 'to to to', "'ll", 'I’ll', '?'.repeat(50)])
      expect(() => impliedFollowUps(lines(text), tagger)).not.toThrow();
  });
});

describe("the README's followup-implied examples", () => {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('### `followup-implied`');
  const section = readme.slice(start, readme.indexOf('\n#', start + 1));
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => line.split('|').slice(1, 3));
  const examples = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

  it('has examples on both sides', () => {
    expect(rows.length).toBeGreaterThanOrEqual(5);
  });

  it.each(rows.flatMap(([flagged = '']) => examples(flagged)))('flags %j', (text) => {
    expect(impliedFollowUp(text, tagger)).toBeDefined();
  });

  it.each(rows.flatMap(([, ignored = '']) => examples(ignored)))('does not flag %j', (text) => {
    expect(impliedFollowUp(text, tagger)).toBeUndefined();
  });
});
