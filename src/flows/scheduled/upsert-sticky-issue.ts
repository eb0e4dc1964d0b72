import { GitHubError, type GitHubPort, type Issue } from '../../github/github-port.js';
import { type AuthorCheck, learnedFrom } from '../../github/sticky-comment.js';
import type { Logger } from '../logger.js';

export interface StickyIssueInput {
  port: GitHubPort;
  /** The repo's issues as listed this run (all states, never the Search API). */
  issues: readonly Issue[];
  /** The hidden marker that identifies the issue. */
  marker: string;
  title: string;
  body: string;
  /** `open`: create, update or reopen it. `closed`: close it when it exists and is open; never create. */
  state: 'open' | 'closed';
  labels?: string[];
  /** Plan only: report what would happen, change nothing. */
  dryRun: boolean;
  /** Which issues the tool opened: only those are ever updated, reopened, closed or counted. */
  isOurs: AuthorCheck;
  /** Told about issues by anyone else that carry the marker (they are left alone). */
  log: Logger;
}

export interface StickyIssueResult {
  action: 'created' | 'updated' | 'reopened' | 'closed' | 'unchanged' | 'none';
  /** With dry-run the action is what would have happened. */
  dryRun: boolean;
  issue?: Issue;
  /** Newer issues with the same marker (from a concurrent run) that were closed. */
  closedDuplicates: number[];
}

/**
 * Keeps exactly one issue carrying `marker` and opened by the tool: found by marker and author
 * among the listed issues (oldest wins), updated in place, reopened or closed as asked; created
 * only when missing. Anyone can paste the marker, so issues by others are logged and ignored.
 * A create whose outcome is unknown (5xx, lost connection) is re-listed before it is tried
 * again, and after a create the issues are re-listed so that a concurrent run's duplicate is
 * closed. With the tool's login unknown no listed issue counts until the created one shows it.
 */
export async function upsertStickyIssue(input: StickyIssueInput): Promise<StickyIssueResult> {
  const { port, marker } = input;
  const found = oursCarrying(input.issues, marker, input.isOurs, input.log)[0];
  const result = (action: StickyIssueResult['action'], issue?: Issue): StickyIssueResult => ({
    action,
    dryRun: input.dryRun,
    ...(issue ? { issue } : {}),
    closedDuplicates: [],
  });

  if (input.state === 'closed') {
    if (!found || found.state === 'closed') return result('none', found);
    if (input.dryRun) return result('closed', found);
    return result(
      'closed',
      await port.updateIssue(found.number, { title: input.title, body: input.body, state: 'closed' }),
    );
  }
  if (found) {
    const reopen = found.state === 'closed';
    if (!reopen && found.title === input.title && found.body === input.body)
      return result('unchanged', found);
    if (input.dryRun) return result(reopen ? 'reopened' : 'updated', found);
    const issue = await port.updateIssue(found.number, {
      title: input.title,
      body: input.body,
      ...(reopen ? { state: 'open' as const } : {}),
    });
    return result(reopen ? 'reopened' : 'updated', issue);
  }
  if (input.dryRun) return result('created');

  const created = await createOnce(input);
  // A concurrent run may have created one too: the oldest of ours survives, the others are closed.
  const ours = learnedFrom(input.isOurs, created);
  const all = carrying(await port.listIssues(), marker).filter(
    (i) => i.number === created.number || (i.state === 'open' && ours(i)),
  );
  const keep = all[0] ?? created;
  const closedDuplicates: number[] = [];
  for (const duplicate of all.slice(1)) {
    await port.updateIssue(duplicate.number, { state: 'closed', body: `Duplicate of #${keep.number}.` });
    closedDuplicates.push(duplicate.number);
  }
  const issue =
    keep.number === created.number || (keep.title === input.title && keep.body === input.body)
      ? keep
      : await port.updateIssue(keep.number, { title: input.title, body: input.body });
  return {
    action: keep.number === created.number ? 'created' : 'updated',
    dryRun: false,
    issue,
    closedDuplicates,
  };
}

/** Issues whose body carries the marker, oldest first. */
export function carrying(issues: readonly Issue[], marker: string): Issue[] {
  return issues.filter((issue) => issue.body.includes(marker)).sort((a, b) => a.number - b.number);
}

/** Our issues carrying the marker, oldest first; the others carrying it are logged as foreign. */
export function oursCarrying(
  issues: readonly Issue[],
  marker: string,
  isOurs: AuthorCheck,
  log: Logger,
): Issue[] {
  const marked = carrying(issues, marker);
  // With our login unknown every issue would look foreign: say nothing until it is known.
  if (isOurs.login !== undefined) {
    for (const issue of marked.filter((i) => !isOurs(i)))
      log.warning(
        `Ignoring #${issue.number} by ${issue.author ?? 'an unknown author'}: it carries this tool's marker but this tool did not open it.`,
      );
  }
  return marked.filter(isOurs);
}

async function createOnce(input: StickyIssueInput): Promise<Issue> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await input.port.createIssue({
        title: input.title,
        body: input.body,
        labels: input.labels ?? [],
        assignees: [],
      });
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 0;
      if ((status !== 0 && status < 500) || attempt >= 3) throw error;
      const already = carrying(await input.port.listIssues(), input.marker).filter(input.isOurs)[0];
      if (already) return already;
    }
  }
}
