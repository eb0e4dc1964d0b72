import type { Config } from '../../config/config.js';
import type { Register } from '../../model/register.js';
import { escapeCell, quoteUserText } from '../../text/markdown-escape.js';
import { markerFor } from '../comment-marker.js';
import { type AgendaBlocker, blockersOf, firstDecisions } from './plan-agenda-blockers.js';
import {
  allItemFacts,
  byPath,
  compareAgendaItems,
  type ItemFacts,
  itemFacts,
  itemLabel,
} from './plan-agenda-items.js';
import { ownerIndex } from './plan-agenda-owners.js';

/** The digest issue's title. */
export const DIGEST_TITLE = 'Overdue decisions';
/** Rows the digest lists before it summarises the rest (an issue body holds 65,536 characters). */
export const DIGEST_MAX_ROWS = 200;

/** What the planner needs of an issue: the port's `Issue` satisfies it. */
export interface IssueLike {
  number: number;
  url: string;
  state: 'open' | 'closed';
  body: string;
}

/** One reminder comment to post on an open follow-up issue, unless today's is already there. */
export interface ReminderDraft {
  key: string;
  issue: number;
  /** `markerFor('reminder', key@today)`: at most one such comment per item per day. */
  marker: string;
  body: string;
  item: ItemFacts;
}

/** An overdue item without an open follow-up issue; `closedIssue` when its issue was closed. */
export interface DigestEntry {
  item: ItemFacts;
  closedIssue?: { number: number; url: string };
}

/** An external dependency of an unresolved decision, past its due date. */
export interface DigestBlocker {
  decision: ItemFacts;
  blocker: AgendaBlocker;
}

export interface RemindersPlan {
  reminders: ReminderDraft[];
  digest: {
    title: string;
    marker: string;
    entries: DigestEntry[];
    blockers: DigestBlocker[];
    /** The body to keep: the overdue list, or the all-clear when nothing is overdue. */
    body: string;
    /** True when nothing is overdue: an existing digest issue is closed. */
    clear: boolean;
  };
}

export interface RemindersInput {
  registers: readonly Register[];
  /** Every issue of the repo (all states), as listed through the port. */
  issues: readonly IssueLike[];
  config: Pick<Config, 'owners' | 'vague_owners'>;
  today: string;
  repo: { owner: string; repo: string; serverUrl: string };
  sha: string;
}

const FOLLOWUP_MARKER = /<!-- decision-register:followup:([^\s>]+) -->/g;

/**
 * Plans a `remind` run. Each overdue item (due before today and still open in the register at
 * `sha`) whose follow-up issue is open gets one reminder comment keyed by item and date. Every
 * other overdue decision, action or output, and every overdue external dependency of an
 * unresolved decision, goes into the one digest issue. Pure.
 */
export function planReminders(input: RemindersInput): RemindersPlan {
  const { today } = input;
  const owners = ownerIndex(input.registers, input.config);
  const byKey = followUpIssues(input.issues);
  const link = (file: string, line: number) =>
    `${input.repo.serverUrl}/${input.repo.owner}/${input.repo.repo}/blob/${input.sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;

  const reminders: ReminderDraft[] = [];
  const entries: DigestEntry[] = [];
  for (const item of allItemFacts(input.registers, owners, today)) {
    if (!item.overdue) continue;
    const issues = item.key ? (byKey.get(item.key) ?? []) : [];
    const open = issues.find((issue) => issue.state === 'open');
    if (open && item.key) {
      const marker = markerFor('reminder', `${item.key}@${today}`);
      reminders.push({
        key: item.key,
        issue: open.number,
        marker,
        body: reminderBody(item, today, link, marker),
        item,
      });
      continue;
    }
    const closed = issues[0];
    entries.push({ item, ...(closed ? { closedIssue: { number: closed.number, url: closed.url } } : {}) });
  }
  entries.sort((a, b) => compareAgendaItems(a.item, b.item));

  const decisions = firstDecisions(input.registers);
  const blockers: DigestBlocker[] = [];
  for (const register of byPath(input.registers)) {
    for (const decision of register.decisions ?? []) {
      const facts = itemFacts(decision, register, owners, today);
      if (!facts.open) continue;
      for (const blocker of blockersOf(decision, register, decisions, owners, today)) {
        if (blocker.kind === 'external' && blocker.overdue) blockers.push({ decision: facts, blocker });
      }
    }
  }
  const marker = markerFor('digest');
  const clear = entries.length === 0 && blockers.length === 0;
  const body = clear
    ? `Nothing is overdue as of ${today}. Closed automatically by decision-register; it reopens when something falls overdue again.\n\n${marker}\n`
    : digestBody(entries, blockers, today, link, marker);
  return { reminders, digest: { title: DIGEST_TITLE, marker, entries, blockers, body, clear } };
}

/** Follow-up issues by item key (`path#id`, read from their markers), oldest first. */
export function followUpIssues<T extends IssueLike>(issues: readonly T[]): Map<string, T[]> {
  const byKey = new Map<string, T[]>();
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    for (const match of issue.body.matchAll(FOLLOWUP_MARKER)) {
      let key: string;
      try {
        key = decodeURIComponent(match[1] ?? '');
      } catch {
        continue;
      }
      byKey.set(key, [...(byKey.get(key) ?? []), issue]);
    }
  }
  return byKey;
}

function reminderBody(
  item: ItemFacts,
  today: string,
  link: (file: string, line: number) => string,
  marker: string,
): string {
  const late = daysBetween(item.due ?? today, today);
  return [
    `**Reminder:** ${quoteUserText(itemLabel(item))} ${item.title ? `“${quoteUserText(item.title)}” ` : ''}was due ${item.due}, ` +
      `${late} day${late === 1 ? '' : 's'} ago, and the register still lists it as ${quoteUserText(item.status)}.`,
    '',
    `- **Owner:** ${item.owner.key === '' ? '_no owner recorded_' : quoteUserText(item.owner.label)}`,
    `- **Recorded in:** [${quoteUserText(item.file)} line ${item.line}](${link(item.file, item.line)})`,
    '',
    '_When the work is done, mark it done in the register and close this issue; if the plan changed, set a new due date in the register. decision-register reminds at most once a day._',
    '',
    marker,
    '',
  ].join('\n');
}

function digestBody(
  entries: DigestEntry[],
  blockers: DigestBlocker[],
  today: string,
  link: (file: string, line: number) => string,
  marker: string,
): string {
  const out = [
    `As of ${today}, ${entries.length} item(s) are past due with no open follow-up issue` +
      (blockers.length > 0 ? `, and ${blockers.length} external dependency(ies) are past due.` : '.'),
    '',
  ];
  if (entries.length > 0) {
    out.push(
      '| Item | Title | Owner | Due | Days late | Recorded in |',
      '| --- | --- | --- | --- | ---: | --- |',
    );
    for (const { item, closedIssue } of entries.slice(0, DIGEST_MAX_ROWS)) {
      const closed = closedIssue ? ` (issue [#${closedIssue.number}](${closedIssue.url}) is closed)` : '';
      out.push(
        `| ${escapeCell(itemLabel(item))} | ${escapeCell(item.title)}${closed} | ${escapeCell(item.owner.label)} | ${item.due} | ${daysBetween(item.due ?? today, today)} | [${escapeCell(item.file)}:${item.line}](${link(item.file, item.line)}) |`,
      );
    }
    if (entries.length > DIGEST_MAX_ROWS) out.push('', `_…and ${entries.length - DIGEST_MAX_ROWS} more._`);
    out.push('');
  }
  if (blockers.length > 0) {
    out.push('### External dependencies past due', '');
    out.push('| Dependency | Blocks | Owner | Due | Days late |', '| --- | --- | --- | --- | ---: |');
    for (const { decision, blocker } of blockers.slice(0, DIGEST_MAX_ROWS)) {
      out.push(
        `| ${escapeCell(blocker.what)} | ${escapeCell(itemLabel(decision))} | ${escapeCell(blocker.owner.label)} | ${blocker.due} | ${daysBetween(blocker.due ?? today, today)} |`,
      );
    }
    if (blockers.length > DIGEST_MAX_ROWS) out.push('', `_…and ${blockers.length - DIGEST_MAX_ROWS} more._`);
    out.push('');
  }
  out.push(
    '_Kept up to date by decision-register (`mode: remind`), which closes this issue when nothing is overdue. Items with an open follow-up issue are reminded there instead._',
    '',
    marker,
    '',
  );
  return out.join('\n');
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
