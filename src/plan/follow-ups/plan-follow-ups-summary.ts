import { escapeCell } from '../../text/markdown-escape.js';
import { planPlanningSummary } from '../planning/plan-planning-summary.js';
import type { PlanningOutcome } from '../planning/planning-outcome.js';
import type { FollowUpDraft } from './plan-follow-ups.js';
import type { ListedFollowUp } from './plan-follow-ups-comment.js';

interface FollowUpsReport {
  drafts: FollowUpDraft[];
  created: ListedFollowUp[];
  existing: ListedFollowUp[];
  updated?: ListedFollowUp[];
  closed?: (ListedFollowUp & { why: string })[];
  reopened?: ListedFollowUp[];
  claimedElsewhere: string[];
  failed?: { key: string; title: string; reason: string }[];
  overCap?: FollowUpDraft[];
  wouldCreate?: FollowUpDraft[];
  planning?: PlanningOutcome;
}

/** The job summary of a follow-up run: what was opened, what existed, what was held back and why. */
export function planFollowUpsSummary(report: FollowUpsReport, options: { maxIssues: number }): string {
  const lines = ['## Follow-up issues', ''];
  const touched =
    (report.updated?.length ?? 0) + (report.closed?.length ?? 0) + (report.reopened?.length ?? 0);
  if (report.drafts.length === 0 && touched === 0 && report.existing.length === 0)
    return `${lines.join('\n')}The merged registers record no open follow-up items.\n`;
  const issueRows = (issues: ListedFollowUp[], how: string) =>
    issues.map(
      (i) =>
        `| [#${i.number}](${i.url}) | ${escapeCell(i.key)} | ${escapeCell(i.owner ?? '—')} | ${escapeCell(i.due ?? '—')} | ${how}${i.state === 'closed' ? ' (closed)' : ''} |`,
    );
  const closedRows = (report.closed ?? []).map(
    (i) =>
      `| [#${i.number}](${i.url}) | ${escapeCell(i.key)} | — | — | closed now (${i.why === 'done' ? 'done' : i.why === 'dropped' ? 'dropped, not planned' : 'removed, not planned'}) |`,
  );
  const rows = [
    ...issueRows(report.created, 'opened now'),
    ...issueRows(report.updated ?? [], 'updated now'),
    ...issueRows(report.reopened ?? [], 'reopened now'),
    ...closedRows,
    ...issueRows(report.existing, 'already tracked'),
  ];
  if (rows.length > 0)
    lines.push('| Issue | Item | Owner | Due | |', '| --- | --- | --- | --- | --- |', ...rows, '');

  const held = report.overCap ?? report.wouldCreate;
  if (held) {
    lines.push(
      report.overCap
        ? `**Nothing was created:** ${held.length} issues are missing, more than max-issues (${options.maxIssues}).`
        : `**Dry run:** ${held.length} issue(s) would be opened.`,
      '',
      '| Item | Title | Owner | Due |',
      '| --- | --- | --- | --- |',
      ...held.map(
        (d) =>
          `| ${escapeCell(d.key)} | ${escapeCell(d.title)} | ${escapeCell(d.owner ?? '—')} | ${escapeCell(d.due ?? '—')} |`,
      ),
      '',
    );
  }
  if (report.failed && report.failed.length > 0) {
    lines.push(
      `**${report.failed.length} item(s) could not be opened** (the others were); re-run to retry them:`,
      '',
      '| Item | Title | Why |',
      '| --- | --- | --- |',
      ...report.failed.map(
        (f) => `| ${escapeCell(f.key)} | ${escapeCell(f.title)} | ${escapeCell(f.reason)} |`,
      ),
      '',
    );
  }
  lines.push(...planPlanningSummary(report.planning));
  if (report.claimedElsewhere.length > 0) {
    lines.push(
      `${report.claimedElsewhere.length} item(s) were left to a concurrent run that claimed them.`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
