import type { Config } from '../../config/config.js';
import { resolveOwner } from '../../model/owners.js';
import type { Decision, NextAction, Output, Register } from '../../model/register.js';
import { quoteUserText } from '../../text/markdown-escape.js';
import { markerFor } from '../comment-marker.js';
import { capBody, capTitle } from './issue-limits.js';
import { type FollowUpState, fingerprintOf, followUpState, itemKey } from './item-identity.js';

/** Which items get a follow-up issue. */
export type IssuesFor = 'outputs' | 'actions' | 'both';

/** One issue to ensure exists, keyed by register path + item id. */
export interface FollowUpDraft {
  /**
   * `decisions/2026-11-24.yml#A1`: stable across title changes, the issue's identity. An item
   * without an id is keyed by its normalised text (`file#~draft workload order`).
   */
  key: string;
  marker: string;
  /** The item's id, or its text when it has none. */
  id: string;
  /** What the register says: open, done or dropped. */
  state: FollowUpState;
  /** The issue number written back into the register (`(#123)`, an Issue column, `issue: 123`). */
  issue?: number;
  /** Hash of what the issue shows (title, owner, due): a changed one means the issue is updated. */
  fingerprint: string;
  file: string;
  line: number;
  kind: 'action' | 'output';
  title: string;
  itemTitle: string;
  owner?: string;
  due?: string;
  /** Logins to assign if GitHub says they are assignable. */
  assigneeCandidates: string[];
  /** Teams are mentioned, never assigned. */
  teamMentions: string[];
  /** What goes in the body apart from the owner line. */
  context: FollowUpContext;
}

interface FollowUpContext {
  reviewTitle?: string;
  reviewDate?: string;
  decision?: { id: string; title?: string; status?: string };
  registerUrl: string;
  pullUrl?: string;
}

export interface PlanFollowUpsInput {
  registers: Register[];
  /** Decisions from every register known, for the "serves decision" line. */
  decisions: Decision[];
  issuesFor: IssuesFor;
  config: Pick<Config, 'owners' | 'vague_owners'>;
  repo: { owner: string; repo: string; serverUrl: string };
  sha: string;
  pull?: number;
  /** Also items that are done or dropped (reconcile closes their issues); default open only. */
  allStates?: boolean;
}

/**
 * The follow-up issues a merged register asks for: open follow-up outputs and open next actions
 * (per `issuesFor`), each with owner, due date and links. Immediate outputs get none: they are
 * due the same day and the review comment already names them. Items without an id are keyed by
 * their normalised text (see item-identity).
 */
export function planFollowUps(input: PlanFollowUpsInput): FollowUpDraft[] {
  const { repo } = input;
  const byId = new Map(input.decisions.filter((d) => d.id).map((d) => [d.id as string, d]));
  const drafts: FollowUpDraft[] = [];
  for (const register of input.registers) {
    const items: (NextAction | Output)[] = [];
    if (input.issuesFor !== 'actions')
      items.push(...register.outputs.filter((o) => o.timing === 'follow-up'));
    if (input.issuesFor !== 'outputs') items.push(...register.actions);
    for (const item of items as ContractItem[]) {
      const state = followUpState(item.status);
      if (state !== 'open' && !input.allStates) continue;
      const key = itemKey(register.file, item);
      if (key === undefined) continue;
      const id = item.id ?? oneLine(item.title ?? item.text ?? '');
      const owner = resolveOwner(item.owner, { attendees: register.review?.attendees, config: input.config });
      const login = owner?.kind === 'user' ? owner.login : owner?.kind === 'name' ? owner.login : undefined;
      const decision = item.decision ? byId.get(item.decision) : undefined;
      const itemTitle = oneLine(item.title ?? item.text ?? '');
      drafts.push({
        key,
        marker: markerFor('followup', key),
        id,
        state,
        ...(typeof item.issue === 'number' ? { issue: item.issue } : {}),
        fingerprint: fingerprintOf([itemTitle, item.owner ?? '', item.due ?? '', item.kind]),
        file: register.file,
        line: item.pos.line,
        kind: item.kind,
        title: capTitle(
          `${item.id ? `[${oneLine(item.id)}] ` : ''}${itemTitle}${item.due ? ` (due ${oneLine(item.due)})` : ''}`,
        ),
        itemTitle,
        ...(item.owner ? { owner: item.owner } : {}),
        ...(item.due ? { due: item.due } : {}),
        assigneeCandidates: login ? [login] : [],
        teamMentions: owner?.kind === 'team' ? [`@${owner.org}/${owner.slug}`] : [],
        context: {
          ...(register.review?.title ? { reviewTitle: register.review.title } : {}),
          ...(register.review?.date ? { reviewDate: register.review.date } : {}),
          ...(item.decision
            ? { decision: { id: item.decision, title: decision?.title, status: decision?.status ?? 'open' } }
            : {}),
          registerUrl: `${repo.serverUrl}/${repo.owner}/${repo.repo}/blob/${input.sha}/${encodePath(register.file)}#L${item.pos.line}`,
          ...(input.pull
            ? { pullUrl: `${repo.serverUrl}/${repo.owner}/${repo.repo}/pull/${input.pull}` }
            : {}),
        },
      });
    }
  }
  return drafts;
}

/**
 * The issue body. `assigned` are the candidates GitHub accepted; the others are mentioned so the
 * owner still hears of it. Only these intended owner mentions may ping: all quoted text is escaped.
 */
export function renderFollowUpBody(draft: FollowUpDraft, assigned: readonly string[]): string {
  const { context } = draft;
  const unassignable = draft.assigneeCandidates.filter((login) => !assigned.includes(login));
  const ownerText = [
    ...assigned.map((login) => handle(login)),
    ...unassignable.map((login) => `${handle(login)} (not assignable in this repository)`),
    ...draft.teamMentions.map(handle),
  ];
  const owner =
    ownerText.length > 0
      ? ownerText.join(', ')
      : draft.owner
        ? quoteUserText(draft.owner)
        : '_no owner recorded_';
  const lines = [
    `**${draft.kind === 'output' ? 'Follow-up output' : 'Next action'} ${quoteUserText(draft.id)}:** ${quoteUserText(draft.itemTitle)}`,
    '',
    `- **Owner:** ${owner}`,
    `- **Due:** ${draft.due ? quoteUserText(draft.due) : '_no due date recorded_'}`,
  ];
  if (context.reviewTitle || context.reviewDate) {
    const title = context.reviewTitle ? quoteUserText(context.reviewTitle) : 'Review';
    lines.push(
      `- **Review:** ${title}${context.reviewDate ? ` (${quoteUserText(context.reviewDate)})` : ''}`,
    );
  }
  if (context.decision) {
    const { id, title, status } = context.decision;
    lines.push(
      `- **Serves decision:** ${quoteUserText(id)}${title ? ` ${quoteUserText(title)}` : ''} (status: ${quoteUserText(status ?? 'open')})`,
    );
  }
  lines.push(`- **Recorded in:** [${quoteUserText(draft.file)} line ${draft.line}](${context.registerUrl})`);
  if (context.pullUrl) lines.push(`- **Merged in:** ${context.pullUrl}`);
  lines.push(
    '',
    `_Opened by decision-register from the merged register. Close this issue when the work is done._`,
  );
  return capBody(lines.join('\n'), `${draft.marker}\n${markerFor('fingerprint', draft.fingerprint)}`);
}

/** A login or `org/team` as a mention; anything else (it should never be) as quoted text. */
function handle(name: string): string {
  const bare = name.startsWith('@') ? name.slice(1) : name;
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?(?:\/[A-Za-z0-9][A-Za-z0-9_-]*)?$/.test(bare)
    ? `@${bare}`
    : quoteUserText(name);
}

/** The register model's contract fields (`text`, `issue`) that readers fill in. */
type ContractItem = (NextAction | Output) & { text?: string; issue?: number };

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
