import type { Item, Register } from './register.js';

/** One item and the register it lives in. */
export interface ItemRef {
  register: Register;
  item: Item;
}

/** Every item id in the repo's registers, each with all the places that define it. */
export interface RepoIndex {
  /** Id (trimmed, case-sensitive) → definitions in file, line, column order. */
  byId: Map<string, ItemRef[]>;
}

/** Indexes the items of `registers` by id; items without an id are left out. */
export function buildRepoIndex(registers: Register[]): RepoIndex {
  const byId = new Map<string, ItemRef[]>();
  for (const register of registers) {
    // Each list in turn, not one spread copy of all of them: registers hold 50k items.
    for (const items of [register.decisions, register.actions, register.outputs] as (Item[] | undefined)[]) {
      for (const item of items ?? []) {
        const id = typeof item.id === 'string' ? item.id.trim() : '';
        if (id === '') continue;
        const refs = byId.get(id);
        if (refs) refs.push({ register, item });
        else byId.set(id, [{ register, item }]);
      }
    }
  }
  for (const refs of byId.values()) if (refs.length > 1) refs.sort(compareRefs);
  return { byId };
}

/** Orders items by file, then line, then column. */
export function compareRefs(a: ItemRef, b: ItemRef): number {
  if (a.register.file !== b.register.file) return a.register.file < b.register.file ? -1 : 1;
  return (
    (a.item.pos?.line ?? 0) - (b.item.pos?.line ?? 0) || (a.item.pos?.column ?? 0) - (b.item.pos?.column ?? 0)
  );
}
