import { escapeCell } from '../../text/markdown-escape.js';
import type { PlanningOutcome } from './planning-outcome.js';

/**
 * The job summary's (and check run's) planning lines: each meeting's tracking issue with a link,
 * how many sub-issues, dependencies and project fields were set now, and the fallbacks taken and
 * problems met, one line each. Empty when planning is not configured.
 */
export function planPlanningSummary(planning: PlanningOutcome | undefined): string[] {
  if (!planning) return [];
  const lines = ['### Planning', ''];
  for (const t of planning.tracking)
    lines.push(
      `- Tracking issue [#${t.number}](${t.url}) for ${escapeCell(t.file)}${t.created ? ' (opened now)' : ''}`,
    );
  const counts = [
    [planning.subIssuesAdded, 'sub-issue link(s)'],
    [planning.blockersAdded, 'blocked-by dependenc(ies)'],
    [planning.projectAdded, 'issue(s) put on the project'],
    [planning.projectFieldsSet, 'project field value(s) set'],
  ] as const;
  const done = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  lines.push(`- Added now: ${done.length > 0 ? done.join(', ') : 'nothing (already in place)'}`);
  for (const line of [...planning.fallbacks, ...planning.problems]) lines.push(`- ${escapeCell(line)}`);
  return [...lines, ''];
}
