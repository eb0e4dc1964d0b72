import type { FollowUpDraft } from '../../plan/follow-ups/plan-follow-ups.js';
import type { CloseWhy, ReconcileStep } from '../../plan/follow-ups/plan-reconcile.js';
import type { PlanningOutcome } from '../../plan/planning/planning-outcome.js';

/** Keys this run may create, and how to let go of them when done. */
export interface Claim {
  granted: ReadonlySet<string>;
  /** Shows the claim's holder is still alive (a lease), when the claim has one. */
  renew?(): Promise<void>;
  release(): Promise<void>;
}

/** An item whose issue could not be opened; the others went on. */
export interface FailedFollowUp {
  key: string;
  title: string;
  reason: string;
}

/** A follow-up issue, created now or found from an earlier run. */
export interface FollowUpIssue {
  key: string;
  number: number;
  /** The issue's global id, when GitHub gave it (sub-issues and dependencies take it). */
  id?: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  owner?: string;
  due?: string;
}

export interface FollowUpsOutcome {
  /** The open items of the changed registers. */
  drafts: FollowUpDraft[];
  created: FollowUpIssue[];
  /** Issues already in the state the register says. */
  existing: FollowUpIssue[];
  /** Title, assignees or due line changed. */
  updated: FollowUpIssue[];
  /** Closed now: done (completed), dropped or removed (not planned). */
  closed: (FollowUpIssue & { why: CloseWhy })[];
  reopened: FollowUpIssue[];
  /** Missing items another run claimed. */
  claimedElsewhere: string[];
  /** Items GitHub refused or that failed; reported at the end, the run fails. */
  failed: FailedFollowUp[];
  /** Set when more issues were missing than `maxIssues`: nothing was created. */
  overCap?: FollowUpDraft[];
  /** With dry-run: what would be created, and every step planned. */
  wouldCreate?: FollowUpDraft[];
  planned?: ReconcileStep[];
  commentUrl?: string;
  /** Tracking issues, sub-issues, dependencies and project fields (when configured). */
  planning?: PlanningOutcome;
}
