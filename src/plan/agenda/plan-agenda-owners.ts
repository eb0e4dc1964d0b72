import type { Config } from '../../config/config.js';
import { loginKey, resolveOwner } from '../../model/owners.js';
import type { Attendee, Register } from '../../model/register.js';

/** One person or team as the pre-read and dashboard group by it. */
export interface OwnerRef {
  /** Grouping key: `@login`, `@org/team`, `name:dana kim`, or '' for no owner. */
  key: string;
  /** How to show it: `Dana Kim (@dkim)`, `@org/team`, the name as written, or `(no owner)`. */
  label: string;
}

/** The key and label of "no owner recorded". */
export const NO_OWNER: OwnerRef = { key: '', label: '(no owner)' };

/** Resolves owner strings of items in a register to shared keys and labels. */
export type OwnerIndex = (
  owner: string | undefined,
  register: Pick<Register, 'review'> | undefined,
) => OwnerRef;

/**
 * Builds the owner resolver for a set of registers. `@dkim` and `Dana Kim` (an attendee with
 * `github: dkim`, or a name the owners directory maps to `@dkim`) get the same key, so one
 * person is one group, also across registers (an attendee of one review names a login for all).
 * Labels add the attendee's name to a login when any register knows it.
 */
export function ownerIndex(
  registers: readonly Register[],
  config: Pick<Config, 'owners' | 'vague_owners'>,
): OwnerIndex {
  const names = new Map<string, string>();
  const logins = new Map<string, string>();
  for (const register of registers) {
    for (const attendee of register.review?.attendees ?? []) addName(names, logins, attendee);
  }
  const firstSeen = new Map<string, string>();
  return (owner, register) => {
    const resolved = resolveOwner(owner, { attendees: register?.review?.attendees, config });
    if (!resolved || typeof owner !== 'string') return NO_OWNER;
    const written = owner.trim().replace(/\s+/g, ' ');
    let key: string;
    let label: string;
    if (resolved.kind === 'team') {
      key = `@${resolved.org}/${resolved.slug}`.toLowerCase();
      label = `@${resolved.org}/${resolved.slug}`;
    } else if (
      resolved.kind === 'user' ||
      (resolved.kind === 'name' && (resolved.login || logins.has(written.toLowerCase())))
    ) {
      // A name another register's attendees give a login for is that login too.
      const login =
        resolved.kind === 'user'
          ? resolved.login
          : (resolved.login ?? (logins.get(written.toLowerCase()) as string));
      key = `@${login.toLowerCase()}`;
      const name = names.get(login.toLowerCase());
      label = name ? `${name} (@${login})` : `@${login}`;
    } else {
      key = `name:${written.toLowerCase()}`;
      label = written;
    }
    // The first spelling wins, so `Dana kim` and `Dana Kim` show one label.
    const seen = firstSeen.get(key);
    if (seen !== undefined) return { key, label: seen };
    firstSeen.set(key, label);
    return { key, label };
  };
}

/** Owner order: by label, case-insensitively; "no owner" last. */
export function compareOwners(a: OwnerRef, b: OwnerRef): number {
  if (a.key === '' || b.key === '') return (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0);
  const x = a.label.toLowerCase();
  const y = b.label.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function addName(names: Map<string, string>, logins: Map<string, string>, attendee: Attendee): void {
  const login = typeof attendee.github === 'string' ? attendee.github.trim().replace(/^@/, '') : '';
  const name = typeof attendee.name === 'string' ? attendee.name.trim().replace(/\s+/g, ' ') : '';
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(login) || name === '') return;
  if (!names.has(loginKey(login))) names.set(loginKey(login), name);
  if (!logins.has(name.toLowerCase())) logins.set(name.toLowerCase(), login);
}
