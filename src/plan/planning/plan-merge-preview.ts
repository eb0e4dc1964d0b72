import { escapeCell } from '../../text/markdown-escape.js';
import type { ReconcilePlan } from '../follow-ups/plan-reconcile.js';

/** What the preview says besides the issue steps. */
export interface PreviewOptions {
  /** Meetings (register files) whose tracking issue does not exist yet. */
  newTracking: readonly string[];
  trackingIssue: boolean;
  project?: string;
}

const WHY = { done: 'done', dropped: 'dropped', removed: 'removed from the register' } as const;

/**
 * The sticky comment's "when this is merged" section: every follow-up issue the merge will open,
 * update, close or reopen, from the same pure plan the merge runs (#11 point 7), so what the
 * comment promises is what happens. Empty when the merge changes no follow-up issue. Keys are
 * escaped cells; owners are never mentioned here (the issues notify them, once).
 */
export function planMergePreview(plan: ReconcilePlan, options: PreviewOptions): string {
  const rows = plan.steps.map((step) => {
    const item = escapeCell(step.key);
    switch (step.kind) {
      case 'open':
        return `| ${item} | new | open: ${escapeCell(step.draft.title)} |`;
      case 'update':
        return `| ${item} | #${step.issue.number} | update (${escapeCell(step.changes.join(', '))}) |`;
      case 'close':
        return `| ${item} | #${step.issue.number} | close as ${step.reason === 'completed' ? 'completed' : 'not planned'} (${WHY[step.why]}) |`;
      default:
        return `| ${item} | #${step.issue.number} | reopen |`;
    }
  });
  const extra: string[] = [];
  if (options.trackingIssue && options.newTracking.length > 0)
    extra.push(
      `- open a tracking issue for ${options.newTracking.map((f) => `\`${escapeCell(f).replaceAll('`', "'")}\``).join(', ')}, with the items as sub-issues`,
    );
  if (options.project && rows.length > 0)
    extra.push('- put the new and changed issues on the project and set their fields');
  if (rows.length === 0 && extra.length === 0) return '';
  const counts = (['open', 'update', 'close', 'reopen'] as const)
    .map((kind) => [kind, plan.steps.filter((s) => s.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  const lines = ['', `### 📋 When this is merged${counts.length > 0 ? `: ${counts.join(', ')}` : ''}`, ''];
  if (rows.length > 0) lines.push('| Item | Issue | Will |', '| --- | --- | --- |', ...rows, '');
  if (extra.length > 0) lines.push(...extra, '');
  for (const problem of plan.problems) lines.push(`> ${escapeCell(problem)}`, '');
  return `${lines.join('\n')}`;
}
