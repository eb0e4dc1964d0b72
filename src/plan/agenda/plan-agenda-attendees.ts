import type { Config } from '../../config/config.js';
import type { Register } from '../../model/register.js';
import type { ItemFacts } from './plan-agenda-items.js';
import { itemLabel, oneLine } from './plan-agenda-items.js';
import { compareOwners, type OwnerIndex, type OwnerRef } from './plan-agenda-owners.js';

/** A person or team the pre-read suggests inviting, and why. */
export interface SuggestedAttendee {
  key: string;
  label: string;
  /** `owns Decision D1, Action A2`, `owns a blocker of Decision D3`, `core decision group`, `specialist: …`. */
  reasons: string[];
}

/** A specialist role an open decision's topic asks for. */
export interface SuggestedSpecialist {
  role: string;
  /** The configured topics that ask for it, as configured. */
  topics: string[];
  /** Ids of the open decisions carrying those topics. */
  decisions: string[];
  /** Labels of people who attended a review in this role (any register): who to ask. */
  knownPeople: string[];
}

export interface AttendeeSuggestions {
  people: SuggestedAttendee[];
  specialists: SuggestedSpecialist[];
}

export interface AttendeesInput {
  registers: readonly Register[];
  /** Facts of every item; owners of the open ones are suggested. */
  items: readonly ItemFacts[];
  config: Pick<Config, 'core_group' | 'topics'>;
  owners: OwnerIndex;
  /** The register of the latest review: core-group names resolve against its attendees. */
  latest?: Register;
}

/**
 * Who should be in the room: every owner of an unresolved item and of a blocker of an unresolved
 * decision, the configured core decision group, and a specialist for each configured topic an
 * open decision carries (the role, plus anyone who attended in that role before).
 */
export function planAttendees(input: AttendeesInput): AttendeeSuggestions {
  const people = new Map<string, { ref: OwnerRef; owns: string[]; blocks: string[]; extra: string[] }>();
  const person = (ref: OwnerRef) => {
    let found = people.get(ref.key);
    if (!found) {
      found = { ref, owns: [], blocks: [], extra: [] };
      people.set(ref.key, found);
    }
    return found;
  };
  for (const item of input.items) {
    if (item.open && item.owner.key !== '') person(item.owner).owns.push(itemLabel(item));
  }
  const topicRoles = new Map(
    Object.entries(input.config.topics ?? {}).map(([topic, roles]) => [
      topic.trim().toLowerCase(),
      { topic, roles },
    ]),
  );
  const specialists = new Map<string, SuggestedSpecialist>();
  for (const register of input.registers) {
    for (const decision of register.decisions ?? []) {
      const status = decision.status?.trim() || 'open';
      if (status === 'resolved' || status === 'superseded') continue;
      const label = itemLabel({ kind: 'decision', id: decision.id?.trim() ?? '' });
      for (const blocker of decision.blocked_by ?? []) {
        const ref = input.owners(blocker.owner, register);
        if (ref.key !== '') person(ref).blocks.push(label);
      }
      for (const topic of decision.topics ?? []) {
        const entry = typeof topic === 'string' ? topicRoles.get(topic.trim().toLowerCase()) : undefined;
        for (const role of entry?.roles ?? []) {
          const key = role.trim().toLowerCase();
          if (key === '') continue;
          const found = specialists.get(key) ?? {
            role: role.trim(),
            topics: [],
            decisions: [],
            knownPeople: [],
          };
          specialists.set(key, found);
          if (entry && !found.topics.includes(entry.topic)) found.topics.push(entry.topic);
          if (decision.id?.trim() && !found.decisions.includes(decision.id.trim()))
            found.decisions.push(decision.id.trim());
        }
      }
    }
  }
  for (const member of input.config.core_group ?? []) {
    const ref = input.owners(member, input.latest);
    if (ref.key !== '') person(ref).extra.push('core decision group');
  }
  for (const specialist of specialists.values()) {
    const wanted = specialist.role.toLowerCase();
    for (const register of input.registers) {
      for (const attendee of register.review?.attendees ?? []) {
        if (!oneLine(attendee.role).toLowerCase().includes(wanted)) continue;
        const ref = input.owners(
          attendee.github ? `@${attendee.github.replace(/^@/, '')}` : attendee.name,
          register,
        );
        if (ref.key === '' || specialist.knownPeople.includes(ref.label)) continue;
        specialist.knownPeople.push(ref.label);
        person(ref).extra.push(`specialist: ${specialist.role} (${specialist.topics.join(', ')})`);
      }
    }
  }
  const suggested = [...people.values()]
    .sort((a, b) => compareOwners(a.ref, b.ref))
    .map(({ ref, owns, blocks, extra }) => ({
      key: ref.key,
      label: ref.label,
      reasons: [
        ...(owns.length > 0 ? [`owns ${owns.join(', ')}`] : []),
        ...(blocks.length > 0 ? [`owns a blocker of ${[...new Set(blocks)].join(', ')}`] : []),
        ...new Set(extra),
      ],
    }));
  return { people: suggested, specialists: [...specialists.values()] };
}
