import { escapeCell } from '../../text/markdown-escape.js';
import { markerFor } from '../comment-marker.js';

/** A follow-up issue as the link-back comment lists it. */
export interface ListedFollowUp {
  key: string;
  number: number;
  url: string;
  state: 'open' | 'closed';
  owner?: string;
  due?: string;
}

/**
 * The one comment on a merged pull request that lists every follow-up issue, created now or
 * earlier, with owner and due date. Owners are quoted, not mentioned: the issues themselves
 * notify them, once.
 */
export function planFollowUpsComment(issues: readonly ListedFollowUp[], planned: number): string {
  const sorted = [...issues].sort((a, b) => a.number - b.number);
  const lines = [
    markerFor('followups'),
    `### 📌 Follow-up issues: ${sorted.length} of ${planned} tracked`,
    '',
    '| Issue | Item | Owner | Due | State |',
    '| --- | --- | --- | --- | --- |',
    ...sorted.map(
      (issue) =>
        `| #${issue.number} | ${escapeCell(issue.key)} | ${issue.owner ? escapeCell(issue.owner) : '—'} | ${
          issue.due ? escapeCell(issue.due) : '—'
        } | ${issue.state} |`,
    ),
  ];
  if (sorted.length < planned) {
    lines.push(
      '',
      `_${planned - sorted.length} item(s) have no issue yet; re-run the workflow to open them._`,
    );
  }
  return `${lines.join('\n')}\n`;
}
