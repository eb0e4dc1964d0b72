import type { GitHubPort, Issue } from '../../github/github-port.js';
import type { AuthorCheck } from '../../github/sticky-comment.js';
import type { Logger } from '../logger.js';

/** Who the tool is on GitHub: its login when known, and the check for what it authored. */
export interface ToolIdentity {
  /** The tool's own login (`github-actions[bot]`, `<slug>[bot]`, a PAT's user); lists filter on it. */
  login?: string;
  isOurs: AuthorCheck;
}

/**
 * The issues this tool opened, open and closed, in one paginated listing: by `creator` when the
 * login is known (a label can be missing or added later, so never by label), else every issue,
 * kept only when ours. Never the Search API (it lags). Issues by anyone else that carry one of
 * `markers` are logged once as foreign and left alone.
 */
export async function findOurIssues(
  port: GitHubPort,
  identity: ToolIdentity,
  log: Logger,
  markers: readonly string[] = [],
): Promise<Issue[]> {
  const listed = await port.listIssues(undefined, identity.login);
  const ours: Issue[] = [];
  for (const issue of listed) {
    if (identity.isOurs(issue)) ours.push(issue);
    else if (markers.some((marker) => issue.body.includes(marker)))
      log.warning(
        `Ignoring #${issue.number} by ${issue.author ?? 'an unknown author'}: it carries this tool's follow-up marker but this tool did not open it.`,
      );
  }
  return ours;
}

/** The oldest of our issues carrying each marker (a person may have copied a marker into another). */
export function byMarker<K extends string>(
  issues: readonly Issue[],
  markers: ReadonlyMap<K, string>,
): Map<K, Issue> {
  const found = new Map<K, Issue>();
  const sorted = [...issues].sort((a, b) => a.number - b.number);
  for (const [key, marker] of markers) {
    const match = sorted.find((issue) => issue.body.includes(marker));
    if (match) found.set(key, match);
  }
  return found;
}
