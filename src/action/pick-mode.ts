import type { Mode } from './inputs.js';

/** A merged change: what follow-up issues are opened from. */
export interface MergeRef {
  /** The merged pull request, when the trigger was one (the link-back comment goes there). */
  pull?: number;
  /** The merge commit (or the pushed commit) registers are read at. */
  sha: string;
  /** For a push: the commit before it, to list what changed. */
  before?: string;
}

export type PickedMode =
  | { kind: 'review'; pull: { number: number; headSha: string; baseSha: string } }
  | { kind: 'follow-ups'; merge: MergeRef }
  | { kind: 'write-back'; issue: { number: number; author: string; action: string } }
  | { kind: 'report'; run: { headSha: string; pullRequests: Array<{ number: number; headSha: string }> } }
  | { kind: 'agenda' | 'dashboard' | 'remind' }
  | { kind: 'skip'; reason: string };

interface PullPayload {
  action?: string;
  pull_request?: {
    number: number;
    merged?: boolean;
    merge_commit_sha?: string | null;
    head: { sha: string };
    base: { sha: string };
  };
  before?: string;
  after?: string;
  deleted?: boolean;
  issue?: { number: number; user?: { login: string } | null; pull_request?: unknown };
  workflow_run?: {
    head_sha: string;
    pull_requests?: Array<{ number: number; head: { sha: string } }>;
  };
}

const REVIEW_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review', 'edited']);
const NULL_SHA = /^0+$/;

/** Chooses what to do from the `mode` input and the triggering event. Pure. */
export function pickMode(mode: Mode, eventName: string, payload: PullPayload): PickedMode {
  const isPull = eventName === 'pull_request' || eventName === 'pull_request_target';
  const pr = payload.pull_request;
  if (mode === 'agenda' || mode === 'dashboard' || mode === 'remind') return { kind: mode };
  if (mode === 'report' || (mode === 'auto' && eventName === 'workflow_run')) {
    const run = payload.workflow_run;
    if (eventName !== 'workflow_run' || !run)
      return { kind: 'skip', reason: `mode report needs a workflow_run event, not ${eventName}.` };
    const pullRequests = (run.pull_requests ?? []).map((p) => ({ number: p.number, headSha: p.head.sha }));
    return { kind: 'report', run: { headSha: run.head_sha, pullRequests } };
  }

  if (mode === 'review' || (mode === 'auto' && isPull && payload.action !== 'closed')) {
    if (!pr) return { kind: 'skip', reason: `mode review needs a pull_request event, not ${eventName}.` };
    if (mode === 'auto' && !REVIEW_ACTIONS.has(payload.action ?? '')) {
      return { kind: 'skip', reason: `Nothing to review on pull_request ${payload.action}.` };
    }
    return { kind: 'review', pull: { number: pr.number, headSha: pr.head.sha, baseSha: pr.base.sha } };
  }

  if (mode === 'follow-ups' || mode === 'auto') {
    if (isPull && pr) {
      if (payload.action !== 'closed' || !pr.merged || !pr.merge_commit_sha) {
        return {
          kind: 'skip',
          reason: `Pull request #${pr.number} was closed without merging: no follow-ups.`,
        };
      }
      return {
        kind: 'follow-ups',
        merge: { pull: pr.number, sha: pr.merge_commit_sha, before: pr.base.sha },
      };
    }
    if (eventName === 'push' && payload.after && !payload.deleted && !NULL_SHA.test(payload.after)) {
      const before = payload.before && !NULL_SHA.test(payload.before) ? payload.before : undefined;
      return { kind: 'follow-ups', merge: { sha: payload.after, ...(before ? { before } : {}) } };
    }
    if (mode === 'follow-ups') {
      return {
        kind: 'skip',
        reason: `mode follow-ups needs a merged pull_request or a push, not ${eventName}.`,
      };
    }
  }
  if (eventName === 'issues' && (mode === 'auto' || mode === 'follow-ups')) {
    const issue = payload.issue;
    if (!issue || issue.pull_request || (payload.action !== 'closed' && payload.action !== 'reopened'))
      return { kind: 'skip', reason: `Nothing to write back on issues ${payload.action ?? ''}.`.trim() };
    return {
      kind: 'write-back',
      issue: { number: issue.number, author: issue.user?.login ?? '', action: payload.action },
    };
  }
  if (eventName === 'schedule') return { kind: 'remind' };
  return {
    kind: 'skip',
    reason: `Nothing to do for ${eventName}; set the mode input (review, follow-ups, agenda, dashboard, remind).`,
  };
}
