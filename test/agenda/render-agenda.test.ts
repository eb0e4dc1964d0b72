import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/default-config.js';
import { planAgenda } from '../../src/plan/agenda/plan-agenda.js';
import { renderAgenda } from '../../src/render/render-agenda.js';
import { makeRegister } from '../support/make-register.js';
import { SEED_TODAY, seedConfig, seedRegisters } from './seed-registers.js';

const markdown = () =>
  renderAgenda(planAgenda({ registers: seedRegisters(), config: seedConfig(), today: SEED_TODAY }));

describe('renderAgenda', () => {
  it('opens with the title, the next review and the problem as a quote', () => {
    const text = markdown();
    expect(text.startsWith('# Pre-read: 2026-12-08\n')).toBe(true);
    expect(text).toContain(
      'Next review: **2026-12-08**, the latest review on 2026-11-24 (Operationalization review) plus 14 days.',
    );
    // One line: a line of its own in user text could start a heading or a list.
    expect(text).toContain('> Builder Relations cannot say who is a member, so access and telemetry drift.');
  });

  it('renders one table per owner, in owner order, overdue rows first', () => {
    const text = markdown();
    const headings = [...text.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings.slice(0, 3)).toEqual([
      '@&#8203;obs',
      'Dana Kim (@&#8203;dkim)',
      'Sam Lee (@&#8203;slee)',
    ]);
    const dana = text.slice(text.indexOf('### Dana Kim'), text.indexOf('### Sam Lee'));
    expect(dana).toContain('2 unresolved, 1 overdue.');
    expect(dana.indexOf('Decision D5')).toBeLessThan(dana.indexOf('Decision D1'));
    expect(dana).toContain('| **2026-11-28 (overdue)** |');
    expect(dana).toContain(
      'D2 Which source of truth defines Builder Relations membership (owner Sam Lee (@&#8203;slee), blocked, due 2026-11-30, overdue)',
    );
  });

  it('lists due items, the change method, attendees and specialists', () => {
    const text = markdown();
    expect(text).toContain('## Due by the next review (2026-12-08)');
    expect(text).toMatch(
      /\| \*\*Action A1\*\* Draft workload order \| @&#8203;ops \| \*\*2026-12-01 \(overdue\)\*\* \| open \|/,
    );
    expect(text).toContain('decisions resolved on or after 2026-11-24 (`resolved_on`)');
    expect(text).toContain(
      '- **Decision D3** Which workloads move into Kanopy first: resolved on 2026-11-24.',
    );
    expect(text).toContain('| @&#8203;pat | core decision group |');
    expect(text).toContain('| corporate IAM/Okta owner | identity | D1 | nobody yet — find one |');
  });

  it('links items to their register lines when links are given', () => {
    const text = renderAgenda(
      planAgenda({ registers: seedRegisters(), config: seedConfig(), today: SEED_TODAY }),
      {
        links: { serverUrl: 'https://github.com', owner: 'acme', repo: 'plans', sha: 'abc' },
      },
    );
    expect(text).toMatch(
      /\[\*\*Decision D4\*\*\]\(https:\/\/github\.com\/acme\/plans\/blob\/abc\/decisions\/2026-11-24\.yml#L\d+\)/,
    );
  });

  it('escapes register text: no HTML, no mentions, no issue links, no broken tables', () => {
    const register = makeRegister({
      review: { date: '2026-11-24', problem: '<script>alert(1)</script> ping @everyone about #12' },
      decisions: [
        {
          id: 'D1',
          title: 'a | b <img src=x onerror=alert(1)>',
          status: 'assigned',
          owner: '@evil',
          due: '2026-12-01',
        },
      ],
    });
    const text = renderAgenda(
      planAgenda({ registers: [register], config: defaultConfig(), today: SEED_TODAY }),
    );
    expect(text).not.toMatch(/<script|<img/);
    expect(text).not.toMatch(/@everyone|@evil/);
    expect(text).not.toMatch(/#12/);
    expect(text).toContain('a \\| b &lt;img src=x onerror=alert(1)&gt;');
  });

  it('cuts rows to stay under the size limit and says how many it left out', () => {
    const decisions = Array.from({ length: 400 }, (_, i) => ({
      id: `D${i}`,
      title: `A fairly long decision title number ${i} that takes room`,
      status: 'assigned',
      owner: '@one',
      due: '2026-12-05',
    }));
    const register = makeRegister({ review: { date: '2026-11-24' }, decisions });
    const agenda = planAgenda({ registers: [register], config: defaultConfig(), today: SEED_TODAY });
    const full = renderAgenda(agenda, { maxChars: Number.POSITIVE_INFINITY });
    const cut = renderAgenda(agenda, { maxChars: 20_000 });
    expect(full.length).toBeGreaterThan(20_000);
    expect(cut.length).toBeLessThanOrEqual(19_000);
    expect(cut).toMatch(/_…and \d+ more; run `decision-register agenda` for all\._/);
  });
});
