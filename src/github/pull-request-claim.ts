import type { Comment, GitHubPort } from './github-port.js';
import { GitHubError } from './github-port.js';
import { type AuthorCheck, learnedFrom } from './sticky-comment.js';

const CLAIM_MARKER = '<!-- decision-register:claim -->';
const LEASE = /<!-- decision-register:lease run=(\w+) attempt=(\d+) at=([\dTZ:.-]+) -->/;
/** A claim whose holder has not renewed it for this long is from a run that died. */
export const CLAIM_LEASE_MS = 2 * 60 * 1000;
/** Claims without a lease (older versions) count for their creation time plus this. */
const LEGACY_TTL_MS = 10 * 60 * 1000;

/** Who holds a claim: the workflow run and its attempt. */
export interface ClaimHolder {
  run: string;
  attempt: number;
}

/** A granted (or refused) claim: the flow renews it while working and releases it when done. */
export interface PullRequestClaim {
  granted: ReadonlySet<string>;
  /** Extends the lease; cheap to call often (it writes at most once per half lease). */
  renew(): Promise<void>;
  release(): Promise<void>;
}

/**
 * Leader election among concurrent workflow runs on one merged pull request, with nothing but
 * the pull request's comments (or, for a push, the commit's): each run posts a claim, re-lists, and the oldest live claim wins.
 * A claim shows whether its holder is alive: it names the run and attempt and carries a lease the
 * holder renews while it works. A claim of an earlier attempt of this very run is dead (GitHub
 * re-runs a job only after the attempt ended), and so is one whose lease ran out; a re-run
 * therefore takes over at once from a run that was killed. Claims by anyone but this tool are
 * ignored and logged.
 */
export function pullRequestClaim(
  port: GitHubPort,
  pull: number,
  holder: ClaimHolder,
  isOurs: AuthorCheck,
  log: ClaimLog,
  now: () => number = Date.now,
) {
  const thread: CommentThread = {
    where: `#${pull}`,
    list: () => port.listComments(pull),
    create: (body) => port.createComment(pull, body),
    update: (id, body) => port.updateComment(id, body).then(() => undefined),
    remove: (id) => port.deleteComment(id),
  };
  return commentClaim(thread, holder, isOurs, log, now);
}

/**
 * The same election on a push, in the pushed commit's comments (a push has no pull request).
 * When commenting on commits is not allowed (403), the run goes on unclaimed, saying so once.
 */
export function commitClaim(
  port: GitHubPort,
  sha: string,
  holder: ClaimHolder,
  isOurs: AuthorCheck,
  log: ClaimLog,
  now: () => number = Date.now,
) {
  const thread: CommentThread = {
    where: `commit ${sha.slice(0, 7)}`,
    list: () => port.listCommitComments(sha),
    create: (body) => port.createCommitComment(sha, body),
    update: (id, body) => port.updateCommitComment(id, body).then(() => undefined),
    remove: (id) => port.deleteCommitComment(id),
  };
  const claim = commentClaim(thread, holder, isOurs, log, now);
  return async (keys: string[]): Promise<PullRequestClaim> => {
    try {
      return await claim(keys);
    } catch (error) {
      if (!(error instanceof GitHubError && error.status === 403)) throw error;
      log.warning(
        `Could not claim the follow-ups on ${thread.where} (403: commenting on commits is not allowed); going on unclaimed. Use a workflow concurrency group, or grant contents: write.`,
      );
      return { granted: new Set(keys), renew: async () => {}, release: async () => {} };
    }
  };
}

type ClaimLog = { info(message: string): void; warning(message: string): void };

/** Where claim comments live: a pull request's or a commit's comments. */
interface CommentThread {
  where: string;
  list(): Promise<Comment[]>;
  create(body: string): Promise<Comment>;
  update(id: number, body: string): Promise<void>;
  remove(id: number): Promise<void>;
}

function commentClaim(
  thread: CommentThread,
  holder: ClaimHolder,
  isOurs: AuthorCheck,
  log: ClaimLog,
  now: () => number,
) {
  return async (keys: string[]): Promise<PullRequestClaim> => {
    const body = () =>
      `${CLAIM_MARKER}\n<!-- decision-register:lease run=${holder.run} attempt=${holder.attempt} at=${new Date(now()).toISOString()} -->\n` +
      `_decision-register (run ${holder.run}, attempt ${holder.attempt}) is opening follow-up issues; this note removes itself._`;
    const mine = await thread.create(body());
    const ours = learnedFrom(isOurs, mine);
    let renewed = now();
    const claims = (await thread.list()).filter((c) => c.body.includes(CLAIM_MARKER));
    const live: Comment[] = [];
    for (const claim of claims) {
      if (claim.id === mine.id) {
        live.push(claim);
      } else if (!ours(claim)) {
        log.warning(
          `Ignoring a claim comment on ${thread.where} by ${claim.author ?? 'an unknown author'}: only this tool's own claims count.`,
        );
      } else if (isAlive(claim, holder, now())) {
        live.push(claim);
      } else {
        log.info(`Taking over from a run that died (claim comment ${claim.id} on ${thread.where}).`);
        await removeQuietly(thread, claim.id);
      }
    }
    const leads = (live.sort((a, b) => a.id - b.id)[0]?.id ?? mine.id) === mine.id;
    return {
      granted: new Set(leads ? keys : []),
      async renew() {
        if (now() - renewed < CLAIM_LEASE_MS / 2) return;
        renewed = now();
        await thread.update(mine.id, body());
      },
      async release() {
        await removeQuietly(thread, mine.id);
      },
    };
  };
}

/** Alive: a later (or the same) attempt of this run, or a lease renewed recently. */
export function isAlive(claim: Pick<Comment, 'body' | 'createdAt'>, me: ClaimHolder, at: number): boolean {
  const lease = LEASE.exec(claim.body);
  if (!lease) return at - (Date.parse(claim.createdAt) || at) < LEGACY_TTL_MS;
  const [, run, attempt, renewedAt] = lease;
  if (run === me.run && Number(attempt) < me.attempt) return false;
  const renewed = Date.parse(renewedAt ?? '');
  return Number.isFinite(renewed) && at - renewed < CLAIM_LEASE_MS;
}

async function removeQuietly(thread: CommentThread, id: number): Promise<void> {
  try {
    await thread.remove(id);
  } catch (error) {
    // Already gone: the other run deleted it first.
    if (!(error instanceof GitHubError && error.status === 404)) throw error;
  }
}
