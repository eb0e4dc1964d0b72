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

/** How an item was written in its file. */
export type ItemSource = 'table' | 'task-list' | 'bullet' | 'yaml' | 'adr' | 'front-matter' | 'prose';

/**
 * What every item may carry besides its register fields. The reader fills what it knows:
 * `owner` stays the first owner (the rules judge it), `owners` has every one read.
 */
interface ItemCommon extends Located {
  id?: string;
  title?: string;
  /**
   * The canonical status once read (see normalizeStatus); an unknown value stays as written
   * and `status-invalid` reports it.
   */
  status?: string;
  owner?: string;
  /** YYYY-MM-DD once read (see readDate); a date that could not be read stays as written. */
  due?: string;
  source?: ItemSource;
  /** The raw text of the row, list item or record, as written. */
  text?: string;
  /** Every owner read, as written; `owner` is the first. */
  owners?: string[];
  /** Unknown columns or keys, kept verbatim. */
  extra?: Record<string, string>;
  /** The follow-up issue number written back (`(#123)`, an `Issue` column, `issue: 123`). */
  issue?: number;
  /** Values as written where the reader normalised them (`status: "✅ Accepted"`, `due: "Dec 5"`). */
  written?: WrittenValues;
  /** Exact source ranges of written values, where the reader is sure of them (for fixes). */
  spans?: FieldSpans;
}

/** A range of source text: 1-based, end exclusive, on one line. */
export interface TextRange {
  line: number;
  column: number;
  endColumn: number;
}

/** Source ranges of values as written, by field. */
export type FieldSpans = Partial<Record<keyof WrittenValues, TextRange>>;

/** Values as the author wrote them, for the fields the reader normalised. */
export interface WrittenValues {
  status?: string;
  due?: string;
  resolved_on?: string;
  date?: string;
}

export interface Attendee extends Located {
  name?: string;
  github?: string;
  role?: string;
  group?: string;
}

export interface Review extends Located {
  title?: string;
  /** The meeting date, YYYY-MM-DD once read; rules check it is a real date. */
  date?: string;
  cycle_days?: number;
  /** The next meeting's date as the notes give it (`Next meeting: 9 October 2019`), YYYY-MM-DD. */
  next_meeting?: string;
  /** The open operational problem this review works on (used by the pre-read). */
  problem?: string;
  attendees: Attendee[];
  /** Values as written where the reader normalised them (`date`). */
  written?: WrittenValues;
  spans?: FieldSpans;
}

/** An external dependency that blocks a decision. */
export interface Blocker extends Located {
  what?: string;
  owner?: string;
  due?: string;
}

export interface Decision extends ItemCommon {
  kind: 'decision';
  resolution?: string;
  resolved_on?: string;
  reopened_reason?: string;
  depends_on: string[];
  blocked_by: Blocker[];
  topics: string[];
}

export interface NextAction extends ItemCommon {
  kind: 'action';
  /** The id of the decision this action serves. */
  decision?: string;
}

export interface Output extends ItemCommon {
  kind: 'output';
  timing?: string;
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
  /** A YAML file in a format of its own that records one proposal (a KEP's or GEP's metadata). */
  record?: true;
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
