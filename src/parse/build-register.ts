import type { FieldPositions, Position } from '../model/position.js';
import type {
  Attendee,
  Blocker,
  Decision,
  Item,
  NextAction,
  Output,
  Register,
  Review,
} from '../model/register.js';
import type { Locator } from './locator.js';

type Raw = Record<string, unknown>;

/** The schema's bound on `cycle_days`: a year. */
const MAX_CYCLE_DAYS = 366;

const DECISION_TEXT = [
  'id',
  'title',
  'status',
  'owner',
  'due',
  'resolution',
  'resolved_on',
  'reopened_reason',
] as const;
const ACTION_TEXT = ['id', 'title', 'status', 'owner', 'due', 'decision'] as const;
const OUTPUT_TEXT = ['id', 'title', 'status', 'timing', 'owner', 'due', 'decision'] as const;
const ATTENDEE_TEXT = ['name', 'github', 'role', 'group'] as const;
const REVIEW_TEXT = ['title', 'date', 'problem'] as const;
const BLOCKER_TEXT = ['what', 'owner', 'due'] as const;

/**
 * Builds a {@link Register} from a raw value (YAML's, or the one Markdown assembles) and its
 * locator. Both forms go through here, so the same register written either way comes out
 * equal. Tolerant by design: the schema findings say what is wrong, and this keeps whatever
 * is usable — scalars become trimmed strings (a number `due` becomes its text), null means
 * absent, and entries that are not mappings are skipped. Only own keys are read, so keys
 * such as `__proto__` or `constructor` cannot reach an object's prototype.
 */
export function buildRegister(
  file: string,
  format: Register['format'],
  raw: unknown,
  locator: Locator,
): Register {
  const root = isRecord(raw) ? raw : {};
  const register: Register = {
    file,
    format,
    decisions: mapItems(root, 'decisions', locator, buildDecision),
    actions: mapItems(root, 'actions', locator, (item, at) =>
      located(item, at, ACTION_TEXT, 'action'),
    ) as NextAction[],
    outputs: mapItems(root, 'outputs', locator, (item, at) =>
      located(item, at, OUTPUT_TEXT, 'output'),
    ) as Output[],
    prose: [],
  };
  const review = own(root, 'review');
  if (isRecord(review)) register.review = buildReview(review, locator.sub(['review']));
  return register;
}

function buildReview(raw: Raw, at: Locator): Review {
  const review = located(raw, at, REVIEW_TEXT) as Review;
  review.attendees = [];
  const cycle = own(raw, 'cycle_days');
  // Out of range (the schema reports it) is left out, so date arithmetic never sees it.
  if (typeof cycle === 'number' && Number.isInteger(cycle) && cycle >= 1 && cycle <= MAX_CYCLE_DAYS) {
    review.cycle_days = cycle;
    review.at.cycle_days = at.at(['cycle_days']);
  }
  review.attendees = mapItems(
    raw,
    'attendees',
    at,
    (item, itemAt) => located(item, itemAt, ATTENDEE_TEXT) as Attendee,
  );
  return review;
}

function buildDecision(raw: Raw, at: Locator): Decision {
  const decision = located(raw, at, DECISION_TEXT, 'decision') as Decision;
  decision.depends_on = textList(raw, 'depends_on', at, decision.at);
  decision.blocked_by = [];
  decision.topics = textList(raw, 'topics', at, decision.at);
  decision.blocked_by = mapItems(
    raw,
    'blocked_by',
    at,
    (item, itemAt) => located(item, itemAt, BLOCKER_TEXT) as Blocker,
  );
  if (Array.isArray(own(raw, 'blocked_by'))) decision.at.blocked_by = at.at(['blocked_by']);
  return decision;
}

/** The mappings of list `key`, each built with a locator rooted at it. */
function mapItems<T>(raw: Raw, key: string, at: Locator, build: (item: Raw, at: Locator) => T): T[] {
  const list = own(raw, key);
  if (!Array.isArray(list)) return [];
  const built: T[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (isRecord(item)) built.push(build(item, at.sub([key, i])));
  }
  return built;
}

/** A mapping's position and its scalar fields `keys`, each with its position. */
type LocatedFields<K extends string> = { pos: Position; at: FieldPositions } & Partial<Record<K, string>>;

/** `kind` (when given), `pos`, `at` and the scalar fields `keys` of a mapping, built in place. */
function located<K extends string>(
  raw: Raw,
  at: Locator,
  keys: readonly K[],
  kind?: Item['kind'],
): LocatedFields<K> {
  const fields: FieldPositions = {};
  const pos = at.at([]);
  const result: Record<string, unknown> = kind ? { kind, pos, at: fields } : { pos, at: fields };
  for (const key of keys) {
    const value = text(own(raw, key));
    if (value === undefined) continue;
    result[key] = value;
    fields[key] = at.at([key]);
  }
  return result as LocatedFields<K>;
}

/** A list of strings; a single string is a one-element list. Positions go to `key.N`. */
function textList(raw: Raw, key: string, at: Locator, fields: FieldPositions): string[] {
  const value = own(raw, key);
  if (value === undefined || value === null) return [];
  fields[key] = at.at([key]);
  if (!Array.isArray(value)) {
    const single = text(value);
    if (single === undefined) return [];
    fields[entryKey(key, 0)] = fields[key]!;
    return [single];
  }
  // Sized once: a list grown by push starts with room for 17, and 50k items make two lists each.
  let count = 0;
  for (const entry of value) if (text(entry) !== undefined) count++;
  const list: string[] = new Array(count);
  for (let i = 0, n = 0; i < value.length; i++) {
    const entry = text(value[i]);
    if (entry === undefined) continue;
    fields[entryKey(key, n)] = at.at([key, i]);
    list[n++] = entry;
  }
  return list;
}

const ENTRY_KEYS = new Map<string, string[]>();

/** `key.N`, the same string each time for small N: 50k decisions need not each make their own. */
function entryKey(key: string, index: number): string {
  if (index >= 32) return `${key}.${index}`;
  let keys = ENTRY_KEYS.get(key);
  if (!keys) {
    keys = [];
    ENTRY_KEYS.set(key, keys);
  }
  keys[index] ??= `${key}.${index}`;
  return keys[index];
}

/** A scalar as trimmed text; undefined for null, lists and mappings. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return undefined;
}

function own(raw: Raw, key: string): unknown {
  return Object.hasOwn(raw, key) ? raw[key] : undefined;
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
