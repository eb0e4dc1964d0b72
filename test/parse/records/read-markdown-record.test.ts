import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../../src/check/check-files.js';
import { defaultConfig } from '../../../src/config/default-config.js';
import type { Decision } from '../../../src/model/register.js';
import { parseRegister } from '../../../src/parse/parse-register.js';

function only(file: string, text: string): Decision {
  const { register, findings } = parseRegister(file, text);
  expect(findings).toEqual([]);
  expect(register.actions).toEqual([]);
  expect(register.decisions).toHaveLength(1);
  return register.decisions[0]!;
}

const NYGARD = `# 13. Use PostgreSQL for the ledger

Date: 2024-01-05

## Status

Accepted

## Context

We need a database. We will review it next quarter.

## Decision

We will use PostgreSQL 16,
managed by the platform team.

## Consequences

- TODO: migrate the old data
`;

describe('Nygard ADRs', () => {
  it('read as one settled decision: id from the file number, title, status line, decision paragraph', () => {
    const decision = only('doc/adr/0013-use-postgresql.md', NYGARD);
    expect(decision).toMatchObject({
      kind: 'decision',
      source: 'adr',
      id: 'ADR-0013',
      title: 'Use PostgreSQL for the ledger',
      status: 'resolved',
      written: { status: 'Accepted' },
      resolution: 'We will use PostgreSQL 16, managed by the platform team.',
      resolved_on: '2024-01-05',
      owners: [],
    });
    expect(decision.pos.line).toBe(7);
    expect(decision.at.resolved_on?.line).toBe(3);
  });

  it('keep a superseded status with its link, and need no owner or date', () => {
    const text = NYGARD.replace('Accepted', 'Superseded by [ADR-0020](0020-use-x.md)');
    const decision = only('doc/adr/0013-use-postgresql.md', text);
    expect(decision.status).toBe('superseded');
    expect(decision.written?.status).toBe('Superseded by [ADR-0020](0020-use-x.md)');
    const { findings } = checkFiles(
      [{ path: 'doc/adr/0013-use-postgresql.md', content: text }],
      defaultConfig(),
      '2026-01-01',
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('do not read the body as meeting notes (no prose, no bullets as items)', () => {
    const { register } = parseRegister('doc/adr/0013-use-postgresql.md', NYGARD);
    expect(register.prose).toEqual([]);
  });
});

describe('MADR', () => {
  it('front matter status, date and deciders; title from the heading; outcome as resolution', () => {
    const text = `---
status: accepted
date: 2024-03-01
deciders: [alice, "@bob"]
consulted: carol
---

# Use Markdown Architectural Decision Records

## Context and Problem Statement

Which format?

## Decision Outcome

Chosen option: "MADR 4", because it is lean.
`;
    const decision = only('docs/decisions/0001-use-madr.md', text);
    expect(decision).toMatchObject({
      source: 'adr',
      id: 'ADR-0001',
      title: 'Use Markdown Architectural Decision Records',
      status: 'resolved',
      owners: ['alice', '@bob'],
      owner: 'alice',
      resolution: 'Chosen option: "MADR 4", because it is lean.',
      resolved_on: '2024-03-01',
      extra: { consulted: 'carol' },
    });
    expect(decision.pos.line).toBe(2);
    expect(decision.at.owner?.line).toBe(4);
  });

  it('MADR 2 header bullets: an open proposal keeps its deciders and date', () => {
    const text = `# Use plain JUnit5 for advanced test assertions

* Status: proposed
* Deciders: Oliver Kopp, Jane Doe
* Date: 2024-02-01

Technical Story: [#123](https://example.com/123)

## Context and Problem Statement
`;
    const decision = only('docs/adr/0002-use-junit5.md', text);
    expect(decision).toMatchObject({
      id: 'ADR-0002',
      status: 'open',
      owners: ['Oliver Kopp', 'Jane Doe'],
      extra: { date: '2024-02-01' },
    });
    expect(decision.pos).toEqual({ file: 'docs/adr/0002-use-junit5.md', line: 3, column: 11 });
  });
});

describe('proposal records', () => {
  it('gRFC header: setext title, Author(s)/Status/Last updated lines, lettered id', () => {
    const text = `A27: xDS-Based Global Load Balancing
----
* Author(s): Mark D. Roth (markdroth), Ann Lee
* Approver: ejona86
* Status: Implemented
* Implemented in: C-core, Java
* Last updated: 2021-01-20

## Abstract
`;
    const decision = only('A27-xds-global-load-balancing.md', text);
    expect(decision).toMatchObject({
      id: 'A27',
      title: 'xDS-Based Global Load Balancing',
      status: 'resolved',
      written: { status: 'Implemented' },
      owners: ['Mark D. Roth (markdroth)', 'Ann Lee'],
      resolved_on: '2021-01-20',
      extra: { approver: 'ejona86', 'implemented-in': 'C-core, Java' },
    });
    expect(decision.pos.line).toBe(5);
  });

  it('EIP front matter: series key as id, deadline as due, an open Last Call', () => {
    const text = `---
eip: 9999
title: Example proposal
author: Ann Lee (@annlee), Bo Chen <bo@example.com>
status: Last Call
last-call-deadline: 2026-12-20
created: 2026-01-02
---

## Abstract
`;
    const decision = only('EIPS/eip-9999.md', text);
    expect(decision).toMatchObject({
      source: 'front-matter',
      id: 'EIP-9999',
      title: 'Example proposal',
      status: 'open',
      written: { status: 'Last Call' },
      owners: ['Ann Lee (@annlee)', 'Bo Chen <bo@example.com>'],
      due: '2026-12-20',
      extra: { date: '2026-01-02' },
    });
    expect(decision.pos.line).toBe(5);
  });

  it('TEP front matter: the series folder prefixes the file number', () => {
    const text = `---
title: Remove an image
authors:
  - "@someone"
creation-date: 2021-01-27
last-updated: 2021-02-03
status: implementable
---

# TEP-0042: Remove an image
`;
    const decision = only('teps/0042-remove-an-image.md', text);
    expect(decision).toMatchObject({
      id: 'TEP-0042',
      status: 'resolved',
      owners: ['@someone'],
      resolved_on: '2021-02-03',
      extra: { 'creation-date': '2021-01-27' },
    });
    expect(decision.at.owner?.line).toBe(4);
  });
});

describe('files that are not records', () => {
  it('meeting notes with front matter but no status are read as notes', () => {
    const text = `---
title: Weekly review
date: 2026-01-05
---

# Decisions

| ID | Decision | Status |
|----|----------|--------|
| D-1 | Ship it | resolved |
`;
    const { register } = parseRegister('decisions/2026-01-05.md', text);
    expect(register.decisions.map((d) => d.id)).toEqual(['D-1']);
    expect(register.decisions[0]?.source).not.toBe('adr');
  });

  it('a lone Status: line at the top is not enough', () => {
    const text = `# Weekly sync

Status: draft

## Decisions

| ID | Decision | Status |
|----|----------|--------|
| D-1 | Ship it | resolved |
`;
    const { register } = parseRegister('decisions/sync.md', text);
    expect(register.decisions.map((d) => d.id)).toEqual(['D-1']);
  });

  it('notes whose header has a status and an author are still notes when they hold action items', () => {
    const text = `---
title: Weekly sync
author: Ann
status: draft
---

# Weekly sync

## Action items

- [ ] @ann send the minutes by 2026-01-09
`;
    const { register } = parseRegister('decisions/2026-01-05.md', text);
    expect(register.decisions).toEqual([]);
    expect(register.actions.map((a) => a.owner)).toEqual(['@ann']);
  });

  it('a front matter review (attendees) with a status key stays a review', () => {
    const text = `---
title: Review
status: final
attendees:
  - name: Ann
---

# Notes
`;
    const { register } = parseRegister('decisions/review.md', text);
    expect(register.decisions).toEqual([]);
  });
});
