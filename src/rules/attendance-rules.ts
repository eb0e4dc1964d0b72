import type { RawFinding } from '../model/finding.js';
import { loginKey } from '../model/owners.js';
import type { Attendee } from '../model/register.js';
import {
  decisionsOf,
  describeItem,
  findingAt,
  isOpenItem,
  itemId,
  quote,
  type Rule,
  textOf,
} from './rule-context.js';

/**
 * core-group-missing: the review lists attendees, the config names a core group, and no
 * attendee is a member (by name or GitHub handle) or marked `group: core`.
 */
export const coreGroupMissing: Rule = {
  id: 'core-group-missing',
  run(ctx) {
    const core = (ctx.config.core_group ?? [])
      .map((member) => member.trim())
      .filter((member) => member !== '');
    if (core.length === 0) return [];
    const names = new Set(core.map((member) => member.toLowerCase()));
    const logins = new Set(core.map(loginKey));
    const findings: RawFinding[] = [];
    for (const register of ctx.targets) {
      const attendees = register.review?.attendees ?? [];
      if (attendees.length === 0) continue;
      const present = attendees.some(
        (a) =>
          textOf(a.group).toLowerCase() === 'core' ||
          names.has(normalName(a.name)) ||
          (loginKey(a.github) !== '' && logins.has(loginKey(a.github))),
      );
      if (present) continue;
      const message = 'No member of the core decision group attended the review';
      findings.push(findingAt(register, register.review!.pos, 'core-group-missing', message, null));
    }
    return findings;
  },
};

/**
 * specialist-missing: an unresolved decision has a topic the config maps to specialist roles,
 * and for some of those roles no attendee's role contains it (case-insensitively: `security
 * engineering` is met by `Security engineering lead`). Only judged when the review lists attendees.
 */
export const specialistMissing: Rule = {
  id: 'specialist-missing',
  run(ctx) {
    const topics = new Map(
      Object.entries(ctx.config.topics ?? {}).map(([topic, roles]) => [topic.trim().toLowerCase(), roles]),
    );
    if (topics.size === 0) return [];
    const findings: RawFinding[] = [];
    for (const register of ctx.targets) {
      const attendees = register.review?.attendees ?? [];
      if (attendees.length === 0) continue;
      for (const decision of decisionsOf(register)) {
        if (!isOpenItem(decision) || !Array.isArray(decision.topics)) continue;
        const needed = decision.topics.flatMap((topic) =>
          typeof topic === 'string' ? (topics.get(topic.trim().toLowerCase()) ?? []) : [],
        );
        const missing = [...new Set(needed)].filter((role) => !attendees.some((a) => roleMatches(a, role)));
        if (missing.length === 0) continue;
        const message = `${describeItem(decision)} needs a specialist who did not attend: ${missing.map(quote).join(', ')}`;
        findings.push(findingAt(register, decision.pos, 'specialist-missing', message, itemId(decision)));
      }
    }
    return findings;
  },
};

function roleMatches(attendee: Attendee, role: string): boolean {
  const has = textOf(attendee.role).toLowerCase();
  const wanted = role.trim().toLowerCase();
  return wanted !== '' && has.includes(wanted);
}

function normalName(name: string | undefined): string {
  return typeof name === 'string' ? name.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}
