import type { Comment, GitHubPort } from './github-port.js';
import { GitHubError } from './github-port.js';
import { type AuthorCheck, learnedFrom } from './sticky-comment.js';

const CLAIM_MARKER = '<!-- decision-register:claim -->';
/** A claim older than this is from a run that died; it no longer blocks anyone. */
const CLAIM_TTL_MS = 10 * 60 * 1000;

/**
 * Leader election among concurrent workflow runs on one merged pull request, with nothing but
 * the pull request's comments: each run posts a claim, re-lists, and the oldest live claim wins.
 * Every run sees its own claim and all older ones, so exactly one run leads. The loser yields
 * every key; the leader deletes its claim when done.
 */
export function pullRequestClaim(port: GitHubPort, pull: number, runLabel: string, isOurs: AuthorCheck) {
  return async (keys: string[]) => {
    const mine = await port.createComment(
      pull,
      `${CLAIM_MARKER}\n_decision-register (${runLabel}) is opening follow-up issues; this note removes itself._`,
    );
    const now = Date.parse(mine.createdAt) || Date.now();
    const live = (c: Comment) => now - (Date.parse(c.createdAt) || now) < CLAIM_TTL_MS;
    const ours = learnedFrom(isOurs, mine);
    const claims = (await port.listComments(pull))
      .filter((c) => c.body.includes(CLAIM_MARKER) && (c.id === mine.id || (ours(c) && live(c))))
      .sort((a, b) => a.id - b.id);
    const leads = (claims[0]?.id ?? mine.id) === mine.id;
    return {
      granted: new Set(leads ? keys : []),
      async release() {
        try {
          await port.deleteComment(mine.id);
        } catch (error) {
          if (!(error instanceof GitHubError && error.status === 404)) throw error;
        }
      },
    };
  };
}
