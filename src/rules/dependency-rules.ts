import type { RawFinding } from '../model/finding.js';
import type { Decision } from '../model/register.js';
import { compareRefs, type ItemRef } from '../model/repo-index.js';
import { DigraphBuilder, findCycles } from './find-cycles.js';
import { blockerSeparatorFix, dependsOnSeparatorFix } from './fixes/dependency-fix.js';
import { withFix } from './fixes/rule-fix.js';
import {
  decisionsOf,
  describeBlocker,
  describeItem,
  entryPos,
  fieldPos,
  findingAt,
  idText,
  isBlank,
  itemId,
  type Rule,
  type RuleContext,
  statusOf,
  textOf,
  workItemsOf,
} from './rule-context.js';

/** dependency-missing: a blocked decision that names neither depends_on nor blocked_by. */
export const dependencyMissing: Rule = {
  id: 'dependency-missing',
  run(ctx) {
    return ctx.targets.flatMap((register) =>
      decisionsOf(register)
        .filter(
          (d) => statusOf(d) === 'blocked' && dependsOn(d).length === 0 && (d.blocked_by ?? []).length === 0,
        )
        .map((d) => {
          const message = `${describeItem(d)} is blocked but names no dependency (depends_on or blocked_by)`;
          return findingAt(register, fieldPos(d, 'status'), 'dependency-missing', message, itemId(d));
        }),
    );
  },
};

/** dependency-unowned: an external dependency (blocked_by entry) without an owner. */
export const dependencyUnowned: Rule = {
  id: 'dependency-unowned',
  run(ctx) {
    // Loops rather than flatMap: one empty list per decision adds up over 50k of them.
    const findings: RawFinding[] = [];
    for (const register of ctx.targets)
      for (const d of decisionsOf(register))
        for (const blocker of d.blocked_by ?? []) {
          if (!isBlank(blocker.owner)) continue;
          const message = `${describeBlocker(blocker, d)} has no owner`;
          const finding = findingAt(register, blocker.pos, 'dependency-unowned', message, itemId(d));
          findings.push(withFix(finding, blockerSeparatorFix(ctx, register, blocker)));
        }
    return findings;
  },
};

/**
 * dependency-unknown: depends_on, or an action's or output's `decision`, names an id that no
 * register defines.
 */
export const dependencyUnknown: Rule = {
  id: 'dependency-unknown',
  run(ctx) {
    const findings = ctx.targets.flatMap((register) =>
      workItemsOf(register).flatMap((item) => {
        const id = textOf(item.decision).trim();
        if (id === '' || ctx.index.byId.has(id)) return [];
        const message = `${describeItem(item)} serves decision ${idText(id)}, which no register defines`;
        return [findingAt(register, fieldPos(item, 'decision'), 'dependency-unknown', message, itemId(item))];
      }),
    );
    for (const register of ctx.targets)
      for (const d of decisionsOf(register)) {
        const ids = dependsOn(d);
        for (let index = 0; index < ids.length; index++) {
          const id = ids[index]!;
          if (id === '' || ctx.index.byId.has(id)) continue;
          const message = `${describeItem(d)} depends on ${idText(id)}, which no register defines`;
          const finding = findingAt(
            register,
            entryPos(d, 'depends_on', index),
            'dependency-unknown',
            message,
            itemId(d),
          );
          findings.push(withFix(finding, dependsOnSeparatorFix(ctx, register, d, index, id)));
        }
      }
    return findings;
  },
};

/**
 * dependency-cycle: decisions that depend on each other, across all registers. Each cycle
 * is reported once, at the depends_on entry of its first member (file, line order) among the
 * target registers.
 */
export const dependencyCycle: Rule = {
  id: 'dependency-cycle',
  run(ctx) {
    if (onlyEarlierDependencies(ctx)) return [];
    const graph = new DigraphBuilder();
    everyDependent(ctx, (id, deps) => {
      const from = graph.node(id);
      for (const written of deps) {
        const dep = dependencyId(written);
        if (ctx.index.byId.has(dep)) graph.edge(from, graph.node(dep));
      }
      return true;
    });
    if (graph.edgeCount === 0) return [];
    const targetFiles = new Set(ctx.targets.map((register) => register.file));
    const firstTarget = (id: string): ItemRef | undefined =>
      ctx.index.byId
        .get(id)
        ?.find((ref) => ref.item.kind === 'decision' && targetFiles.has(ref.register.file));
    const pickStart = (members: string[]) =>
      members
        .map(firstTarget)
        .filter((ref): ref is ItemRef => ref !== undefined)
        .sort(compareRefs)
        .map((ref) => itemId(ref.item))[0] ?? undefined;
    const findings: RawFinding[] = [];
    for (const cycle of findCycles(graph.build(), pickStart)) {
      const start = firstTarget(cycle[0]!)!;
      const decision = start.item as Decision;
      const nextIndex = dependsOn(decision).indexOf(cycle[1] ?? cycle[0]!);
      const pos = nextIndex >= 0 ? entryPos(decision, 'depends_on', nextIndex) : decision.pos;
      const message = `Decisions depend on each other in a cycle: ${describeCycle(cycle)}`;
      findings.push(findingAt(start.register, pos, 'dependency-cycle', message, itemId(decision)));
    }
    return findings;
  },
};

/**
 * True when every known dependency names an id first defined before the depending decision's
 * own id (file, line, column order). Such a graph has no cycle, since a cycle must step forward
 * somewhere; registers mostly depend on what was decided before, so this one pass of lookups
 * usually spares building the graph.
 */
function onlyEarlierDependencies(ctx: RuleContext): boolean {
  return everyDependent(ctx, (id, deps) => {
    const from = ctx.index.byId.get(id)?.[0];
    if (!from) return false;
    for (const written of deps) {
      const to = ctx.index.byId.get(dependencyId(written))?.[0];
      if (to && compareRefs(to, from) >= 0) return false;
    }
    return true;
  });
}

/**
 * Calls `visit` with the id and the depends_on list of each decision (across all registers)
 * that has both, until it returns false; whether every call returned true.
 */
function everyDependent(ctx: RuleContext, visit: (id: string, deps: readonly unknown[]) => boolean): boolean {
  for (const register of ctx.registers) {
    for (const decision of decisionsOf(register)) {
      const deps = decision.depends_on;
      if (!Array.isArray(deps) || deps.length === 0) continue;
      const id = itemId(decision);
      if (id !== null && !visit(id, deps)) return false;
    }
  }
  return true;
}

/** The decision's depends_on ids, trimmed; tolerates a missing or odd list. */
function dependsOn(decision: Decision): string[] {
  return Array.isArray(decision.depends_on) ? decision.depends_on.map(dependencyId) : [];
}

/** A depends_on entry as an id, trimmed, whatever was written. */
function dependencyId(written: unknown): string {
  return typeof written === 'string' ? written.trim() : String(written ?? '').trim();
}

/** `D1 → D2 → D1`; long cycles keep their first eight members and the last. */
function describeCycle(cycle: string[]): string {
  const ids = cycle.map(idText);
  const shown = ids.length > 10 ? [...ids.slice(0, 8), '…', ids[ids.length - 1]!] : ids;
  const suffix = ids.length > 10 ? ` (${ids.length} decisions)` : '';
  return `${[...shown, ids[0]!].join(' → ')}${suffix}`;
}
