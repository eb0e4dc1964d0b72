import type { Label } from './corpus-labels.js';
import { canonicalStatus, dueIso } from './vocabulary.js';

/** An item as the reader produced it, reduced to what the labels say. */
export interface ReadItem {
  file: string;
  line: number;
  kind: 'decision' | 'action' | 'output';
  owners: string[];
  due?: string | undefined;
  /** The due date as written, when the reader normalised it (`next meeting` → 2019-10-09). */
  dueWritten?: string | undefined;
  status?: string | undefined;
  title?: string | undefined;
}

/** How one label fared. */
export interface LabelResult {
  label: Label;
  item?: ReadItem;
  kind: boolean;
  owner: boolean;
  due: boolean;
  /** undefined when the label has no status. */
  status?: boolean;
}

/**
 * Pairs labels with read items of the same file: the item on the label's line, else one on
 * the line before or after (a wrapped list item), each item used once. Where several items
 * share a line (a decision and the action it hands out), an item of the label's kind (and
 * then owner) is taken first, so the pairing does not depend on the order the readers list
 * them in.
 */
export function matchLabels(
  labels: readonly Label[],
  items: readonly ReadItem[],
  reference: (file: string) => string | undefined,
): { results: LabelResult[]; extra: ReadItem[] } {
  const unused = new Set(items);
  const take = (label: Label, line: number, sameKind: boolean, sameOwner = false) => {
    for (const item of unused) {
      if (item.file !== label.file || item.line !== line) continue;
      if (sameKind && (item.kind === 'decision') !== (label.kind === 'decision')) continue;
      if (sameOwner && !ownersMatch(label.owner, item.owners)) continue;
      unused.delete(item);
      return item;
    }
    return undefined;
  };
  const paired = labels.map((label) => ({ label, item: take(label, label.line, true, true) }));
  for (const pair of paired) pair.item ??= take(pair.label, pair.label.line, true);
  for (const pair of paired) pair.item ??= take(pair.label, pair.label.line, false);
  for (const pair of paired) {
    const { label } = pair;
    pair.item ??= take(label, label.line + 1, false) ?? take(label, label.line - 1, false);
  }
  const results = paired.map(({ label, item }) => judge(label, item, reference(label.file)));
  return { results, extra: [...unused] };
}

function judge(label: Label, item: ReadItem | undefined, reference: string | undefined): LabelResult {
  if (!item)
    return { label, kind: false, owner: false, due: false, ...(label.status ? { status: false } : {}) };
  const result: LabelResult = {
    label,
    item,
    kind: label.kind === 'decision' ? item.kind === 'decision' : item.kind !== 'decision',
    owner: ownersMatch(label.owner, item.owners),
    due:
      dueMatches(label.due, item.due, reference) ||
      (item.dueWritten !== undefined && dueMatches(label.due, item.dueWritten, reference)),
  };
  if (label.status) result.status = statusMatches(label.status, item.status, item.kind);
  return result;
}

/** Owners compared loosely: each labelled owner is found among those read (name, @login, or squashed). */
export function ownersMatch(labelled: string | null, read: readonly string[]): boolean {
  if (labelled === null) return read.length === 0;
  const wanted = splitOwners(labelled);
  if (wanted.length === 0 || wanted.every(isPlaceholder))
    return read.length === 0 || read.every(isPlaceholder) || sameText(labelled, read.join(', '));
  if (read.length === 0) return false;
  const got = read.flatMap(splitOwners);
  return wanted.every((want) => got.some((have) => sameOwner(want, have)));
}

function splitOwners(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\/|&|\band\b)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
}

function sameOwner(a: string, b: string): boolean {
  const handles = (s: string) => [...s.matchAll(/@([\w-]+(?:\/[\w-]+)?)/g)].map((m) => m[1]!.toLowerCase());
  const ha = handles(a);
  const hb = handles(b);
  if (ha.length > 0 && hb.length > 0) return ha.some((h) => hb.includes(h));
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const contains = (x: string[], y: string[]) => y.every((w) => x.includes(w));
  return contains(wa, wb) || contains(wb, wa) || squash(a) === squash(b);
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\([^)]*@[^)]*\)/g, ' ')
    .split(/[^\p{L}\p{N}@]+/u)
    .filter((w) => w.length > 0 && w !== 'probably');
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function isPlaceholder(text: string): boolean {
  const s = squash(text);
  return s === '' || /^(tb[ad]|tbassigned|unassigned|nobody|none|all|everyone|someone|team)$/.test(s);
}

function sameText(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return x.length > 0 && (x.includes(y) || y.includes(x)) && y.length > 0;
}

/** Due dates compared as dates when both read as one; otherwise as text, loosely. */
export function dueMatches(labelled: string | null, read: string | undefined, reference?: string): boolean {
  if (labelled === null) return read === undefined;
  if (read === undefined) return false;
  const want = dueIso(labelled, reference);
  const got = dueIso(read, reference);
  if (want && got) return want === got;
  return sameText(labelled, read);
}

/** `~~struck through~~`, as a label writes it: the item is finished (done, or resolved if a decision). */
const STRUCK = /^struck(?:[\s-]*through)?$/i;

function statusMatches(labelled: string, read: string | undefined, kind: string): boolean {
  if (read === undefined) return false;
  if (STRUCK.test(labelled.trim()))
    return canonicalStatus(read, kind) === (kind === 'decision' ? 'resolved' : 'done');
  const want = canonicalStatus(labelled, kind);
  const got = canonicalStatus(read, kind);
  if (want && got) return want === got;
  return sameText(labelled, read);
}
