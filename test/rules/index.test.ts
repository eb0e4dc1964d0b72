import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/default-config.js';
import type { Register } from '../../src/model/register.js';
import { buildRepoIndex } from '../../src/model/repo-index.js';
import { RULE_IDS } from '../../src/model/rule-catalogue.js';
import { DIFF_RULE_IDS, PARSER_RULE_IDS, RULES } from '../../src/rules/index.js';

describe('RULES', () => {
  it('implements every catalogue rule the parser and the diff do not produce, once', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids, ...PARSER_RULE_IDS, ...DIFF_RULE_IDS].sort()).toEqual([...RULE_IDS].sort());
  });

  it('never throws on registers with odd or missing fields', () => {
    const pos = fc.record({ file: fc.constant('d.yml'), line: fc.nat(), column: fc.nat() });
    const odd = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '',
        ' ',
        'TBD',
        'resolved',
        'blocked',
        'assigned',
        '2026-02-30',
        '2026-01-01',
        'immediate',
        'follow-up',
      ),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const fields = fc.dictionary(
      fc.constantFrom(
        'id',
        'title',
        'status',
        'owner',
        'due',
        'resolution',
        'resolved_on',
        'timing',
        'what',
        'name',
        'github',
        'role',
        'group',
        'date',
      ),
      odd,
    );
    const located = fields.chain((f) => pos.map((p) => ({ ...f, pos: p, at: {} })));
    const decision = fc
      .tuple(
        located,
        fc.array(fc.oneof(fc.constantFrom('D1', 'D2', 'D3', ''), fc.integer()) as fc.Arbitrary<unknown>),
        fc.array(located),
        fc.array(odd),
      )
      .map(([d, depends_on, blocked_by, topics]) => ({
        ...d,
        kind: 'decision',
        depends_on,
        blocked_by,
        topics,
      }));
    const register = fc
      .record({
        review: fc.option(located.chain((r) => fc.array(located).map((attendees) => ({ ...r, attendees })))),
        decisions: fc.array(decision, { maxLength: 5 }),
        actions: fc.array(
          located.map((a) => ({ ...a, kind: 'action' })),
          { maxLength: 3 },
        ),
        outputs: fc.array(
          located.map((o) => ({ ...o, kind: 'output' })),
          { maxLength: 3 },
        ),
        prose: fc.array(fc.record({ text: fc.string(), pos }), { maxLength: 3 }),
      })
      .chain((r) =>
        // Some registers also lack whole lists: rules must cope with that too.
        fc.subarray(['decisions', 'actions', 'outputs', 'prose']).map((dropped) => {
          const out: Record<string, unknown> = {
            ...r,
            review: r.review ?? undefined,
            file: 'd.yml',
            format: 'yaml',
          };
          for (const key of dropped) delete out[key];
          return out as unknown as Register;
        }),
      );
    const config = {
      ...defaultConfig(),
      core_group: ['Ana'],
      topics: { identity: ['security'] },
      owners: { Ana: '@ana' },
    };
    fc.assert(
      fc.property(fc.array(register, { maxLength: 3 }), (registers) => {
        const ctx = {
          registers,
          targets: registers,
          index: buildRepoIndex(registers),
          config,
          today: '2026-01-15',
        };
        for (const rule of RULES) {
          for (const finding of rule.run(ctx)) {
            expect(finding.rule).toBe(rule.id);
            expect(typeof finding.message).toBe('string');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
