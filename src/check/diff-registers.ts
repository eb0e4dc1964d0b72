import type { RawFinding } from '../model/finding.js';
import type { Decision, Item, Register } from '../model/register.js';
import {
  allItems,
  describeItem,
  fieldPos,
  findingAt,
  isBlank,
  itemId,
  quote,
  statusOf,
} from '../rules/rule-context.js';

/** What changed between a pull request's base and head registers. */
export interface RegisterDiff {
  /** status-regressed, decision-removed and resolution-changed findings. */
  findings: RawFinding[];
  /** `${file}#${id}` of head items that are new or differ from the base item with that id. */
  changedItems: Set<string>;
  /** Head files whose review part (title, date, attendees …) is new or changed. */
  changedReviews: Set<string>;
  /** `${file}:${line}` of head prose lines whose text the base file did not have. */
  changedProse: Set<string>;
}

/**
 * Compares base and head registers. Items are matched by id, across files (so a renamed
 * file's items are not new), ignoring positions.
 */
export function diffRegisters(base: Register[], head: Register[]): RegisterDiff {
  const baseFiles = new Map(base.map((register) => [register.file, register]));
  const headFiles = new Map(head.map((register) => [register.file, register]));
  const baseItems = itemsById(base);
  const changedItems = new Set<string>();
  const changedReviews = new Set<string>();
  const changedProse = new Set<string>();
  for (const register of head) {
    for (const item of allItems(register)) {
      const id = itemId(item);
      if (id === null) continue;
      const before = pick(baseItems.get(id), register.file, item.kind);
      if (!before || canonical(before.item) !== canonical(item)) changedItems.add(`${register.file}#${id}`);
    }
    const previous = baseFiles.get(register.file);
    if (!previous || canonical(previous.review) !== canonical(register.review))
      changedReviews.add(register.file);
    for (const line of newProseLines(previous, register)) changedProse.add(`${register.file}:${line}`);
  }
  const findings = decisionFindings(base, itemsById(head), headFiles);
  return { findings, changedItems, changedReviews, changedProse };
}

interface Ref {
  register: Register;
  item: Item;
}

function decisionFindings(base: Register[], headItems: Map<string, Ref[]>, headFiles: Map<string, Register>) {
  const findings: RawFinding[] = [];
  const seen = new Set<string>();
  for (const register of base) {
    for (const before of register.decisions ?? []) {
      const id = itemId(before);
      if (id === null || seen.has(id)) continue;
      seen.add(id);
      const after = pick(headItems.get(id), register.file, 'decision');
      if (!after) {
        const headRegister = headFiles.get(register.file);
        const pos = headRegister?.review?.pos;
        const message = `${describeItem(before)} was removed; mark it superseded instead of deleting it`;
        findings.push(findingAt(headRegister ?? register, pos, 'decision-removed', message, id));
        continue;
      }
      if (statusOf(before) !== 'resolved') continue;
      const decision = after.item as Decision;
      const status = statusOf(decision);
      if (status !== 'resolved' && status !== 'superseded' && isBlank(decision.reopened_reason)) {
        const message = `${describeItem(decision)} was resolved and is now ${quote(status)}; give a reopened_reason`;
        findings.push(
          findingAt(after.register, fieldPos(decision, 'status'), 'status-regressed', message, id),
        );
      } else if (
        status === 'resolved' &&
        !isBlank(before.resolution) &&
        flat(before.resolution) !== flat(decision.resolution)
      ) {
        const message = `The resolution of ${describeItem(decision)} changed; supersede it with a new decision instead`;
        findings.push(
          findingAt(after.register, fieldPos(decision, 'resolution'), 'resolution-changed', message, id),
        );
      }
    }
  }
  return findings;
}

function itemsById(registers: Register[]): Map<string, Ref[]> {
  const byId = new Map<string, Ref[]>();
  for (const register of registers) {
    for (const item of allItems(register)) {
      const id = itemId(item);
      if (id !== null) byId.set(id, [...(byId.get(id) ?? []), { register, item }]);
    }
  }
  return byId;
}

/** The ref of that kind in the same file, else the first of that kind anywhere. */
function pick(refs: Ref[] | undefined, file: string, kind: Item['kind']): Ref | undefined {
  const sameKind = (refs ?? []).filter((ref) => ref.item.kind === kind);
  return sameKind.find((ref) => ref.register.file === file) ?? sameKind[0];
}

/** Head prose lines (one per physical line) whose trimmed text the base file lacks. */
function newProseLines(previous: Register | undefined, register: Register): number[] {
  const lines = (r: Register | undefined) =>
    (r?.prose ?? []).flatMap((prose) =>
      String(prose.text ?? '')
        .split(/\r?\n/)
        .map((text, offset) => ({ text: text.trim(), line: prose.pos.line + offset })),
    );
  const remaining = new Map<string, number>();
  for (const { text } of lines(previous)) remaining.set(text, (remaining.get(text) ?? 0) + 1);
  const added: number[] = [];
  for (const { text, line } of lines(register)) {
    const count = remaining.get(text) ?? 0;
    if (count > 0) remaining.set(text, count - 1);
    else added.push(line);
  }
  return added;
}

/** JSON with sorted keys and without `pos`/`at`, so equal content compares equal. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (key, inner) => {
      if (key === 'pos' || key === 'at') return undefined;
      if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
        return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      }
      return inner;
    }) ?? ''
  );
}

function flat(text: string | undefined): string {
  return (text ?? '').trim().replace(/\s+/g, ' ');
}
