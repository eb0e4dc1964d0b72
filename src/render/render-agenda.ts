import type { Agenda, AgendaBlocker, AgendaDecision } from '../plan/agenda/plan-agenda.js';
import { blockerWords } from '../plan/agenda/plan-agenda-blockers.js';
import type { AgendaChange, ChangeDetail } from '../plan/agenda/plan-agenda-changes.js';
import { type ItemFacts, itemLabel } from '../plan/agenda/plan-agenda-items.js';
import { escapeCell, quoteUserText } from '../text/markdown-escape.js';

/** Where register lines live on GitHub; without it items are not linked (the CLI). */
export interface AgendaLinks {
  serverUrl: string;
  owner: string;
  repo: string;
  sha: string;
}

export interface RenderAgendaOptions {
  links?: AgendaLinks;
  /** Upper bound on the text's length (an issue body holds 65,536); rows are cut to fit. */
  maxChars?: number;
}

/** Characters kept free for the markers the flow appends. */
const RESERVE = 1_000;
const ROW_CAPS = [Number.POSITIVE_INFINITY, 100, 30, 10, 3, 0];

/**
 * The pre-read as GitHub Markdown: the open problem, unresolved decisions by owner (overdue
 * first, with blockers and their owners), what is due by the next review, what changed since the
 * last review, and who to invite. All register text goes through quoteUserText/escapeCell, so it
 * can neither ping anyone nor inject HTML. Longer than `maxChars`, each table keeps fewer rows
 * and says how many it left out.
 */
export function renderAgenda(agenda: Agenda, options: RenderAgendaOptions = {}): string {
  const limit = (options.maxChars ?? 65_536) - RESERVE;
  let text = '';
  for (const cap of ROW_CAPS) {
    text = render(agenda, options.links, cap);
    if (text.length <= limit) return text;
  }
  return text;
}

function render(agenda: Agenda, links: AgendaLinks | undefined, cap: number): string {
  const { cycle } = agenda;
  const ref = (item: { file: string; line: number; kind: ItemFacts['kind']; id: string }) => {
    const label = quoteUserText(itemLabel(item));
    if (!links) return `**${label}**`;
    const path = item.file.split('/').map(encodeURIComponent).join('/');
    return `[**${label}**](${links.serverUrl}/${links.owner}/${links.repo}/blob/${links.sha}/${path}#L${item.line})`;
  };
  const out: string[] = [`# ${agenda.title}`, ''];
  if (cycle.latest && cycle.nextReview) {
    const title = cycle.latest.title ? ` (${quoteUserText(cycle.latest.title)})` : '';
    out.push(
      `Next review: **${cycle.nextReview}**, the latest review on ${cycle.latest.date}${title} plus ${cycle.cycleDays} days.` +
        (cycle.stale ? ` That date has passed and no register records a later review yet.` : ''),
    );
  } else {
    out.push('No register records a review date, so the next review date is unknown.');
  }
  out.push(`As of ${agenda.today}, from ${agenda.registers} register file(s).`, '');

  out.push('## Open problem', '');
  if (cycle.latest?.problem) {
    // One quoted line: a line of its own could start a heading (`---` under text), list or table.
    out.push(`> ${quoteUserText(cycle.latest.problem.replace(/\s+/g, ' ').trim())}`);
    out.push('', `_From the review of ${cycle.latest.date} in ${quoteUserText(cycle.latest.file)}._`, '');
  } else {
    out.push('_The latest review records no problem statement (`review.problem`)._', '');
  }

  out.push('## Unresolved decisions by owner', '');
  if (agenda.groups.length === 0) out.push('_No unresolved decisions._', '');
  for (const group of agenda.groups) {
    const overdue = group.decisions.filter((d) => d.overdue).length;
    out.push(`### ${quoteUserText(group.owner.label)}`, '');
    out.push(`${group.decisions.length} unresolved${overdue > 0 ? `, ${overdue} overdue` : ''}.`, '');
    out.push('| Decision | Status | Due | Blocked by |', '| --- | --- | --- | --- |');
    const rows = group.decisions.map(
      (d) =>
        `| ${ref(d)} ${escapeCell(d.title)} | ${escapeCell(d.status)} | ${dueCell(d)} | ${blockersCell(d)} |`,
    );
    out.push(...capped(rows, cap), '');
  }

  out.push(
    `## Due by the next review${cycle.nextReview ? ` (${cycle.nextReview})` : ` (by ${cycle.horizon})`}`,
    '',
  );
  if (agenda.dueByNextReview.length === 0) {
    out.push('_No open outputs or next actions are due by then._', '');
  } else {
    out.push('| Item | Owner | Due | Status |', '| --- | --- | --- | --- |');
    const rows = agenda.dueByNextReview.map(
      (i) =>
        `| ${ref(i)} ${escapeCell(i.title)}${i.timing ? ` _(${escapeCell(i.timing)})_` : ''} | ${escapeCell(i.owner.label)} | ${dueCell(i)} | ${escapeCell(i.status)} |`,
    );
    out.push(...capped(rows, cap), '');
  }

  out.push('## Changed since the last review', '', changesIntro(agenda), '');
  if (agenda.changes.entries.length > 0) {
    out.push(
      ...capped(
        agenda.changes.entries.map((c) => `- ${ref({ ...c, kind: 'decision' })} ${changeText(c)}`),
        cap,
      ),
      '',
    );
  }

  out.push('## Suggested attendees', '');
  if (agenda.attendees.people.length === 0) {
    out.push('_No owners, core group or specialists to suggest._', '');
  } else {
    out.push('| Who | Why |', '| --- | --- |');
    const rows = agenda.attendees.people.map(
      (p) => `| ${escapeCell(p.label)} | ${p.reasons.map((r) => escapeCell(r)).join('; ')} |`,
    );
    out.push(...capped(rows, cap), '');
  }
  if (agenda.attendees.specialists.length > 0) {
    out.push('### Specialists for the open topics', '');
    out.push('| Role | Topics | Decisions | Attended in this role before |', '| --- | --- | --- | --- |');
    for (const s of agenda.attendees.specialists) {
      out.push(
        `| ${escapeCell(s.role)} | ${escapeCell(s.topics.join(', '))} | ${escapeCell(s.decisions.join(', ') || '—')} | ${escapeCell(s.knownPeople.join(', ') || 'nobody yet — find one')} |`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** A due date for a table cell, bold and marked when overdue; `—` when none. */
export function dueCell(item: { due?: string; overdue: boolean }): string {
  if (!item.due) return '—';
  return item.overdue ? `**${item.due} (overdue)**` : item.due;
}

function blockersCell(decision: AgendaDecision): string {
  if (decision.blockers.length === 0) return '—';
  return decision.blockers.map(blockerText).join('; ');
}

/** One blocker for a table cell: name, owner, status and due date, escaped. */
export function blockerText(b: AgendaBlocker): string {
  const { name, facts } = blockerWords(b);
  return `${escapeCell(name)} (${escapeCell(facts)})`;
}

function changesIntro(agenda: Agenda): string {
  const { changes } = agenda;
  if (changes.method === 'diff') {
    const none = changes.entries.length === 0 ? ' Nothing changed.' : '';
    return `Compared field by field with the registers at ${quoteUserText(changes.since ?? 'an earlier commit')}, the commit the previous pre-read was built from.${none}`;
  }
  if (!changes.since) return '_No review date is recorded, so there is nothing to compare with._';
  const none = changes.entries.length === 0 ? ' None found.' : '';
  return (
    `Found from the dates the registers record: decisions resolved on or after ${changes.since} (\`resolved_on\`), and ` +
    `unresolved ones that came due since then. Changes of status, owner or due date leave no date in a register; ` +
    `the Action's pre-read compares with the previous commit and lists them.${none}`
  );
}

function changeText(change: AgendaChange): string {
  const title = change.title ? `${escapeCell(change.title)}: ` : '';
  if (change.kind === 'added') return `${title}new (${escapeCell(change.details[0]?.to ?? 'open')}).`;
  if (change.kind === 'removed') return `${title}removed from the registers.`;
  return `${title}${change.details.map(detailText).join('; ')}.`;
}

function detailText(detail: ChangeDetail): string {
  if (detail.note) return escapeCell(detail.note);
  const from = detail.from ? escapeCell(detail.from) : '(none)';
  const to = detail.to ? escapeCell(detail.to) : '(none)';
  return `${detail.field} ${from} → ${to}`;
}

function capped(rows: string[], cap: number): string[] {
  if (rows.length <= cap) return rows;
  const left = rows.length - cap;
  return [...rows.slice(0, cap), '', `_…and ${left} more; run \`decision-register agenda\` for all._`];
}
