import { describe, expect, it } from 'vitest';
import { buildSubset, FAKE_OPERATION_IDS, fixNullable } from '../../../scripts/gen-github-subset.mjs';
import { ContractValidator } from '../index.js';

describe('ContractValidator', () => {
  it('accepts a well-formed response and names what is wrong with a broken one', async () => {
    const contract = await ContractValidator.create();
    const label = {
      id: 1,
      node_id: 'x',
      url: 'http://127.0.0.1/l',
      name: 'a',
      description: null,
      color: 'fff',
      default: false,
    };
    expect(await contract.validateResponse('issues/get-label', 200, label)).toEqual([]);
    expect(await contract.validateResponse('issues/get-label', 200, { ...label, default: 'no' })).toEqual([
      'default must be boolean',
    ]);
    expect(await contract.validateResponse('issues/get-label', 200, { ...label, url: 'not a uri' })).toEqual([
      'url must match format "uri"',
    ]);
  });

  it('requires no body for a 204 and a body where one is declared', async () => {
    const contract = await ContractValidator.create();
    expect(await contract.validateResponse('issues/delete-comment', 204, undefined)).toEqual([]);
    expect(await contract.validateResponse('issues/delete-comment', 204, {})).toEqual([
      'status 204 must have no body',
    ]);
    expect(await contract.validateResponse('issues/get-label', 200, undefined)).toEqual([
      'status 200 must have a JSON body',
    ]);
  });

  it('matches nested file paths and refs with or without encoded slashes', async () => {
    const contract = await ContractValidator.create();
    const raw = await contract.match('GET', '/repos/o/r/contents/docs/a b.yaml');
    const encoded = await contract.match('GET', '/repos/o/r/contents/docs%2Fa%20b.yaml');
    expect([raw?.operationId, raw?.params.path]).toEqual(['repos/get-content', 'docs/a b.yaml']);
    expect(encoded?.params.path).toBe('docs/a b.yaml');
    expect((await contract.match('PATCH', '/repos/o/r/git/refs/heads/feature/x'))?.params.ref).toBe(
      'heads/feature/x',
    );
    expect((await contract.match('GET', '/repos/o/r/issues/comments/5'))?.operationId).toBe(
      'issues/get-comment',
    );
    expect((await contract.match('GET', '/repos/o/r/issues/5/comments'))?.operationId).toBe(
      'issues/list-comments',
    );
  });
});

describe('gen-github-subset', () => {
  it('rewrites nullable without type for Ajv and lets nullable enums hold null', () => {
    const schema = {
      properties: {
        a: { nullable: true, allOf: [{ $ref: '#/x' }], description: 'd' },
        b: { type: 'string', nullable: true, enum: ['x'] },
        c: { nullable: true },
      },
    };
    expect(fixNullable(schema)).toBe(2);
    expect(schema.properties).toEqual({
      a: { description: 'd', anyOf: [{ allOf: [{ $ref: '#/x' }] }, { type: 'null' }] },
      b: { type: 'string', nullable: true, enum: ['x', null] },
      c: {},
    });
  });

  it('keeps only the wanted operations and the components they reach, transitively', () => {
    const spec = {
      openapi: '3.0.3',
      info: {},
      paths: {
        '/a': { get: { operationId: 'x/a', responses: { 200: { $ref: '#/components/responses/r' } } } },
        '/b': { get: { operationId: 'x/b', responses: { 200: { $ref: '#/components/responses/unused' } } } },
      },
      components: {
        responses: {
          r: { content: { 'application/json': { schema: { $ref: '#/components/schemas/s' } } } },
          unused: {},
        },
        schemas: {
          s: { properties: { t: { $ref: '#/components/schemas/t' } } },
          t: { type: 'string' },
          u: {},
        },
      },
    };
    const subset = buildSubset(spec, ['x/a']);
    expect(Object.keys(subset.paths)).toEqual(['/a']);
    expect(subset.components).toEqual({
      responses: { r: spec.components.responses.r },
      schemas: { s: spec.components.schemas.s, t: { type: 'string' } },
    });
    expect(() => buildSubset(spec, ['x/missing'])).toThrow('operations missing from the spec: x/missing');
    expect(FAKE_OPERATION_IDS).toContain('pulls/list-files');
  });
});
