import { quoteUserText } from '../../text/markdown-escape.js';
import { markerFor } from '../comment-marker.js';
import { type FollowUpState, FUZZY_MATCH_RATIO, textOfKey, textSimilarity } from './item-identity.js';
import type { FollowUpDraft } from './plan-follow-ups.js';

/** An issue as the plan needs it (the port's Issue fits). */
export interface KnownIssue {
  number: number;
  /** The global id (sub-issues take it), when known. */
  id?: number;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
}

export interface ReconcileInput {
  /** Every follow-up item of the changed registers after the push, all states. */
  drafts: readonly FollowUpDraft[];
  /** The same registers before the push (items removed since are closed as not planned). */
  before: readonly FollowUpDraft[];
  /** Issues this tool opened (already checked for author). */
  issues: readonly KnownIssue[];
  commit: { sha: string; url: string };
}

export type CloseWhy = 'done' | 'dropped' | 'removed';

/** One thing to do on GitHub. Steps are independent: one failing never blocks another. */
export type ReconcileStep =
  | { kind: 'open'; key: string; draft: FollowUpDraft }
  | { kind: 'update'; key: string; draft: FollowUpDraft; issue: KnownIssue; changes: string[] }
  | {
      kind: 'close';
      key: string;
      issue: KnownIssue;
      reason: 'completed' | 'not_planned';
      why: CloseWhy;
      comment: string;
      /** Finds the comment again, so a re-run never posts it twice. */
      commentMarker: string;
    }
  | {
      kind: 'reopen';
      key: string;
      draft: FollowUpDraft;
      issue: KnownIssue;
      comment: string;
      commentMarker: string;
    };

export interface ReconcilePlan {
  steps: ReconcileStep[];
  /** Items already in the state the register says, with their issue. */
  inSync: { draft: FollowUpDraft; issue: KnownIssue }[];
  /** Written-back numbers that point at no issue of this tool's: reported, never edited. */
  problems: string[];
}

const FOLLOWUP = /<!-- decision-register:followup:([^\s>]+) -->/;
const FINGERPRINT = /<!-- decision-register:fingerprint:([^\s>]+) -->/;

/** The item key an issue of ours carries in its marker. */
export function keyOfIssue(body: string): string | undefined {
  const found = FOLLOWUP.exec(body)?.[1];
  if (!found) return undefined;
  try {
    return decodeURIComponent(found);
  } catch {
    return undefined;
  }
}

/**
 * Register → issues, as data: which follow-up issues to open, update (title, owner, due), close
 * (`completed` when done, `not_planned` when dropped or removed, with a comment naming the
 * commit) or reopen. A transition is taken from the push itself: an issue a person closed while
 * the register still says open is left closed (the write-back PR tells the register), and an item
 * already done before the push does not close an issue a person reopened.
 */
export function planReconcile(input: ReconcileInput): ReconcilePlan {
  const plan: ReconcilePlan = { steps: [], inSync: [], problems: [] };
  const byKey = new Map<string, KnownIssue>();
  const byNumber = new Map<number, KnownIssue>();
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    byNumber.set(issue.number, issue);
    const key = keyOfIssue(issue.body);
    if (key && !byKey.has(key)) byKey.set(key, issue);
  }
  const was = new Map(input.before.map((d) => [d.key, d.state] as const));
  const current = new Set(input.drafts.map((d) => d.key));
  const taken = new Set<number>();
  const matched = new Map<FollowUpDraft, KnownIssue>();

  // 1. Written-back numbers, then exact keys.
  for (const draft of input.drafts) {
    let issue: KnownIssue | undefined;
    if (draft.issue !== undefined) {
      issue = byNumber.get(draft.issue);
      if (!issue)
        plan.problems.push(
          `${draft.key}: #${draft.issue} is not a follow-up issue this tool opened (another author's issue or a pull request); it is left alone.`,
        );
    }
    issue ??= byKey.get(draft.key);
    if (issue && !taken.has(issue.number)) {
      taken.add(issue.number);
      matched.set(draft, issue);
    }
  }
  // 2. Items without an id whose text was edited: the most similar unclaimed issue of the file.
  for (const draft of input.drafts) {
    const mine = textOfKey(draft.key);
    if (!mine || matched.has(draft)) continue;
    let best: { issue: KnownIssue; ratio: number } | undefined;
    for (const [key, issue] of byKey) {
      const theirs = textOfKey(key);
      if (!theirs || theirs.file !== mine.file || taken.has(issue.number) || current.has(key)) continue;
      const ratio = textSimilarity(mine.text, theirs.text);
      if (ratio >= FUZZY_MATCH_RATIO && ratio > (best?.ratio ?? 0)) best = { issue, ratio };
    }
    if (best) {
      taken.add(best.issue.number);
      matched.set(draft, best.issue);
    }
  }

  // 3. What each item asks for.
  for (const draft of input.drafts) {
    const issue = matched.get(draft);
    if (!issue) {
      if (draft.state === 'open') plan.steps.push({ kind: 'open', key: draft.key, draft });
      continue;
    }
    const before = was.get(draft.key);
    const changes = changesOf(draft, issue);
    if (draft.state === 'open') {
      if (issue.state === 'closed' && (before === 'done' || before === 'dropped')) {
        plan.steps.push(reopen(draft, issue, input.commit));
        if (changes.length > 0) plan.steps.push({ kind: 'update', key: draft.key, draft, issue, changes });
      } else if (issue.state === 'open' && changes.length > 0) {
        plan.steps.push({ kind: 'update', key: draft.key, draft, issue, changes });
      } else plan.inSync.push({ draft, issue });
    } else if (issue.state === 'open' && before !== draft.state) {
      plan.steps.push(close(draft.key, draft.id, issue, draft.state, input.commit));
    } else plan.inSync.push({ draft, issue });
  }

  // 4. Items gone from the register: their open issues close as not planned.
  for (const gone of input.before) {
    if (current.has(gone.key)) continue;
    const issue = (gone.issue !== undefined ? byNumber.get(gone.issue) : undefined) ?? byKey.get(gone.key);
    if (!issue || taken.has(issue.number) || issue.state !== 'open') continue;
    taken.add(issue.number);
    plan.steps.push(close(gone.key, gone.id, issue, 'removed', input.commit));
  }
  return plan;
}

/** What an open issue shows differently from the item: title, owner/due (by fingerprint), identity. */
function changesOf(draft: FollowUpDraft, issue: KnownIssue): string[] {
  const changes: string[] = [];
  if (issue.title !== draft.title) changes.push('title');
  const fingerprint = FINGERPRINT.exec(issue.body)?.[1];
  // Issues from before fingerprints: the title (which carries the due date) decides.
  if (fingerprint !== undefined && fingerprint !== draft.fingerprint) changes.push('owner or due');
  if (keyOfIssue(issue.body) !== draft.key) changes.push('identity');
  return changes;
}

function close(
  key: string,
  id: string,
  issue: KnownIssue,
  why: Exclude<FollowUpState, 'open'> | 'removed',
  commit: ReconcileInput['commit'],
): ReconcileStep {
  const said =
    why === 'done' ? 'marks it done' : why === 'dropped' ? 'marks it dropped' : 'no longer lists it';
  const commentMarker = markerFor('closed', `${issue.number}:${commit.sha}`);
  return {
    kind: 'close',
    key,
    issue,
    reason: why === 'done' ? 'completed' : 'not_planned',
    why: why as CloseWhy,
    comment: `Closed by decision-register: the register ${said} (${quoteUserText(id)}) as of ${commit.url}.\n\n${commentMarker}`,
    commentMarker,
  };
}

function reopen(draft: FollowUpDraft, issue: KnownIssue, commit: ReconcileInput['commit']): ReconcileStep {
  const commentMarker = markerFor('closed', `reopen:${issue.number}:${commit.sha}`);
  return {
    kind: 'reopen',
    key: draft.key,
    draft,
    issue,
    comment: `Reopened by decision-register: the register marks ${quoteUserText(draft.id)} open again as of ${commit.url}.\n\n${commentMarker}`,
    commentMarker,
  };
}
