import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../../src/parse/parse-register.js';

describe('proposal metadata YAML', () => {
  it('KEP kep.yaml: kep-number, authors, status, last-updated', () => {
    const text = `title: In-place update of pod resources
kep-number: 1287
authors:
  - "@vinaykul"
  - "@tallclair"
owning-sig: sig-node
status: implementable
creation-date: 2019-01-18
last-updated: 2024-06-05
reviewers: ["@thockin"]
`;
    const { register, findings } = parseRegister('keps/sig-node/1287-in-place-update/kep.yaml', text);
    expect(findings).toEqual([]);
    expect(register.decisions).toHaveLength(1);
    expect(register.decisions[0]).toMatchObject({
      source: 'yaml',
      id: 'KEP-1287',
      title: 'In-place update of pod resources',
      status: 'resolved',
      written: { status: 'implementable' },
      owners: ['@vinaykul', '@tallclair'],
      owner: '@vinaykul',
      resolved_on: '2024-06-05',
      extra: { 'owning-sig': 'sig-node', 'creation-date': '2019-01-18', reviewers: '@thockin' },
    });
    expect(register.decisions[0]?.pos.line).toBe(7);
    expect(register.decisions[0]?.at.owners).toBeUndefined();
  });

  it('Gateway API metadata.yaml: kind GEPDetails names the series, relationships kept as extra', () => {
    const text = `apiVersion: internal.gateway.networking.k8s.io/v1alpha1
kind: GEPDetails
number: 1234
name: Some routing feature
status: Declined
authors:
  - alice
relationships:
  obsoletedBy:
    - number: 2000
      name: Better feature
`;
    const { register, findings } = parseRegister('metadata.yaml', text);
    expect(findings).toEqual([]);
    expect(register.decisions[0]).toMatchObject({
      id: 'GEP-1234',
      title: 'Some routing feature',
      status: 'resolved',
      owners: ['alice'],
      resolution: 'Some routing feature',
    });
    expect(register.decisions[0]?.extra?.relationships).toContain('Better feature');
    expect(register.decisions[0]?.pos.line).toBe(5);
  });

  it('a register in the YAML form is not taken for a record', () => {
    const text = `status: draft
title: x
decisions:
  - id: D-1
    title: Ship
    status: resolved
    resolution: yes
`;
    const { register } = parseRegister('decisions/x.yml', text);
    expect(register.decisions.map((d) => d.id)).toEqual(['D-1']);
  });

  it('YAML with a status but neither title nor author stays a (wrong) register', () => {
    const { register, findings } = parseRegister('decisions/x.yml', 'status: open\nfoo: bar\n');
    expect(register.decisions).toEqual([]);
    expect(findings.some((f) => f.rule === 'schema')).toBe(true);
  });
});
