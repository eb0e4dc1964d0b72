import type { Config } from '../config/config.js';
import type { RawFinding } from '../model/finding.js';
import type { Position } from '../model/position.js';
import type { Decision, Item, NextAction, Output, Register } from '../model/register.js';
import type { RepoIndex } from '../model/repo-index.js';
import type { RuleId } from '../model/rule-catalogue.js';
import type { SourceText } from '../parse/fix/source-text.js';
import type { ProseTagger } from './prose/prose-tagger.js';

export { isOpenItem, statusOf } from '../model/statuses.js';

/** Everything a rule may look at. Rules are pure functions of this. */
export interface RuleContext {
  /** Every register known in the repo (for cross-file ids, dependencies and cycles). */
  registers: Register[];
  /** The registers to report on; a subset of `registers`. */
  targets: Register[];
  index: RepoIndex;
  config: Config;
  /** Today as YYYY-MM-DD (the caller's clock, so rules stay pure). */
  today: string;
  /** Tags prose for `followup-implied`; default: the one prepareCheck loaded, if any. */
  tagger?: ProseTagger;
  /** A target file's decoded text, for rules that attach fixes (absent: no fixes). */
  sourceOf?: (file: string) => SourceText | undefined;
  /** Ids that fixes of this check give to items without one, so other fixes may name them. */
  pendingIds?: ReadonlySet<string>;
}

/** One rule implementation. `run` never throws, whatever the register holds. */
export interface Rule {
  id: RuleId;
  run(ctx: RuleContext): RawFinding[];
}

/**
 * `compute` once per check: rules that walk the same slots (dates, owners) share one walk. A
 * context is not changed once the rules run, so its identity is the key.
 */
export function perCheck<T>(compute: (ctx: RuleContext) => T): (ctx: RuleContext) => T {
  const cache = new WeakMap<RuleContext, T>();
  return (ctx) => {
    if (!cache.has(ctx)) cache.set(ctx, compute(ctx));
    return cache.get(ctx) as T;
  };
}

/** Builds a finding in `register` at `pos` (the field's position, else the item's). */
export function findingAt(
  register: Register,
  pos: Position | undefined,
  rule: RuleId,
  message: string,
  item: string | null,
): RawFinding {
  return { file: register.file, line: pos?.line ?? 1, column: pos?.column ?? 1, rule, message, item };
}

/** The position of `field` when it was written, else where the thing starts. */
export function fieldPos(thing: { pos: Position; at: Record<string, Position> }, field: string): Position {
  return thing.at?.[field] ?? thing.pos;
}

/** A field's text, trimmed; '' when the field is missing or not a string. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** True when a value is missing or only whitespace. */
export function isBlank(value: string | undefined | null): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** The item's id, trimmed, or null when it has none (findings then carry `item: null`). */
export function itemId(item: { id?: string }): string | null {
  return typeof item.id === 'string' && item.id.trim() !== '' ? item.id.trim() : null;
}

const KIND_LABEL = { decision: 'Decision', action: 'Action', output: 'Output' } as const;

/** `Decision D3`, or `Decision "Adopt Okta"` when the id is missing: names the item in messages. */
export function describeItem(item: Item): string {
  const label = KIND_LABEL[item.kind] ?? 'Item';
  const id = itemId(item);
  if (id) return `${label} ${idText(id)}`;
  if (!isBlank(item.title)) return `${label} ${quote(item.title ?? '')}`;
  return `${label} without id`;
}

/**
 * User text for a message: one line, at most 60 characters, in double quotes. Renderers
 * escape messages for their medium (Markdown, annotations), so no escaping happens here.
 */
export function quote(text: string): string {
  const flat = String(text)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .trim();
  const short = flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
  return `"${short}"`;
}

/** Every item of a register, decisions first; tolerates a register missing a list. */
export function allItems(register: Register): Item[] {
  return [...decisionsOf(register), ...(register.actions ?? []), ...(register.outputs ?? [])];
}

/** The register's decisions, or none. */
export function decisionsOf(register: Register): Decision[] {
  return register.decisions ?? [];
}

/** The register's actions and outputs, or none. */
export function workItemsOf(register: Register): Array<NextAction | Output> {
  return [...(register.actions ?? []), ...(register.outputs ?? [])];
}

/** `Blocker "Okta contract" of Decision D3`: names a blocker in messages. */
export function describeBlocker(blocker: { what?: string }, decision: Item): string {
  const what = isBlank(blocker.what) ? '' : ` ${quote(blocker.what ?? '')}`;
  return `Blocker${what} of ${describeItem(decision)}`;
}

/** An id for a message: as written when it is plain (`D3`, `ops.12`), else quoted. */
export function idText(id: string): string {
  return /^[\w.-]{1,40}$/.test(id) ? id : quote(id);
}

/** Position of entry `index` (0-based) of a list field, else of the field, else of the thing. */
export function entryPos(
  thing: { pos: Position; at: Record<string, Position> },
  field: string,
  index: number,
): Position {
  return thing.at?.[`${field}.${index}`] ?? fieldPos(thing, field);
}
