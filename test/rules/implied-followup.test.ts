import { describe, expect, it } from 'vitest';
import { impliedFollowUp, lowerCaseWords } from '../../src/rules/implied-followup.js';

/** Lines written in the style of real meeting notes that commit someone to work. */
const COMMITMENTS = [
  'Priya will follow up with the vendor about pricing.',
  '* Marco to send the summary to the mailing list',
  '- Priya and Marco to draft the rollout plan',
  '  * Lena will open a PR to update the charter.',
  'Lena will also review the access policy before Friday',
  'ACTION: Marco to book the room',
  'AI: ping the security group about SSO',
  'Action item: collect quotes from two vendors',
  'Action Items to Lena Okafor: write the intro email',
  'TODO: archive the old wiki pages',
  'TBD: who reviews the budget line',
  'Still need to follow up on the contract.',
  '@tkato to share the benchmark numbers',
  '@tkato and @mira will schedule the next session',
  'Agreed to wait a week. Jun is going to check with legal.',
  '* Discussed at length; JS to create the tracking issue.',
  'Marco took the action item to collect feedback.',
  'Jun has an action to look at licence options.',
  '- [ ] Update the runbook',
  'Nadia volunteered to run the retro.',
  'Next steps: confirm the budget with finance',
  'On Marco’s TODO list.',
];

/** Ordinary sentences that must not be flagged. */
const ORDINARY = [
  'We decided to move to Kanopy',
  'The plan is to adopt Okta',
  'Welcome to the meeting',
  'Due to time we skipped the last item',
  'Links to the recording are in the issue',
  'Reply to the thread if you have concerns',
  'Proposal to lift the rule was approved',
  'Steps to bootstrap the group are in the doc',
  'Agreed to close the issue.',
  'Commit to providing a reply within two weeks',
  'Need to identify who wants to help',
  'Trying to get a sense of the scope.',
  'Limited to college students.',
  'Specifically to benefit smaller projects',
  'Better to leave it out of the bylaws',
  'CFPs will open next week.',
  'This will be closed after the vote',
  'PR to update the charter landed last week.',
  'AI: none',
  'ACTION: no action needed',
  'Action Items:',
  'Ready to land',
  'Marco presented the roadmap and answered questions.',
  'Go to the issues tab to file a request',
  '- [x] Update the runbook',
  'The group will meet again next week',
  'Everyone will get an invite',
];

describe('impliedFollowUp', () => {
  it.each(COMMITMENTS)('flags %j', (line) => {
    expect(impliedFollowUp(line)).toBeDefined();
  });

  it.each(ORDINARY)('does not flag %j', (line) => {
    expect(impliedFollowUp(line)).toBeUndefined();
  });

  it('returns the clause that carries the commitment', () => {
    expect(impliedFollowUp('Agreed to wait a week. Jun is going to check with legal.')).toBe(
      'Jun is going to check with legal.',
    );
    expect(impliedFollowUp('* **Jun** will write the [draft](https://example.com/d)')).toBe(
      'Jun will write the draft',
    );
  });

  it('does not take a word the text uses in lower case for a name', () => {
    const commonWords = lowerCaseWords(['The legal team met. We asked legal for a budget.']);
    expect(impliedFollowUp('Legal will approve the budget')).toBeDefined();
    expect(impliedFollowUp('Legal will approve the budget', { commonWords })).toBeUndefined();
    expect(impliedFollowUp('Marco will approve the budget', { commonWords })).toBeDefined();
  });
});
