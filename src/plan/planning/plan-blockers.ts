import type { Decision } from '../../model/register.js';
import type { FollowUpDraft } from '../follow-ups/plan-follow-ups.js';

/**
 * Which follow-up items block which, as item keys: an item that serves decision D is blocked by
 * every item serving a decision D depends on (`depends_on`). Decisions have no issues of their
 * own, so the dependency between decisions becomes one between the work done for them. An item
 * never blocks itself; unknown decision ids block nothing (`id-unresolved` reports them).
 */
export function planBlockers(
  drafts: readonly FollowUpDraft[],
  decisions: readonly Decision[],
): Map<string, string[]> {
  const dependsOn = new Map<string, string[]>();
  for (const decision of decisions) {
    if (decision.id && !dependsOn.has(decision.id)) dependsOn.set(decision.id, decision.depends_on);
  }
  const serving = new Map<string, string[]>();
  for (const draft of drafts) {
    const id = draft.context.decision?.id;
    if (!id) continue;
    const list = serving.get(id) ?? [];
    list.push(draft.key);
    serving.set(id, list);
  }
  const blockers = new Map<string, string[]>();
  for (const draft of drafts) {
    const id = draft.context.decision?.id;
    if (!id) continue;
    const found = new Set<string>();
    for (const upstream of dependsOn.get(id) ?? []) {
      if (upstream === id) continue;
      for (const key of serving.get(upstream) ?? []) if (key !== draft.key) found.add(key);
    }
    if (found.size > 0) blockers.set(draft.key, [...found].sort());
  }
  return blockers;
}
