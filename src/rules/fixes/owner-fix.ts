import { editDistance } from '../../model/closest-match.js';
import type { OwnerScope } from '../../model/owners.js';

const USER = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38})$/;

/**
 * The one `@login` an unknown owner name most likely means, or undefined. Candidates are the
 * attendees with a GitHub handle and the owners directory's user entries; a name matches a
 * candidate when each of its words is a word of the candidate's name (`Priya` → `Priya
 * Raman`) or when it is a typo of the whole name (at most two edits, names of six letters or
 * more). Only a match to exactly one login gives an answer: two people called Priya give none.
 */
export function loginFor(owner: string, scope: OwnerScope): string | undefined {
  if (typeof owner !== 'string') return undefined;
  const name = normal(owner);
  if (name === '' || name.startsWith('@')) return undefined;
  const words = name.split(' ');
  const logins = new Set<string>();
  for (const candidate of candidatesOf(scope)) {
    const known = typeof candidate.name === 'string' ? normal(candidate.name) : '';
    if (known === '') continue;
    const knownWords = known.split(' ');
    const byWords = words.every((word) => knownWords.includes(word));
    const byTypo = known.length >= 6 && editDistance(name, known) <= 2;
    if (byWords || byTypo) logins.add(candidate.login.toLowerCase());
    if (logins.size > 1) return undefined;
  }
  const [login] = logins;
  if (!login) return undefined;
  // Keep the login's spelling as listed.
  return candidatesOf(scope).find((c) => c.login.toLowerCase() === login)?.login;
}

function candidatesOf(scope: OwnerScope): Array<{ name: string; login: string }> {
  const out: Array<{ name: string; login: string }> = [];
  for (const attendee of scope.attendees ?? []) {
    const login = typeof attendee.github === 'string' ? USER.exec(attendee.github.trim())?.[1] : undefined;
    if (login && typeof attendee.name === 'string') out.push({ name: attendee.name, login });
  }
  for (const [name, handle] of Object.entries(scope.config.owners ?? {})) {
    const login = typeof handle === 'string' ? USER.exec(handle.trim())?.[1] : undefined;
    if (login) out.push({ name, login });
  }
  return out;
}

function normal(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
