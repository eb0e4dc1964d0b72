import { cached } from './cached.js';
import type { Attendee } from './register.js';

/** Who an owner string names, as far as the register and the owners directory tell. */
export type ResolvedOwner =
  | { kind: 'user'; login: string }
  | { kind: 'team'; org: string; slug: string }
  | { kind: 'name'; name: string; login?: string }
  | { kind: 'vague' };

/** What resolving an owner looks at: the review's attendees and part of the config. */
export interface OwnerScope {
  attendees?: Attendee[];
  /** The config's owners directory (name → "@login" or "@org/team") and placeholder owners. */
  config: { owners?: Record<string, string>; vague_owners: readonly string[] };
}

const USER = /^@([A-Za-z0-9][A-Za-z0-9-]{0,38})$/;
const TEAM = /^@([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * Resolves an owner string. `@login` is a user and `@org/team` a team; anything else is a
 * name, looked up case-insensitively among the attendees (whose `github` gives the login),
 * then in the owners directory, then among the attendees' logins. A name that maps to a
 * team resolves to the team, so callers choosing assignees never get a team as a login.
 * Blank owners give undefined; placeholders such as TBD give `{ kind: 'vague' }`.
 */
export function resolveOwner(owner: string | undefined, scope: OwnerScope): ResolvedOwner | undefined {
  if (typeof owner !== 'string' || owner.trim() === '') return undefined;
  const text = owner.trim();
  if (isVagueOwner(text, scope.config.vague_owners)) return { kind: 'vague' };
  const handle = parseHandle(text);
  if (handle) return handle;
  const name = text.replace(/\s+/g, ' ');
  const attendee = findAttendeeByName(name, scope.attendees);
  const viaAttendee = attendee ? parseHandle(withAt(attendee.github)) : undefined;
  if (viaAttendee)
    return viaAttendee.kind === 'user' ? { kind: 'name', name, login: viaAttendee.login } : viaAttendee;
  const listed = directoryEntry(name, scope.config.owners);
  const viaDirectory = listed === undefined ? undefined : parseHandle(withAt(listed));
  if (viaDirectory)
    return viaDirectory.kind === 'user' ? { kind: 'name', name, login: viaDirectory.login } : viaDirectory;
  const byLogin = (scope.attendees ?? []).find((a) => loginKey(a.github) === name.toLowerCase());
  if (byLogin && USER.test(`@${name}`)) return { kind: 'name', name, login: name };
  return { kind: 'name', name };
}

/**
 * True when an owner is a placeholder: it equals a vague owner case-insensitively after
 * dropping a leading `@` and surrounding punctuation, or has no letter or digit at all.
 */
export function isVagueOwner(owner: string, vagueOwners: readonly string[]): boolean {
  const forms = vagueForms(owner);
  if (forms.length === 0) return false;
  const listed = cached(vagueSets, vagueOwners, () => new Set(vagueOwners.flatMap(vagueForms)));
  return forms.some((form) => listed.has(form)) || !/[\p{L}\p{N}]/u.test(owner);
}

// Rules ask about every item of a register against the same lists: build each lookup once.
const vagueSets = new WeakMap<readonly string[], Set<string>>();
const handleSets = new WeakMap<object, WeakMap<object, Set<string>>>();
const NO_ATTENDEES: Attendee[] = [];
const NO_OWNERS: Record<string, string> = {};

/** Lower-case logins of the attendees and of the owners directory's values. */
function knownHandles(attendees: Attendee[], owners: Record<string, string>): Set<string> {
  const byOwners = cached(handleSets, attendees, () => new WeakMap<object, Set<string>>());
  return cached(
    byOwners,
    owners,
    () => new Set([...attendees.map((a) => loginKey(a.github)), ...Object.values(owners).map(loginKey)]),
  );
}

/**
 * True when the owner is an attendee (by name or GitHub handle) or in the owners directory
 * (as a name or as a handle). Teams count when listed as a directory value or an attendee's handle.
 */
export function isKnownOwner(owner: string, scope: OwnerScope): boolean {
  const text = owner.trim().replace(/\s+/g, ' ');
  const attendees = scope.attendees ?? NO_ATTENDEES;
  const handles = knownHandles(attendees, scope.config.owners ?? NO_OWNERS);
  if (parseHandle(text)) return handles.has(loginKey(text));
  if (USER.test(`@${text}`) && handles.has(text.toLowerCase())) return true;
  return (
    findAttendeeByName(text, attendees) !== undefined ||
    directoryEntry(text, scope.config.owners) !== undefined
  );
}

/** True when the owner attended: an attendee has its name, or its resolved handle as `github`. */
export function ownerAttended(owner: string, scope: OwnerScope): boolean {
  const attendees = scope.attendees ?? [];
  if (findAttendeeByName(owner.trim().replace(/\s+/g, ' '), attendees)) return true;
  const resolved = resolveOwner(owner, scope);
  const key =
    resolved?.kind === 'user' || (resolved?.kind === 'name' && resolved.login)
      ? resolved.login?.toLowerCase()
      : resolved?.kind === 'team'
        ? `${resolved.org}/${resolved.slug}`.toLowerCase()
        : undefined;
  return key !== undefined && attendees.some((a) => loginKey(a.github) === key);
}

/** A handle compared case-insensitively and without its `@`: `@Alice` → `alice`. */
export function loginKey(handle: string | undefined): string {
  return typeof handle === 'string' ? handle.trim().replace(/^@/, '').toLowerCase() : '';
}

function parseHandle(text: string | undefined): ResolvedOwner | undefined {
  if (!text) return undefined;
  const team = TEAM.exec(text);
  if (team) return { kind: 'team', org: team[1]!, slug: team[2]! };
  const user = USER.exec(text);
  return user ? { kind: 'user', login: user[1]! } : undefined;
}

function withAt(handle: string | undefined): string | undefined {
  if (typeof handle !== 'string' || handle.trim() === '') return undefined;
  const text = handle.trim();
  return text.startsWith('@') ? text : `@${text}`;
}

function findAttendeeByName(name: string, attendees: Attendee[] | undefined): Attendee | undefined {
  const key = name.toLowerCase();
  return (attendees ?? []).find(
    (a) => typeof a.name === 'string' && a.name.trim().replace(/\s+/g, ' ').toLowerCase() === key,
  );
}

function directoryEntry(name: string, owners: Record<string, string> | undefined): string | undefined {
  const key = name.toLowerCase();
  for (const [listed, handle] of Object.entries(owners ?? {})) {
    if (listed.trim().replace(/\s+/g, ' ').toLowerCase() === key) return handle;
  }
  return undefined;
}

function vagueForms(value: string): string[] {
  const lower = value.trim().toLowerCase();
  if (lower === '') return [];
  const stripped = lower.replace(/^@/, '').replace(EDGE_PUNCTUATION, '');
  return stripped === '' || stripped === lower ? [lower] : [lower, stripped];
}
