// schema/register.schema.json for editors: every property described, the status values listed,
// examples given; every YAML fixture validates with ajv (draft-07, the schema's own draft), except
// the fixtures meant to break the schema, which must not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import schema from '../../schema/register.schema.json' with { type: 'json' };
import { ACTION_STATUSES, DECISION_STATUSES } from '../../src/model/register.js';

type Node = Record<string, unknown>;
const definitions = schema.definitions as Record<string, Node>;

/** Every property of every object in the schema, as "where.name" → its schema. */
function properties(): [string, Node][] {
  const out: [string, Node][] = [];
  const visit = (where: string, node: Node) => {
    for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      out.push([`${where}.${name}`, child]);
    }
  };
  visit('register', schema as unknown as Node);
  for (const [name, node] of Object.entries(definitions)) visit(name, node);
  return out;
}

function yamlFixtures(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

describe('register.schema.json', () => {
  it('describes every property', () => {
    const missing = properties().filter(
      ([, node]) => typeof node.description !== 'string' || node.description === '',
    );
    expect(properties().length).toBeGreaterThan(40);
    expect(missing.map(([where]) => where)).toEqual([]);
  });

  it('lists the canonical status values (and still accepts other strings for status-invalid to judge)', () => {
    expect([...(definitions.decisionStatus!.examples as string[])].sort()).toEqual(
      [...DECISION_STATUSES].sort(),
    );
    expect([...(definitions.workStatus!.examples as string[])].sort()).toEqual([...ACTION_STATUSES].sort());
    const validate = new Ajv({ allowUnionTypes: true }).compile(schema);
    expect(validate({ decisions: [{ id: 'D1', title: 'x', status: 'decided' }] })).toBe(true);
  });

  it('gives examples for ids, owners, dates and blockers', () => {
    for (const name of ['id', 'owner', 'date', 'blocker', 'attendee']) {
      expect(definitions[name]!.examples, name).toBeInstanceOf(Array);
    }
  });

  it('validates every YAML fixture, and refuses those meant to break the schema', () => {
    const validate = new Ajv({ allowUnionTypes: true, strict: true }).compile(schema);
    const expected = JSON.parse(readFileSync('fixtures/broken/expected.json', 'utf8')) as Record<
      string,
      { rule: string }[]
    >;
    const breaks = (file: string) =>
      (expected[file.replace('fixtures/broken/', '')] ?? []).some((f) =>
        ['schema', 'parse-error'].includes(f.rule),
      );
    const files = yamlFixtures('fixtures');
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      let value: unknown;
      try {
        value = parse(readFileSync(file, 'utf8'));
      } catch {
        expect(breaks(file), `${file} does not parse`).toBe(true);
        continue;
      }
      expect(validate(value), `${file}: ${JSON.stringify(validate.errors)}`).toBe(!breaks(file));
    }
  });
});
