import { cached } from '../model/cached.js';
import type { RawFinding } from '../model/finding.js';
import { isKnownOwner, isVagueOwner, type OwnerScope, ownerAttended } from '../model/owners.js';
import type { Position } from '../model/position.js';
import type { Blocker, Item, Register } from '../model/register.js';
import { loginFor } from './fixes/owner-fix.js';
import { replaceFix, withFix } from './fixes/rule-fix.js';
import {
  allItems,
  decisionsOf,
  describeBlocker,
  describeItem,
  fieldPos,
  findingAt,
  isBlank,
  isOpenItem,
  itemId,
  perCheck,
  quote,
  type Rule,
  type RuleContext,
} from './rule-context.js';

/** owner-missing: an unresolved decision, or an open action or output, without an owner. */
export const ownerMissing: Rule = {
  id: 'owner-missing',
  run(ctx) {
    return ctx.targets.flatMap((register) =>
      allItems(register)
        .filter((item) => isOpenItem(item) && isBlank(item.owner))
        .map((item) =>
          findingAt(
            register,
            fieldPos(item, 'owner'),
            'owner-missing',
            `${describeItem(item)} has no owner`,
            itemId(item),
          ),
        ),
    );
  },
};

/** owner-vague: an item's or blocker's owner is a placeholder such as TBD or "team". */
export const ownerVague: Rule = {
  id: 'owner-vague',
  run(ctx) {
    return ownerSlots(ctx)
      .filter((slot) => slot.vague)
      .map((slot) =>
        findingAt(
          slot.register,
          slot.pos,
          'owner-vague',
          `${labelOf(slot)} has the placeholder owner ${quote(slot.owner)}; name a person or team`,
          slot.item,
        ),
      );
  },
};

/**
 * owner-unknown: an owner that is neither an attendee nor in the owners directory. Only
 * judged when there is something to judge against: attendees or a non-empty directory.
 */
export const ownerUnknown: Rule = {
  id: 'owner-unknown',
  run(ctx) {
    const directory = Object.keys(ctx.config.owners ?? {}).length > 0;
    // The same few owners are written on many items: judge each once per register.
    const known = new Map<Register, Map<string, boolean>>();
    const isKnown = (slot: OwnerSlot) =>
      cached(
        cached(known, slot.register, () => new Map<string, boolean>()),
        slot.owner,
        () => isKnownOwner(slot.owner, scopeOf(slot.register, ctx)),
      );
    return ownerSlots(ctx)
      .filter((slot) => directory || (slot.register.review?.attendees ?? []).length > 0)
      .filter((slot) => !slot.vague && !isKnown(slot))
      .map((slot) => {
        const finding = findingAt(
          slot.register,
          slot.pos,
          'owner-unknown',
          `${labelOf(slot)} is owned by ${quote(slot.owner)}, who is neither an attendee nor in the owners directory`,
          slot.item,
        );
        const login = loginFor(slot.owner, scopeOf(slot.register, ctx));
        const fix = login
          ? replaceFix(ctx, slot.register, slot.pos, slot.owner, `@${login}`, `Write the owner as @${login}`)
          : undefined;
        return withFix(finding, fix);
      });
  },
};

/** owners-absent: the review lists attendees, yet no owner of an unresolved decision attended. */
export const ownersAbsent: Rule = {
  id: 'owners-absent',
  run(ctx) {
    const findings: RawFinding[] = [];
    for (const register of ctx.targets) {
      const review = register.review;
      if (!review || (review.attendees ?? []).length === 0) continue;
      const scope = scopeOf(register, ctx);
      const owners = [
        ...new Set(
          decisionsOf(register)
            .filter((decision) => isOpenItem(decision) && !isBlank(decision.owner))
            .map((decision) => decision.owner!.trim()),
        ),
      ].filter((owner) => !isVagueOwner(owner, ctx.config.vague_owners));
      if (owners.length === 0 || owners.some((owner) => ownerAttended(owner, scope))) continue;
      const names = owners.slice(0, 5).map(quote).join(', ');
      const message = `No owner of an unresolved decision attended the review (owners: ${names})`;
      findings.push(findingAt(register, review.pos, 'owners-absent', message, null));
    }
    return findings;
  },
};

interface OwnerSlot {
  register: Register;
  owner: string;
  pos: Position;
  of: Item;
  /** The blocker, when it is a blocker's owner. */
  blocker?: Blocker;
  /** Whether the owner is a placeholder (config `vague_owners`). */
  vague: boolean;
  item: string | null;
}

/** `Decision D3` or `Blocker "Okta contract" of Decision D3`: only built for findings. */
function labelOf(slot: OwnerSlot): string {
  return slot.blocker ? describeBlocker(slot.blocker, slot.of) : describeItem(slot.of);
}

/** Every non-blank owner in the target registers, walked once per check: items' owners, then their blockers'. */
const ownerSlots = perCheck((ctx) => {
  const slots: OwnerSlot[] = [];
  const vagueness = new Map<string, boolean>();
  const isVague = (owner: string) =>
    cached(vagueness, owner, () => isVagueOwner(owner, ctx.config.vague_owners));
  for (const register of ctx.targets) {
    for (const item of allItems(register)) {
      const id = itemId(item);
      if (!isBlank(item.owner)) {
        const owner = item.owner!.trim();
        const pos = fieldPos(item, 'owner');
        slots.push({ register, owner, pos, of: item, item: id, vague: isVague(owner) });
      }
      if (item.kind !== 'decision') continue;
      for (const blocker of item.blocked_by ?? []) {
        if (isBlank(blocker.owner)) continue;
        const owner = blocker.owner!.trim();
        const pos = fieldPos(blocker, 'owner');
        slots.push({ register, owner, pos, of: item, blocker, item: id, vague: isVague(owner) });
      }
    }
  }
  return slots;
});

function scopeOf(register: Register, ctx: RuleContext): OwnerScope {
  return { attendees: register.review?.attendees ?? [], config: ctx.config };
}
