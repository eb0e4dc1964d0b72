import type { Comment, GitHubPort } from './github-port.js';
import { GitHubError } from './github-port.js';

/**
 * Which comments this tool wrote: the marker alone is not enough, anyone can paste it. Only a
 * comment whose author is our own login counts; while the login is unknown nothing does, until
 * our own first write shows it (see {@link upsertStickyComment}).
 */
export interface AuthorCheck {
  (made: Pick<Comment, 'author' | 'authorType'>): boolean;
  /** Our login (the token's identity, or the app's `<slug>[bot]`), when known. */
  readonly login: string | undefined;
}

/** Comments by `login`; with no login, none (never "any bot": other apps are bots too). */
export function authoredBy(login: string | undefined): AuthorCheck {
  const check = (made: Pick<Comment, 'author' | 'authorType'>) =>
    login !== undefined && made.author === login;
  return Object.assign(check, { login });
}

/** Our check, learning the login from a comment we just created when it was not known. */
export function learnedFrom(isOurs: AuthorCheck, created: Pick<Comment, 'author'>): AuthorCheck {
  return isOurs.login !== undefined || !created.author ? isOurs : authoredBy(created.author);
}

export interface StickyOptions {
  /** Told about comments that carry the marker but are not ours: they are left alone. */
  onForeign?: (comments: Comment[]) => void;
}

export interface StickyResult {
  comment: Comment;
  action: 'created' | 'updated' | 'unchanged';
  /** Newer duplicates from a concurrent run that were deleted. */
  deduplicated: number;
}

/**
 * Creates or updates the one comment on an issue that carries `marker` and that we wrote. A
 * comment deleted meanwhile (404) is replaced. Two runs racing on one pull request both create;
 * afterwards each re-lists, keeps the oldest and deletes the rest, so exactly one survives. Comments
 * by anyone else are never edited, deleted or counted, whatever they contain.
 */
export async function upsertStickyComment(
  port: GitHubPort,
  issue: number,
  marker: string,
  body: string,
  isOurs: AuthorCheck,
  options: StickyOptions = {},
): Promise<StickyResult> {
  return (await upsertSticky(port, issue, marker, body, isOurs, true, options)) as StickyResult;
}

/** Updates the sticky comment if there is one; never creates. Null when there is none. */
export function updateStickyComment(
  port: GitHubPort,
  issue: number,
  marker: string,
  body: string,
  isOurs: AuthorCheck,
  options: StickyOptions = {},
): Promise<StickyResult | null> {
  return upsertSticky(port, issue, marker, body, isOurs, false, options);
}

async function upsertSticky(
  port: GitHubPort,
  issue: number,
  marker: string,
  body: string,
  isOurs: AuthorCheck,
  create: boolean,
  options: StickyOptions,
): Promise<StickyResult | null> {
  const marked = (comments: Comment[]) => comments.filter((c) => c.body.includes(marker));
  const reportForeign = (comments: Comment[], check: AuthorCheck) => {
    const foreign = comments.filter((c) => !check(c));
    if (foreign.length > 0) options.onForeign?.(foreign);
  };
  const listed = marked(await port.listComments(issue));
  if (isOurs.login !== undefined) reportForeign(listed, isOurs);
  const mine = listed.filter(isOurs).sort((a, b) => a.id - b.id);
  const existing = mine[0];
  if (!existing && !create) return null;
  if (existing) {
    // Duplicates left by a run that died between its create and its dedupe go now.
    const deduplicated = await removeAll(port, mine.slice(1));
    if (existing.body === body) return { comment: existing, action: 'unchanged', deduplicated };
    try {
      return { comment: await port.updateComment(existing.id, body), action: 'updated', deduplicated };
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 404)) throw error;
      if (!create) return null;
    }
  }
  const created = await port.createComment(issue, body);
  // With our login unknown, the comment just created shows it; earlier ones by it are ours too.
  const ours = learnedFrom(isOurs, created);
  const relisted = marked(await port.listComments(issue));
  if (isOurs.login === undefined) reportForeign(relisted, ours);
  const after = relisted.filter((c) => c.id === created.id || ours(c)).sort((a, b) => a.id - b.id);
  const keep = after[0] ?? created;
  const deduplicated = await removeAll(port, after.slice(1));
  if (keep.id === created.id) return { comment: created, action: 'created', deduplicated };
  // Our comment lost the race (or an earlier one of ours showed up); carry our body into the survivor.
  const updated = keep.body === body ? keep : await port.updateComment(keep.id, body);
  return { comment: updated, action: 'updated', deduplicated };
}

/** Deletes our duplicate comments; one another run deleted first (404) counts as gone. */
async function removeAll(port: GitHubPort, duplicates: Comment[]): Promise<number> {
  let removed = 0;
  for (const duplicate of duplicates) {
    try {
      await port.deleteComment(duplicate.id);
      removed++;
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 404)) throw error;
    }
  }
  return removed;
}
