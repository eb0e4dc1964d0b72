import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/default-config.js';
import { planDashboard } from '../../src/plan/agenda/plan-dashboard.js';
import { GANTT_MAX_TASKS, mermaidText, renderStatusMd } from '../../src/render/render-status-md.js';
import { SEED_TODAY, seedConfig, seedRegisters } from '../agenda/seed-registers.js';
import { makeRegister } from '../support/make-register.js';

const status = () =>
  renderStatusMd(planDashboard({ registers: seedRegisters(), config: seedConfig(), today: SEED_TODAY }));

/** The lines of the Mermaid block. */
function ganttLines(text: string): string[] {
  const start = text.indexOf('```mermaid\n');
  const end = text.indexOf('\n```', start + 1);
  return text.slice(start + '```mermaid\n'.length, end).split('\n');
}

describe('renderStatusMd', () => {
  it('has the five sections the issue asks for', () => {
    const headings = [...status().matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'Totals by status',
      'By owner',
      'Blocked decisions',
      'Follow-up outputs',
      'Due dates',
    ]);
  });

  it('renders totals with a total row and the per-owner table', () => {
    const text = status();
    expect(text).toContain('| open | 1 | 1 | 2 | 4 |');
    expect(text).toContain('| **Total** | 6 | 2 | 3 | 11 |');
    expect(text).toContain('| Owner | Open | Overdue | Due this cycle (by 2026-12-08) |');
    expect(text).toContain('| Dana Kim (@&#8203;dkim) | 2 | 1 | 1 |');
  });

  it('says the CLI knows no issue numbers, and links them when the Action found them', () => {
    expect(status()).toContain(
      '_Issue numbers are looked up by the Action (`mode: dashboard`); the CLI does not query GitHub._',
    );
    const issues = new Map([
      ['decisions/2026-11-24.yml#O1', { number: 7, url: 'https://x.test/7', state: 'closed' as const }],
    ]);
    const text = renderStatusMd(
      planDashboard({ registers: seedRegisters(), config: seedConfig(), today: SEED_TODAY, issues }),
    );
    expect(text).toContain('| [#7](https://x.test/7) (closed) |');
    expect(text).toContain('| none yet |');
    expect(text).not.toContain('the CLI does not query GitHub');
  });

  it('draws a gantt of open items by kind, overdue ones as crit milestones', () => {
    const lines = ganttLines(status());
    expect(lines.slice(0, 3)).toEqual([
      'gantt',
      '    title Open items by due date (as of 2026-12-03)',
      '    dateFormat YYYY-MM-DD',
    ]);
    expect(lines).toContain('    section Decisions');
    expect(lines).toContain(
      '    Decision D5 Who approves hosting spend :crit, milestone, t1, 2026-11-28, 0d',
    );
    expect(lines).toContain('    Output O3 Readiness checklist :milestone, t7, 2026-12-20, 0d');
  });

  it('keeps hostile titles from breaking the gantt', () => {
    const register = makeRegister({
      review: { date: '2026-11-24' },
      decisions: [
        {
          id: 'D1',
          title: 'section x: y; %% comment\n```\n<b>#35;</b>',
          status: 'assigned',
          owner: '@a',
          due: '2026-12-10',
        },
        { id: 'title', title: 'dateFormat X', status: 'assigned', owner: '@a', due: '2026-12-11' },
      ],
    });
    const lines = ganttLines(
      renderStatusMd(planDashboard({ registers: [register], config: defaultConfig(), today: SEED_TODAY })),
    );
    expect(lines).toContain('    Decision D1 section x y comment b 35 /b :milestone, t1, 2026-12-10, 0d');
    expect(lines).toContain('    Decision title dateFormat X :milestone, t2, 2026-12-11, 0d');
  });

  it('caps the chart and says so', () => {
    const decisions = Array.from({ length: GANTT_MAX_TASKS + 5 }, (_, i) => ({
      id: `D${i}`,
      title: 't',
      status: 'assigned',
      owner: '@a',
      due: '2026-12-10',
    }));
    const text = renderStatusMd(
      planDashboard({ registers: [makeRegister({ decisions })], config: defaultConfig(), today: SEED_TODAY }),
    );
    expect(ganttLines(text).filter((l) => l.includes(':milestone'))).toHaveLength(GANTT_MAX_TASKS);
    expect(text).toContain(
      `_The chart shows the ${GANTT_MAX_TASKS} earliest of ${GANTT_MAX_TASKS + 5} due dates._`,
    );
  });
});

describe('mermaidText', () => {
  it('never lets a separator, comment, fence, tag or line break through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const safe = mermaidText(text);
        expect(safe).toMatch(/^[\p{L}\p{N} .,'()/+&?!-]*$/u);
        expect(safe.length).toBeLessThanOrEqual(60);
        expect(safe).toBe(safe.trim());
      }),
    );
  });
});
