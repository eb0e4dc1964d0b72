import { createHash } from 'node:crypto';
import { type AgendaBlocker, blockerWords } from '../plan/agenda/plan-agenda-blockers.js';
import { type ItemFacts, itemLabel } from '../plan/agenda/plan-agenda-items.js';
import type { Dashboard } from '../plan/agenda/plan-dashboard.js';
import { DASHBOARD_CSS, DASHBOARD_SCRIPT } from './dashboard-assets.js';
import type { AgendaLinks } from './render-agenda.js';

/** Most dates the timeline lists; the item table always has every item. */
export const TIMELINE_MAX_ITEMS = 100;

export interface RenderDashboardHtmlOptions {
  /** Link items to their register lines (the Action); plain text without (the CLI). */
  links?: AgendaLinks;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content or a quoted attribute value: `& < > " '` become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * index.html: one self-contained page (inline style and script, no external requests; its CSP
 * allows only those two, by hash) with the dashboard's data. Every table is plain HTML with
 * captions and scoped headers, complete without JavaScript; the script adds sorting and the
 * owner/status/overdue filters to the item table. All register text is HTML-escaped.
 */
export function renderDashboardHtml(dashboard: Dashboard, options: RenderDashboardHtmlOptions = {}): string {
  const e = escapeHtml;
  const { cycle } = dashboard;
  const ref = (item: ItemFacts) => {
    const label = e(itemLabel(item));
    if (!options.links) return label;
    const { serverUrl, owner, repo, sha } = options.links;
    const path = item.file.split('/').map(encodeURIComponent).join('/');
    return `<a href="${e(`${serverUrl}/${owner}/${repo}/blob/${sha}/${path}#L${item.line}`)}">${label}</a>`;
  };
  const due = (item: { due?: string; overdue: boolean }) =>
    item.due
      ? `<time datetime="${e(item.due)}">${e(item.due)}</time>${item.overdue ? ' <span class="late">(overdue)</span>' : ''}`
      : '—';
  const table = (id: string, caption: string, head: string[], rows: string[], numeric: number[] = []) =>
    `<div class="scroll" role="region" aria-labelledby="${id}-caption" tabindex="0"><table${id === 'items' ? ' id="items-table"' : ''}>` +
    `<caption id="${id}-caption">${caption}</caption><thead><tr>${head
      .map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${h}</th>`)
      .join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;

  const sections: string[] = [];
  const sum = { decisions: 0, actions: 0, outputs: 0 };
  const totals = dashboard.totals.map((t) => {
    sum.decisions += t.decisions;
    sum.actions += t.actions;
    sum.outputs += t.outputs;
    return `<tr><th scope="row">${e(t.status)}</th><td class="num">${t.decisions}</td><td class="num">${t.actions}</td><td class="num">${t.outputs}</td><td class="num">${t.decisions + t.actions + t.outputs}</td></tr>`;
  });
  totals.push(
    `<tr><th scope="row">Total</th><td class="num">${sum.decisions}</td><td class="num">${sum.actions}</td><td class="num">${sum.outputs}</td><td class="num">${sum.decisions + sum.actions + sum.outputs}</td></tr>`,
  );
  sections.push(
    section(
      'totals',
      'Totals by status',
      table(
        'totals',
        'Items by status and kind',
        ['Status', 'Decisions', 'Actions', 'Outputs', 'Total'],
        totals,
        [1, 2, 3, 4],
      ),
    ),
  );

  const owners = dashboard.owners.map(
    (o) =>
      `<tr><th scope="row">${e(o.owner.label)}</th><td class="num">${o.open}</td><td class="num">${o.overdue}</td><td class="num">${o.dueThisCycle}</td></tr>`,
  );
  sections.push(
    section(
      'owners',
      'By owner',
      owners.length === 0
        ? '<p>Nothing is open.</p>'
        : table(
            'owners',
            `Open items per owner; due this cycle means by ${e(cycle.horizon)}`,
            ['Owner', 'Open', 'Overdue', 'Due this cycle'],
            owners,
            [1, 2, 3],
          ),
    ),
  );

  const blocked = dashboard.blocked.map(
    ({ decision, blockers }) =>
      `<tr><th scope="row">${ref(decision)}</th><td>${e(decision.title)}</td><td>${e(decision.owner.label)}</td><td>${due(decision)}</td><td>${blockers.length === 0 ? '—' : `<ul>${blockers.map((b) => `<li>${blockerHtml(b)}</li>`).join('')}</ul>`}</td></tr>`,
  );
  sections.push(
    section(
      'blocked',
      'Blocked decisions',
      blocked.length === 0
        ? '<p>No decision is blocked.</p>'
        : table(
            'blocked',
            'Blocked decisions and what blocks them',
            ['Decision', 'Title', 'Owner', 'Due', 'Blocked by'],
            blocked,
          ),
    ),
  );

  const followUps = dashboard.followUps.map(({ output, issue }) => {
    const issueCell = issue
      ? `<a href="${e(issue.url)}">#${issue.number}</a>${issue.state === 'closed' ? ' (closed)' : ''}`
      : issue === null
        ? 'none yet'
        : '—';
    return `<tr><th scope="row">${ref(output)}</th><td>${e(output.title)}</td><td>${e(output.owner.label)}</td><td>${due(output)}</td><td>${e(output.status)}</td><td>${issueCell}</td></tr>`;
  });
  const issueNote = dashboard.issuesKnown
    ? ''
    : '<p>Issue numbers are looked up by the Action (<code>mode: dashboard</code>); the CLI does not query GitHub.</p>';
  sections.push(
    section(
      'follow-ups',
      'Follow-up outputs',
      followUps.length === 0
        ? '<p>No follow-up outputs are recorded.</p>'
        : table(
            'follow-ups',
            'Follow-up outputs and their issues',
            ['Output', 'Title', 'Owner', 'Due', 'Status', 'Issue'],
            followUps,
          ) + issueNote,
    ),
  );

  sections.push(section('timeline', 'Timeline', timelineHtml(dashboard.timeline)));

  const ownerOptions = dashboard.owners.map(
    (o) => `<option value="${e(o.owner.key)}">${e(o.owner.label)}</option>`,
  );
  const everyOwner = new Map(dashboard.items.map((i) => [i.owner.key, i.owner]));
  for (const [key, owner] of everyOwner) {
    if (!dashboard.owners.some((o) => o.owner.key === key))
      ownerOptions.push(`<option value="${e(key)}">${e(owner.label)}</option>`);
  }
  const statuses = dashboard.totals.map((t) => `<option value="${e(t.status)}">${e(t.status)}</option>`);
  const filters =
    '<form id="filters" class="filters" hidden>' +
    `<div class="field"><label for="f-owner">Owner</label><select id="f-owner"><option value="">All owners</option>${ownerOptions.join('')}</select></div>` +
    `<div class="field"><label for="f-status">Status</label><select id="f-status"><option value="">All statuses</option>${statuses.join('')}</select></div>` +
    '<div class="field check"><input type="checkbox" id="f-overdue"><label for="f-overdue">Overdue only</label></div>' +
    '<div class="field"><label for="f-text">Search</label><input type="search" id="f-text"></div></form>' +
    `<p id="count" role="status" aria-live="polite">${dashboard.items.length} items</p>`;
  const rows = dashboard.items.map(
    (i) =>
      `<tr data-owner="${e(i.owner.key)}" data-status="${e(i.status)}" data-overdue="${i.overdue ? '1' : '0'}"${i.overdue ? ' class="overdue"' : ''}>` +
      `<th scope="row" data-sort="${e(`${i.kind} ${i.id}`)}">${ref(i)}</th><td>${e(i.title)}</td><td data-sort="${e(i.owner.label.toLowerCase())}">${e(i.owner.label)}</td>` +
      `<td>${e(i.status)}</td><td data-sort="${e(i.due ?? '9999-12-31')}">${due(i)}</td><td>${e(`${i.file}:${i.line}`)}</td></tr>`,
  );
  sections.push(
    section(
      'items',
      'All items',
      filters +
        table(
          'items',
          'Every decision, action and output. With JavaScript on, column headers sort and the filters above narrow the rows.',
          ['Item', 'Title', 'Owner', 'Status', 'Due', 'Register'],
          rows,
        ),
    ),
  );

  const cycleText =
    cycle.latest && cycle.nextReview
      ? ` Current cycle: ${e(cycle.latest.date)} (latest review) to ${e(cycle.nextReview)} (next review).`
      : '';
  const csp = `default-src 'none'; style-src '${hash(DASHBOARD_CSS)}'; script-src '${hash(DASHBOARD_SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Status dashboard, as of ${e(dashboard.today)}</title>
<link rel="icon" href="data:,">
<style>${DASHBOARD_CSS}</style>
</head>
<body>
<a class="skip" href="#items">Skip to all items</a>
<header>
<h1>Status dashboard</h1>
<p class="meta">As of <time datetime="${e(dashboard.today)}">${e(dashboard.today)}</time>, from ${dashboard.registers} register file(s).${cycleText}</p>
</header>
<main>
${sections.join('\n')}
</main>
<footer><p>Generated by decision-register. STATUS.md beside this page has the same data.</p></footer>
<script>${DASHBOARD_SCRIPT}</script>
</body>
</html>
`;
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${title}</h2>\n${body}\n</section>`;
}

function blockerHtml(b: AgendaBlocker): string {
  const { name, facts } = blockerWords(b);
  return `${escapeHtml(name)} (${escapeHtml(facts)})`;
}

/** Open items by due date as an ordered list of dates: readable without styles or script. */
function timelineHtml(timeline: readonly ItemFacts[]): string {
  if (timeline.length === 0) return '<p>No open item has a due date.</p>';
  const shown = timeline.slice(0, TIMELINE_MAX_ITEMS);
  const byDate = new Map<string, ItemFacts[]>();
  for (const item of shown) byDate.set(item.due ?? '', [...(byDate.get(item.due ?? '') ?? []), item]);
  const entries = [...byDate].map(([date, items]) => {
    const late = items.some((i) => i.overdue);
    const list = items
      .map(
        (i) => `<li>${escapeHtml(itemLabel(i))} ${escapeHtml(i.title)} (${escapeHtml(i.owner.label)})</li>`,
      )
      .join('');
    return `<li${late ? ' class="late"' : ''}><time datetime="${escapeHtml(date)}">${escapeHtml(date)}</time>${late ? ' (overdue)' : ''}<ul>${list}</ul></li>`;
  });
  const more =
    timeline.length > shown.length
      ? `<p>The timeline shows the ${shown.length} earliest of ${timeline.length} due items.</p>`
      : '';
  return `<ol class="timeline">${entries.join('')}</ol>${more}`;
}

function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
