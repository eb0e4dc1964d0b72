import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/config.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import type { Decision } from '../../../src/model/register.js';
import type { FollowUpDraft } from '../../../src/plan/follow-ups/plan-follow-ups.js';
import { planBlockers } from '../../../src/plan/planning/plan-blockers.js';
import { fieldWrites, projectDate, statusOptionFor } from '../../../src/plan/planning/plan-project-fields.js';
import {
  plannedHash,
  readPlanned,
  renderTrackingBody,
  trackingTitle,
} from '../../../src/plan/planning/plan-tracking-issue.js';
import { parseProjectUrl } from '../../../src/plan/planning/project-url.js';

const draft = (key: string, decision?: string) =>
  ({
    key,
    context: { registerUrl: '', ...(decision ? { decision: { id: decision } } : {}) },
  }) as FollowUpDraft;
const decision = (id: string, depends_on: string[] = []) => ({ id, depends_on }) as unknown as Decision;

describe('planning, pure', () => {
  it('reads Projects v2 URLs of organisations and users, and nothing else', () => {
    expect(parseProjectUrl('https://github.com/orgs/acme/projects/7/views/2')).toEqual({
      ownerKind: 'organization',
      login: 'acme',
      number: 7,
    });
    expect(parseProjectUrl('https://ghe.example.com/users/dana/projects/3')).toEqual({
      ownerKind: 'user',
      login: 'dana',
      number: 3,
    });
    for (const bad of [
      'https://github.com/acme/repo/projects/1',
      'https://github.com/orgs/acme/projects/0',
      'nope',
    ])
      expect(parseProjectUrl(bad)).toBeUndefined();
  });

  it('makes items of a decision blocked by the items of the decisions it depends on, never by themselves', () => {
    const drafts = [
      draft('f#A1', 'D1'),
      draft('f#A2', 'D2'),
      draft('f#O3', 'D1'),
      draft('f#A4'),
      draft('f#A5', 'D3'),
    ];
    const blockers = planBlockers(drafts, [
      decision('D1', ['D2', 'D1']),
      decision('D2'),
      decision('D3', ['D9']),
    ]);
    expect([...blockers]).toEqual([
      ['f#A1', ['f#A2']],
      ['f#O3', ['f#A2']],
    ]);
  });

  it('picks the status option by the usual names and writes only fields that differ', () => {
    const options = [
      { id: 'a', name: 'In Progress' },
      { id: 'b', name: 'Todo' },
      { id: 'c', name: 'Done ✅' },
      { id: 'd', name: 'Won’t do' },
    ];
    expect(statusOptionFor('open', options)?.id).toBe('b');
    expect(statusOptionFor('done', options)?.id).toBe('c');
    expect(statusOptionFor('dropped', options)?.id).toBe('d');
    expect(statusOptionFor('dropped', options.slice(0, 2))).toBeUndefined();
    expect(projectDate('2026-02-30')).toBeUndefined();
    expect(projectDate('next week')).toBeUndefined();
    expect(projectDate('2026-12-01')).toBe('2026-12-01');
    expect(
      fieldWrites({ due: '2026-12-01', statusOptionId: 'b' }, { due: '2026-12-01', statusOptionId: 'b' }),
    ).toEqual([]);
    expect(fieldWrites({ due: '2026-12-01' }, { due: '2026-12-02', statusOptionId: 'b' })).toEqual([
      { field: 'due', date: '2026-12-02' },
      { field: 'status', singleSelectOptionId: 'b' },
    ]);
  });

  it('renders the tracking body without structure or pings from the review title, and reads its hashes back', () => {
    const item = { key: 'd/x.yml#A1', number: 12, state: 'closed' as const, blockers: [13] };
    const mode = { subIssues: false, dependencies: false };
    const meeting = {
      file: 'd/x.yml',
      reviewTitle: '@team <b>Q3</b>\n# Heading',
      registerUrl: 'http://x/blob/HEAD/d/x.yml',
      items: [item, { key: 'd/x.yml#A2', number: 13, state: 'open' as const, blockers: [] }],
    };
    const planned = new Map([[item.key, plannedHash(item, mode)]]);
    const body = renderTrackingBody(meeting, mode, planned);
    expect(body).toContain('- [x] #12 (blocked by #13)');
    expect(body).toContain('- [ ] #13');
    expect(body).not.toMatch(/(^|\s)@team|<b>|\n# Heading/);
    expect(readPlanned(body)).toEqual(planned);
    // With sub-issues GitHub lists the items; the hash changes with the mode, so links are redone.
    expect(renderTrackingBody(meeting, { subIssues: true, dependencies: true }, new Map())).not.toContain(
      '- [',
    );
    expect(plannedHash(item, { subIssues: true, dependencies: true })).not.toBe(plannedHash(item, mode));
    expect(trackingTitle({ file: 'd/x.yml' })).toBe('Follow-ups: d/x.yml');
  });

  it('accepts the planning keys in the config and names a bad project URL', () => {
    const config = parseConfig(
      'tracking_issue: true\nproject: https://github.com/orgs/acme/projects/7\nfields: { due: Due }\n',
    );
    expect(config).toMatchObject({
      tracking_issue: true,
      project: 'https://github.com/orgs/acme/projects/7',
      fields: { due: 'Due' },
    });
    expect(() => parseConfig('project: https://github.com/acme/repo\n')).toThrow(
      new ConfigError('project', 'must be a Projects v2 URL (https://github.com/orgs/<org>/projects/<n>)'),
    );
    expect(() => parseConfig('fields: { date: Due }\n')).toThrow(/fields\.date: unknown key/);
  });
});
