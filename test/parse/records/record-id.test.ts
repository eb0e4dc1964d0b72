import { describe, expect, it } from 'vitest';
import { recordId } from '../../../src/parse/records/record-id.js';

describe('recordId', () => {
  it.each([
    ['docs/decisions/0013-use-x.md', undefined, 'ADR', 'ADR-0013'],
    ['doc/adr/adr-007-cache.md', undefined, 'ADR', 'ADR-007'],
    ['teps/0037-remove-x.md', undefined, 'ADR', 'TEP-0037'],
    ['EIPS/eip-1588.md', { key: 'eip', value: '1588' }, undefined, 'EIP-1588'],
    ['keps/sig-x/1287-y/kep.yaml', { key: 'kep-number', value: '1287' }, undefined, 'KEP-1287'],
    ['geps/gep-1651/metadata.yaml', { key: 'number', value: '1651' }, undefined, 'GEP-1651'],
    ['rfcs/text/2025-my-rfc.md', undefined, undefined, 'RFC-2025'],
    ['A27-xds.md', undefined, 'ADR', 'A27'],
    ['docs/adr/use-x.md', undefined, 'ADR', undefined],
    ['notes/0001-x.md', undefined, undefined, '0001'],
  ] as const)('%s → %s', (file, explicit, fallback, id) => {
    expect(recordId(file, explicit, fallback)).toBe(id);
  });
});
