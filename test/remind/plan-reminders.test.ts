import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/default-config.js';
import { daysBetween, type IssueLike, planReminders } from '../../src/plan/agenda/plan-reminders.js';
import { markerFor } from '../../src/plan/comment-marker.js';
import { SEED_TODAY, seedConfig, seedRegisters } from '../agenda/seed-registers.js';
import { makeRegister } from '../support/make-register.js';

const repo = { owner: 'acme', repo: 'plans', serverUrl: 'https://github.com' };
const issue = (number: number, key: string, state: 'open' | 'closed' = 'open'): IssueLike => ({
  number,
  url: `https://github.com/acme/plans/issues/${number}`,
  state,
  body: `Follow-up\n\n${markerFor('followup', key)}`,
});
const plan = (issues: IssueLike[], today = SEED_TODAY) =>
  planReminders({ registers: seedRegisters(), issues, config: seedConfig(), today, repo, sha: 'abc123' });

describe('planReminders', () => {
  it('reminds on the open follow-up issue of an overdue item, keyed by item and date', () => {
    const { reminders } = plan([
      issue(4, 'decisions/2026-11-24.yml#A1'),
      issue(5, 'decisions/2026-11-24.yml#O1'),
    ]);
    expect(reminders.map((r) => [r.issue, r.key])).toEqual([[4, 'decisions/2026-11-24.yml#A1']]);
    const [reminder] = reminders;
    expect(reminder?.marker).toBe(markerFor('reminder', 'decisions/2026-11-24.yml#A1@2026-12-03'));
    expect(reminder?.body).toContain(
      '**Reminder:** Action A1 “Draft workload order” was due 2026-12-01, 2 days ago',
    );
    expect(reminder?.body).toContain('- **Owner:** @&#8203;ops');
    expect(reminder?.body).toMatch(
      /\(https:\/\/github\.com\/acme\/plans\/blob\/abc123\/decisions\/2026-11-24\.yml#L\d+\)/,
    );
    expect(reminder?.body.trimEnd().endsWith(reminder?.marker ?? '?')).toBe(true);
  });

  it('puts overdue items without an open issue, and overdue external dependencies, in the digest', () => {
    const { digest, reminders } = plan([issue(4, 'decisions/2026-11-24.yml#A1', 'closed')]);
    expect(reminders).toEqual([]);
    expect(digest.clear).toBe(false);
    expect(digest.title).toBe('Overdue decisions');
    expect(digest.entries.map((e) => [e.item.id, e.closedIssue?.number])).toEqual([
      ['D5', undefined],
      ['D2', undefined],
      ['A1', 4],
    ]);
    expect(digest.blockers.map((b) => [b.blocker.what, b.decision.id])).toEqual([
      ['HRIS export of membership', 'D2'],
    ]);
    expect(digest.body).toContain(
      'As of 2026-12-03, 3 item(s) are past due with no open follow-up issue, and 1 external dependency(ies) are past due.',
    );
    expect(digest.body).toContain(
      '| Decision D5 | Who approves hosting spend | Dana Kim (@&#8203;dkim) | 2026-11-28 | 5 |',
    );
    expect(digest.body).toContain('(issue [#4](https://github.com/acme/plans/issues/4) is closed)');
    expect(digest.body.trimEnd().endsWith(markerFor('digest'))).toBe(true);
  });

  it('is clear when nothing is overdue', () => {
    const { digest, reminders } = plan([issue(4, 'decisions/2026-11-24.yml#A1')], '2026-11-25');
    expect(reminders).toEqual([]);
    expect(digest.clear).toBe(true);
    expect(digest.body).toBe(
      `Nothing is overdue as of 2026-11-25. Closed automatically by decision-register; it reopens when something falls overdue again.\n\n${markerFor('digest')}\n`,
    );
  });

  it('ignores done items, items past due only by an invalid date, and markers it cannot decode', () => {
    const register = makeRegister({
      file: 'd.yml',
      actions: [
        { id: 'A1', title: 'done', owner: '@a', due: '2026-01-01', status: 'done' },
        { id: 'A2', title: 'bad date', owner: '@a', due: '2026-02-30', status: 'open' },
      ],
    });
    const broken = {
      number: 9,
      url: 'u',
      state: 'open' as const,
      body: '<!-- decision-register:followup:%E0%A4%A -->',
    };
    const result = planReminders({
      registers: [register],
      issues: [broken],
      config: defaultConfig(),
      today: SEED_TODAY,
      repo,
      sha: 's',
    });
    expect(result.reminders).toEqual([]);
    expect(result.digest.clear).toBe(true);
  });

  it('counts whole days', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-12-03', '2026-12-03')).toBe(0);
  });
});
