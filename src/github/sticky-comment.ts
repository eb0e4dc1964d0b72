import type { Comment, GitHubPort } from './github-port.js';
import { GitHubError } from './github-port.js';

/** Which comments (and issues) this tool wrote: the marker alone is not enough, anyone can paste it. */
export type AuthorCheck = (made: Pick<Comment, 'author' | 'authorType'>) => boolean;

/** Comments by `login` when known, else by any bot account (a person can't post as a bot). */
export function authoredBy(login: string | undefined): AuthorCheck {
  return (comment) => (login ? comment.author === login : comment.authorType === 'Bot');
}

export interface StickyResult {
  comment: Comment;
  action: 'created' | 'updated' | 'unchanged';
  /** Newer duplicates from a concurrent run that were deleted. */
  deduplicated: number;
}

/**
 * Creates or updates the one comment on an issue that carries `marker`. A comment deleted
 * meanwhile (404) is replaced. Two runs racing on one pull request both create; afterwards each
 * re-lists, keeps the oldest and deletes the rest, so exactly one survives.
 */
export async function upsertStickyComment(
  port: GitHubPort,
  issue: number,
  marker: string,
  body: string,
  isOurs: AuthorCheck,
): Promise<StickyResult> {
  return (await upsertSticky(port, issue, marker, body, isOurs, true)) as StickyResult;
}

/** Updates the sticky comment if there is one; never creates. Null when there is none. */
export function updateStickyComment(
  port: GitHubPort,
  issue: number,
  marker: string,
  body: string,
  isOurs: AuthorCheck,
): Promise<StickyResult | null> {
  return upsertSticky(port, issue, marker, body, isOurs, false);
}

async function upsertSticky(
  port: GitHubPort,
  issue: number,
  marker: string,
  body: string,
  isOurs: AuthorCheck,
  create: boolean,
): Promise<StickyResult | null> {
  const ours = (comments: Comment[]) => comments.filter((c) => c.body.includes(marker) && isOurs(c));
  const existing = ours(await port.listComments(issue))[0];
  if (!existing && !create) return null;
  if (existing) {
    if (existing.body === body) return { comment: existing, action: 'unchanged', deduplicated: 0 };
    try {
      return { comment: await port.updateComment(existing.id, body), action: 'updated', deduplicated: 0 };
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 404)) throw error;
      if (!create) return null;
    }
  }
  const created = await port.createComment(issue, body);
  const after = ours(await port.listComments(issue)).sort((a, b) => a.id - b.id);
  const keep = after[0] ?? created;
  let deduplicated = 0;
  for (const duplicate of after.slice(1)) {
    try {
      await port.deleteComment(duplicate.id);
      deduplicated++;
    } catch (error) {
      // The other run deleted it first.
      if (!(error instanceof GitHubError && error.status === 404)) throw error;
    }
  }
  if (keep.id === created.id) return { comment: created, action: 'created', deduplicated };
  // Our comment lost the race; carry our (newer) body into the survivor.
  const updated = keep.body === body ? keep : await port.updateComment(keep.id, body);
  return { comment: updated, action: 'updated', deduplicated };
}
