import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/default-config.js';
import { isKnownOwner, isVagueOwner, ownerAttended, resolveOwner } from '../../src/model/owners.js';
import type { Attendee } from '../../src/model/register.js';
import { makeRegister } from '../support/make-register.js';

const attendees: Attendee[] = makeRegister({
  review: {
    attendees: [
      { name: 'Ana Lima', github: '@ana-l' },
      { name: 'Bo', github: 'bo' },
      { name: 'Platform', github: '@acme/platform' },
      { name: 'Cy' },
    ],
  },
}).review!.attendees;
const config = { ...defaultConfig(), owners: { 'Security team': '@acme/security', Dee: '@dee' } };
const scope = { attendees, config };

describe('resolveOwner', () => {
  it('reads @login and @org/team handles', () => {
    expect(resolveOwner('@zed', scope)).toEqual({ kind: 'user', login: 'zed' });
    expect(resolveOwner(' @acme/web-team ', scope)).toEqual({ kind: 'team', org: 'acme', slug: 'web-team' });
  });

  it('resolves names through the attendees, case-insensitively, then the owners directory', () => {
    expect(resolveOwner('ana  lima', scope)).toEqual({ kind: 'name', name: 'ana lima', login: 'ana-l' });
    expect(resolveOwner('Bo', scope)).toEqual({ kind: 'name', name: 'Bo', login: 'bo' });
    expect(resolveOwner('dee', scope)).toEqual({ kind: 'name', name: 'dee', login: 'dee' });
    expect(resolveOwner('Security Team', scope)).toEqual({ kind: 'team', org: 'acme', slug: 'security' });
    expect(resolveOwner('Platform', scope)).toEqual({ kind: 'team', org: 'acme', slug: 'platform' });
  });

  it('keeps unresolvable names without a login', () => {
    expect(resolveOwner('Cy', scope)).toEqual({ kind: 'name', name: 'Cy' });
    expect(resolveOwner('Eve Stranger', scope)).toEqual({ kind: 'name', name: 'Eve Stranger' });
  });

  it('treats a bare attendee login as that login', () => {
    expect(resolveOwner('ana-l', scope)).toEqual({ kind: 'name', name: 'ana-l', login: 'ana-l' });
  });

  it('gives vague for placeholders and undefined for blanks', () => {
    expect(resolveOwner('TBD', scope)).toEqual({ kind: 'vague' });
    expect(resolveOwner('@team', scope)).toEqual({ kind: 'vague' });
    expect(resolveOwner('  ', scope)).toBeUndefined();
    expect(resolveOwner(undefined, scope)).toBeUndefined();
  });

  it('works without attendees', () => {
    expect(resolveOwner('Dee', { config })).toEqual({ kind: 'name', name: 'Dee', login: 'dee' });
  });
});

describe('isVagueOwner', () => {
  const vague = defaultConfig().vague_owners;
  it.each(['TBD', 'tbd.', '(TBA)', '?', 'N/A', 'na', '@team', 'Everyone!', '-', '---', 'none'])(
    '%j is vague',
    (owner) => {
      expect(isVagueOwner(owner, vague)).toBe(true);
    },
  );
  it.each(['Ana', '@ana', '@acme/team', 'Team Rocket', 'Nadia'])('%j is not vague', (owner) => {
    expect(isVagueOwner(owner, vague)).toBe(false);
  });
  it('uses the configured list', () => {
    expect(isVagueOwner('ops', ['ops'])).toBe(true);
    expect(isVagueOwner('TBD', ['ops'])).toBe(false);
  });
});

describe('isKnownOwner and ownerAttended', () => {
  it('knows attendees by name or handle and directory entries by name or handle', () => {
    for (const owner of [
      'Ana Lima',
      '@ANA-L',
      'bo',
      '@bo',
      'Security team',
      '@acme/security',
      'Dee',
      '@dee',
      '@acme/platform',
    ]) {
      expect(isKnownOwner(owner, scope), owner).toBe(true);
    }
    for (const owner of ['@acme/other', 'Eve', '@eve']) expect(isKnownOwner(owner, scope), owner).toBe(false);
  });

  it('counts an owner as attending by name, or by the handle the name resolves to', () => {
    expect(ownerAttended('ana lima', scope)).toBe(true);
    expect(ownerAttended('@ana-l', scope)).toBe(true);
    expect(ownerAttended('@acme/platform', scope)).toBe(true);
    expect(ownerAttended('Dee', scope)).toBe(false);
    const withDee = { attendees: [...attendees, { ...attendees[0]!, name: 'D.', github: '@dee' }], config };
    expect(ownerAttended('Dee', withDee)).toBe(true);
  });
});
