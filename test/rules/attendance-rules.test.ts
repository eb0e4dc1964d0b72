import { describe, expect, it } from 'vitest';
import { coreGroupMissing, specialistMissing } from '../../src/rules/attendance-rules.js';
import { at, makeRegister } from '../support/make-register.js';
import { places, runRule } from './run-rule.js';

const FILE = 'decisions/review.yml';

describe('core-group-missing', () => {
  const config = { core_group: ['Ana Lima', '@bo'] };

  it('fires at the review when no core member attended', () => {
    const reg = makeRegister({
      review: { date: '2026-01-10', attendees: [{ name: 'Zed', github: '@zed' }] },
    });
    const findings = runRule(coreGroupMissing, reg, { config });
    expect(places(findings)).toEqual([
      { rule: 'core-group-missing', file: FILE, line: 1, column: 1, item: null },
    ]);
    expect(findings[0]!.message).toBe('No member of the core decision group attended the review');
  });

  it('counts a member by name or handle, or an attendee marked group: core', () => {
    for (const attendee of [
      { name: 'ana lima' },
      { name: 'Robert', github: 'BO' },
      { name: 'Cy', group: 'core' },
    ]) {
      const reg = makeRegister({ review: { attendees: [{ name: 'Zed' }, attendee] } });
      expect(runRule(coreGroupMissing, reg, { config }), JSON.stringify(attendee)).toEqual([]);
    }
  });

  it('needs both attendees and a core group', () => {
    const noAttendees = makeRegister({ review: { date: '2026-01-10' } });
    expect(runRule(coreGroupMissing, noAttendees, { config })).toEqual([]);
    const reg = makeRegister({ review: { attendees: [{ name: 'Zed' }] } });
    expect(runRule(coreGroupMissing, reg)).toEqual([]);
  });
});

describe('specialist-missing', () => {
  const config = {
    topics: { Identity: ['corporate IAM/Okta owner', 'security engineering'], billing: ['finance'] },
  };

  it('fires at an unresolved decision whose topic needs roles nobody attending has', () => {
    const reg = makeRegister({
      review: { attendees: [{ name: 'Ana', role: 'Security Engineering lead' }] },
      decisions: [{ id: 'D1', topics: ['identity'] }],
    });
    const findings = runRule(specialistMissing, reg, { config });
    expect(places(findings)).toEqual([
      { rule: 'specialist-missing', file: FILE, ...at(reg.decisions[0]!), item: 'D1' },
    ]);
    expect(findings[0]!.message).toBe(
      'Decision D1 needs a specialist who did not attend: "corporate IAM/Okta owner"',
    );
  });

  it('does not fire when the roles attended, the decision is settled, or the topic is not configured', () => {
    const reg = makeRegister({
      review: {
        attendees: [
          { name: 'Ana', role: 'Corporate IAM/Okta owner' },
          { name: 'Bo', role: 'security engineering' },
        ],
      },
      decisions: [
        { id: 'D1', topics: ['identity'] },
        { id: 'D2', status: 'resolved', topics: ['billing'] },
        { id: 'D3', topics: ['hiring'] },
      ],
    });
    expect(runRule(specialistMissing, reg, { config })).toEqual([]);
  });

  it('needs attendees to judge', () => {
    const reg = makeRegister({
      review: { date: '2026-01-10' },
      decisions: [{ id: 'D1', topics: ['billing'] }],
    });
    expect(runRule(specialistMissing, reg, { config })).toEqual([]);
  });
});
