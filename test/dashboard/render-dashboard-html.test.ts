import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/default-config.js';
import { planDashboard } from '../../src/plan/agenda/plan-dashboard.js';
import { escapeHtml, renderDashboardHtml } from '../../src/render/render-dashboard-html.js';
import { SEED_TODAY, seedConfig, seedRegisters } from '../agenda/seed-registers.js';
import { makeRegister } from '../support/make-register.js';

const page = () =>
  renderDashboardHtml(planDashboard({ registers: seedRegisters(), config: seedConfig(), today: SEED_TODAY }));
const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('renderDashboardHtml', () => {
  it('is one self-contained page: no external URL, CSP allowing only its own style and script', () => {
    const html = page();
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(
      `default-src 'none'; style-src '${sha(style)}'; script-src '${sha(script)}'; img-src data:; base-uri 'none'; form-action 'none'`,
    );
  });

  it('uses table semantics: captions, scoped headers, one row per item with filter data', () => {
    const html = page();
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(5);
    for (const table of tables) {
      expect(table).toMatch(/<caption id="[\w-]+-caption">/);
      expect(table).not.toMatch(/<th(?=[\s>])(?! scope="(col|row)")/);
    }
    const items = tables.find((t) => t.includes('id="items-table"')) ?? '';
    expect(items.match(/<tr data-owner=/g)).toHaveLength(11);
    expect(items).toContain('<tr data-owner="@ops" data-status="open" data-overdue="1" class="overdue">');
    expect(items).toContain(
      '<td data-sort="2026-12-01"><time datetime="2026-12-01">2026-12-01</time> <span class="late">(overdue)</span></td>',
    );
  });

  it('labels every filter control and hides the filters until the script runs', () => {
    const html = page();
    expect(html).toContain('<form id="filters" class="filters" hidden>');
    for (const id of ['f-owner', 'f-status', 'f-overdue', 'f-text']) {
      expect(html).toContain(`for="${id}"`);
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('<option value="@slee">Sam Lee (@slee)</option>');
  });

  it('escapes every piece of register text', () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)> "quoted" \'single\'';
    const register = makeRegister({
      file: 'decisions/<x>.yml',
      review: { date: '2026-11-24' },
      decisions: [{ id: '"><b>', title: evil, status: '<i>', owner: evil, due: '2026-12-10' }],
      outputs: [{ id: 'O1', title: evil, timing: 'follow-up', owner: '@a', due: '2026-12-10' }],
    });
    const html = renderDashboardHtml(
      planDashboard({ registers: [register], config: defaultConfig(), today: SEED_TODAY }),
    );
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b>|<i>|<x>|onerror=alert\(2\)>/);
    expect(html).toContain(
      '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; &#39;single&#39;',
    );
    expect(html).toContain('data-status="&lt;i&gt;"');
  });

  it('escapeHtml covers the five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});
