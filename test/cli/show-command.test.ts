import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { cliIn } from '../agenda/cli-io.js';

const schema = JSON.parse(readFileSync('schema/show.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const FILES = {
  'decisions/2026-11-10.md': `---
title: Platform review
date: 2026-11-10
attendees:
  - name: Ann Lee
    github: annlee
---

## Decisions

| ID | Decision | Status | Owner | Due |
|----|----------|--------|-------|-----|
| D1 | Pick a queue | open | @annlee | 2026-12-01 |
| D2 | Keep redis | resolved | @bo | |
`,
  'decisions/ops.yml': `decisions:
  - id: D9
    title: Rotate keys
    status: assigned
    owner: "@ann"
    due: 2026-12-24
`,
  'docs/adr/0007-use-postgres.md': `# 7. Use Postgres

Date: 2024-01-05

## Status

✅ Accepted

## Decision

We use Postgres.
`,
  'keps/sig-node/1287-x/kep.yaml': `title: In-place update
kep-number: 1287
authors: ["@vinaykul"]
status: implementable
`,
};

describe('decision-register show', () => {
  it('prints every item as read, as JSON valid against schema/show.schema.json', async () => {
    const io = await cliIn(FILES);
    const code = await runCli(['show', '--format', 'json'], io);
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    const output = JSON.parse(io.out.join(''));
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    const byPath = Object.fromEntries(output.files.map((f: { path: string }) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(Object.keys(FILES).sort());
    expect(byPath['decisions/2026-11-10.md']).toMatchObject({
      format: 'markdown',
      review: {
        title: 'Platform review',
        date: '2026-11-10',
        attendees: [{ name: 'Ann Lee', github: 'annlee' }],
      },
      items: [
        {
          kind: 'decision',
          line: 13,
          source: 'table',
          id: 'D1',
          owners: ['@annlee'],
          due: '2026-12-01',
          status: 'open',
        },
        { kind: 'decision', line: 14, id: 'D2', owners: ['@bo'], due: null, status: 'resolved' },
      ],
      problems: [],
    });
    expect(byPath['decisions/ops.yml'].items[0]).toMatchObject({
      line: 2,
      source: 'yaml',
      status: 'assigned',
    });
    expect(byPath['docs/adr/0007-use-postgres.md'].items).toEqual([
      expect.objectContaining({
        kind: 'decision',
        line: 7,
        source: 'adr',
        id: 'ADR-0007',
        title: 'Use Postgres',
        owners: [],
        due: null,
        status: 'resolved',
        status_text: '✅ Accepted',
        resolution: 'We use Postgres.',
      }),
    ]);
    expect(byPath['keps/sig-node/1287-x/kep.yaml'].items[0]).toMatchObject({
      line: 4,
      source: 'yaml',
      id: 'KEP-1287',
      owners: ['@vinaykul'],
      status: 'resolved',
      status_text: 'implementable',
    });
    await rm(io.cwd, { recursive: true });
  });

  it('the schema rejects what the contract excludes (a non-ISO due, an unknown source)', () => {
    const item = {
      kind: 'action',
      line: 1,
      source: 'table',
      id: null,
      title: 'x',
      owners: [],
      due: '2026-12-01',
      status: 'open',
      text: null,
      extra: {},
    };
    const doc = (it: object) => ({
      version: 1,
      files: [{ path: 'a.md', format: 'markdown', review: null, items: [it], problems: [] }],
    });
    expect(validate(doc(item))).toBe(true);
    expect(validate(doc({ ...item, due: 'Dec 5' }))).toBe(false);
    expect(validate(doc({ ...item, source: 'email' }))).toBe(false);
    expect(validate(doc({ ...item, status: 'Accepted' }))).toBe(false);
  });

  it('prints the same document as YAML, and a line per item as text', async () => {
    const io = await cliIn(FILES);
    expect(await runCli(['show', 'docs/adr', '--format', 'yaml'], io)).toBe(0);
    const doc = load(io.out.join('')) as { files: Array<{ items: Array<{ id: string }> }> };
    expect(validate(doc)).toBe(true);
    expect(doc.files.map((f) => f.items[0]?.id)).toEqual(['ADR-0007']);
    io.out.length = 0;
    expect(await runCli(['show', 'decisions/2026-11-10.md'], io)).toBe(0);
    const text = io.out.join('');
    expect(text.split('\n')[0]).toBe(
      'decisions/2026-11-10.md (markdown, 2 item(s)) — review Platform review, 2026-11-10, 1 attendee(s)',
    );
    expect(text).toMatch(
      /^ {2}L13 +decision +table +D1 +open +owners @annlee +due 2026-12-01 +Pick a queue$/m,
    );
    await rm(io.cwd, { recursive: true });
  });

  it('lists the parse problems of a file it could not read, and exits 2 on a bad format', async () => {
    const io = await cliIn({ 'decisions/bad.yml': 'decisions: [\n' });
    expect(await runCli(['show', '--format', 'json'], io)).toBe(0);
    const output = JSON.parse(io.out.join(''));
    expect(validate(output)).toBe(true);
    expect(output.files[0].items).toEqual([]);
    expect(output.files[0].problems[0]).toMatchObject({ rule: 'parse-error' });
    expect(await runCli(['show', '--format', 'html'], io)).toBe(2);
    expect(io.err).toEqual([
      'decision-register: --format must be one of text, json, yaml (see decision-register show --help)\n',
    ]);
    await rm(io.cwd, { recursive: true });
  });
});
