import type { FieldPositions, Position } from './position.js';

export const DECISION_STATUSES = [
  'open',
  'resolved',
  'assigned',
  'blocked',
  'deferred',
  'superseded',
] as const;
export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export const OUTPUT_STATUSES = ['open', 'done', 'dropped'] as const;
export const OUTPUT_TIMINGS = ['immediate', 'follow-up'] as const;
export const ATTENDEE_GROUPS = ['core', 'specialist'] as const;

export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export type ItemStatus = (typeof ACTION_STATUSES)[number];
export type OutputTiming = (typeof OUTPUT_TIMINGS)[number];

/**
 * Fields common to every located thing. Values are kept as the author wrote them
 * (strings, trimmed); rules judge them. `pos` is where the item starts; `at` holds
 * the position of each field that was present.
 */
interface Located {
  pos: Position;
  at: FieldPositions;
}

export interface Attendee extends Located {
  name?: string;
  github?: string;
  role?: string;
  group?: string;
}

export interface Review extends Located {
  title?: string;
  /** The meeting date as written; rules check it is a real YYYY-MM-DD. */
  date?: string;
  cycle_days?: number;
  /** The open operational problem this review works on (used by the pre-read). */
  problem?: string;
  attendees: Attendee[];
}

/** An external dependency that blocks a decision. */
export interface Blocker extends Located {
  what?: string;
  owner?: string;
  due?: string;
}

export interface Decision extends Located {
  kind: 'decision';
  id?: string;
  title?: string;
  /** As written; may be outside the enum (`status-invalid` reports it). */
  status?: string;
  owner?: string;
  due?: string;
  resolution?: string;
  resolved_on?: string;
  reopened_reason?: string;
  depends_on: string[];
  blocked_by: Blocker[];
  topics: string[];
}

export interface NextAction extends Located {
  kind: 'action';
  id?: string;
  title?: string;
  status?: string;
  owner?: string;
  due?: string;
  /** The id of the decision this action serves. */
  decision?: string;
}

export interface Output extends Located {
  kind: 'output';
  id?: string;
  title?: string;
  status?: string;
  timing?: string;
  owner?: string;
  due?: string;
  decision?: string;
}

export type Item = Decision | NextAction | Output;

/** A Markdown paragraph outside the tables, kept for the `followup-implied` rule. */
export interface ProseLine {
  text: string;
  pos: Position;
  /** True when this line continues the paragraph of the line before it (a soft line break). */
  continues?: boolean;
  /** True inside a block quote: quoted text commits nobody here. */
  quoted?: boolean;
  /** True for the text of a GFM task-list item (`- [ ] …`): an item, not prose. */
  task?: boolean;
}

/** One register file, parsed. Parsing never throws: a file that failed to parse is empty. */
export interface Register {
  /** Repo- or cwd-relative path with forward slashes. */
  file: string;
  format: 'yaml' | 'markdown';
  review?: Review;
  decisions: Decision[];
  actions: NextAction[];
  outputs: Output[];
  /** Prose outside tables (Markdown only). */
  prose: ProseLine[];
}

/** True when a decision no longer needs an owner or date. */
export function isSettled(decision: Decision): boolean {
  return decision.status === 'resolved' || decision.status === 'superseded';
}

/** True when an action or output is finished or dropped. */
export function isClosedItem(item: NextAction | Output): boolean {
  return item.status === 'done' || item.status === 'dropped';
}

/** Every item in a register, decisions first. */
export function itemsOf(register: Register): Item[] {
  return [...register.decisions, ...register.actions, ...register.outputs];
}
