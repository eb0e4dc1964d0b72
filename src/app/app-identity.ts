import type { OctokitLike } from '../github/octokit/octokit-like.js';

/** Who the app is on GitHub: its id (check runs carry it) and the login its comments show. */
export interface AppIdentity {
  id: number;
  slug: string;
  /** `<slug>[bot]`, the author of every comment the app posts. */
  login: string;
}

/**
 * Asks GitHub once (`GET /app`, authenticated as the app) and remembers the answer for the
 * process's life. A failure is not remembered, so the next event asks again; meanwhile callers
 * fall back to what they know: the configured app id, and for comments nothing is trusted until
 * the app's own first comment shows its login (see upsertStickyComment).
 */
export function appIdentity(appOctokit: () => Promise<OctokitLike>): () => Promise<AppIdentity | undefined> {
  let known: Promise<AppIdentity | undefined> | undefined;
  return () => {
    known ??= (async () => {
      const { data } = await (await appOctokit()).request('GET /app');
      const slug = String(data.slug);
      return { id: Number(data.id), slug, login: `${slug}[bot]` };
    })().catch(() => {
      known = undefined;
      return undefined;
    });
    return known;
  };
}
