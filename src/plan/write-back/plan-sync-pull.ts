import { quoteUserText } from '../../text/markdown-escape.js';
import { markerFor } from '../comment-marker.js';
import type { WriteBackPlan } from './plan-write-back.js';

/** The tool's own branch for the sync pull request; never the default branch. */
export const SYNC_BRANCH = 'decision-register/sync';
/** In every commit the tool makes on the sync branch: a tip without it is someone else's. */
export const SYNC_COMMIT_MARKER = 'Decision-Register-Sync: yes';
export const SYNC_PULL_TITLE = 'Sync the decision register with its follow-up issues';

/**
 * The sync pull request's body and commit message. Both follow from the plan alone (no time, no
 * run id), so concurrent or repeated runs write the same text and a re-run changes nothing.
 */
export function planSyncPull(plan: WriteBackPlan): { body: string; message: string } {
  const lines = plan.changes.map((change) => {
    const item = `${quoteUserText(change.id)} (${quoteUserText(change.file)} line ${change.line})`;
    const what = [
      change.status
        ? `status → **${change.status}** (#${change.issue} was ${change.status === 'open' ? 'reopened' : 'closed'})`
        : '',
      change.numbered ? `issue number #${change.issue} written back` : '',
    ].filter(Boolean);
    return `- ${item}: ${what.join('; ')}`;
  });
  const problems = plan.problems.map(
    (p) => `- ${quoteUserText(p.file)}${p.line ? ` line ${p.line}` : ''}: ${quoteUserText(p.message)}`,
  );
  const body = [
    'The follow-up issues changed on GitHub; this pull request tells the register. It is rebuilt on the default branch whenever an issue or the register changes, so merging it never undoes an edit made meanwhile.',
    '',
    ...(lines.length > 0 ? lines : ['_Nothing left to write back._']),
    ...(problems.length > 0 ? ['', '**Not written back (edit by hand):**', '', ...problems] : []),
    '',
    '_Opened by decision-register (`write_back: pull-request`). Merge it to keep the register and the issues in step; `write_back: off` stops it._',
    '',
    markerFor('sync'),
  ].join('\n');
  const counts = {
    status: plan.changes.filter((c) => c.status).length,
    numbers: plan.changes.filter((c) => c.numbered).length,
  };
  const message = [
    `Write back ${counts.status} follow-up status(es) and ${counts.numbers} issue number(s)`,
    '',
    ...plan.changes.map(
      (c) =>
        `${c.file}:${c.line} ${c.id.replace(/\s+/g, ' ').slice(0, 80)}: #${c.issue}${c.status ? ` ${c.status}` : ''}`,
    ),
    '',
    SYNC_COMMIT_MARKER,
  ].join('\n');
  return { body, message };
}
