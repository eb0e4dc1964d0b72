import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFindings } from '../../src/model/finding.js';
import {
  dependencyCycle,
  dependencyMissing,
  dependencyUnknown,
  dependencyUnowned,
} from '../../src/rules/dependency-rules.js';
import { digraphOf, findCycles } from '../../src/rules/find-cycles.js';
import { at, makeRegister } from '../support/make-register.js';
import { places, runRule } from './run-rule.js';

const FILE = 'decisions/review.yml';

describe('dependency-missing', () => {
  it('fires for a blocked decision that names nothing it waits for, at its status', () => {
    const reg = makeRegister({ decisions: [{ id: 'D1', status: 'blocked' }] });
    const findings = runRule(dependencyMissing, reg);
    expect(places(findings)).toEqual([
      { rule: 'dependency-missing', file: FILE, line: 4, column: 5, item: 'D1' },
    ]);
    expect(findings[0]!.message).toBe(
      'Decision D1 is blocked but names no dependency (depends_on or blocked_by)',
    );
  });

  it('does not fire when depends_on or blocked_by is given, or the decision is not blocked', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', status: 'blocked', depends_on: ['D3'] },
        { id: 'D2', status: 'blocked', blocked_by: [{ what: 'Legal review', owner: 'Ana' }] },
        { id: 'D3', status: 'open' },
      ],
    });
    expect(runRule(dependencyMissing, reg)).toEqual([]);
  });
});

describe('dependency-unowned', () => {
  it('fires at each blocked_by entry without an owner', () => {
    const reg = makeRegister({
      decisions: [
        {
          id: 'D1',
          status: 'blocked',
          blocked_by: [
            { what: 'Legal review' },
            { what: 'Budget', owner: 'Bo' },
            { what: 'SSO', owner: ' ' },
          ],
        },
      ],
    });
    const blockers = reg.decisions[0]!.blocked_by;
    const findings = runRule(dependencyUnowned, reg);
    expect(places(findings)).toEqual([
      { rule: 'dependency-unowned', file: FILE, ...at(blockers[0]!), item: 'D1' },
      { rule: 'dependency-unowned', file: FILE, ...at(blockers[2]!), item: 'D1' },
    ]);
    expect(findings[0]!.message).toBe('Blocker "Legal review" of Decision D1 has no owner');
  });

  it('does not fire when every blocker has an owner', () => {
    const reg = makeRegister({ decisions: [{ id: 'D1', blocked_by: [{ what: 'Budget', owner: 'Bo' }] }] });
    expect(runRule(dependencyUnowned, reg)).toEqual([]);
  });
});

describe('dependency-unknown', () => {
  it('fires at the depends_on entry naming an id no register defines', () => {
    const reg = makeRegister({ decisions: [{ id: 'D1', depends_on: ['D2', 'D9'] }, { id: 'D2' }] });
    const findings = runRule(dependencyUnknown, reg);
    expect(places(findings)).toEqual([
      { rule: 'dependency-unknown', file: FILE, ...at(reg.decisions[0]!, 'depends_on.1'), item: 'D1' },
    ]);
    expect(findings[0]!.message).toBe('Decision D1 depends on D9, which no register defines');
  });

  it('resolves ids defined in other registers, actions and outputs included', () => {
    const a = makeRegister({ file: 'decisions/a.yml', decisions: [{ id: 'D1', depends_on: ['D2', 'A7'] }] });
    const b = makeRegister({ file: 'decisions/b.yml', decisions: [{ id: 'D2' }], actions: [{ id: 'A7' }] });
    expect(runRule(dependencyUnknown, [a, b], { targets: [a] })).toEqual([]);
  });

  it("fires at an action's or output's decision naming an id no register defines", () => {
    const reg = makeRegister({
      decisions: [{ id: 'D1' }],
      actions: [
        { id: 'A1', decision: 'D3' },
        { id: 'A2', decision: 'D1' },
      ],
      outputs: [{ id: 'O1', decision: 'D9' }],
    });
    const findings = runRule(dependencyUnknown, reg);
    expect(places(findings)).toEqual([
      { rule: 'dependency-unknown', file: FILE, ...at(reg.actions[0]!, 'decision'), item: 'A1' },
      { rule: 'dependency-unknown', file: FILE, ...at(reg.outputs[0]!, 'decision'), item: 'O1' },
    ]);
    expect(findings[0]!.message).toBe('Action A1 serves decision D3, which no register defines');
  });
});

describe('dependency-cycle', () => {
  it('reports a cycle once, at the depends_on entry of its first member, naming the cycle', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', depends_on: ['D2'] },
        { id: 'D2', depends_on: ['D3'] },
        { id: 'D3', depends_on: ['D1'] },
      ],
    });
    const findings = runRule(dependencyCycle, reg);
    expect(places(findings)).toEqual([
      { rule: 'dependency-cycle', file: FILE, ...at(reg.decisions[0]!, 'depends_on.0'), item: 'D1' },
    ]);
    expect(findings[0]!.message).toBe('Decisions depend on each other in a cycle: D1 → D2 → D3 → D1');
  });

  it('finds a self-dependency and a cycle across files, each once', () => {
    const a = makeRegister({
      file: 'decisions/a.yml',
      decisions: [
        { id: 'D5', depends_on: ['D5'] },
        { id: 'X1', depends_on: ['Y1'] },
      ],
    });
    const b = makeRegister({ file: 'decisions/b.yml', decisions: [{ id: 'Y1', depends_on: ['X1'] }] });
    const findings = runRule(dependencyCycle, [b, a]).sort(compareFindings);
    expect(findings.map((f) => [f.file, f.item, f.message])).toEqual([
      ['decisions/a.yml', 'D5', 'Decisions depend on each other in a cycle: D5 → D5'],
      ['decisions/a.yml', 'X1', 'Decisions depend on each other in a cycle: X1 → Y1 → X1'],
    ]);
  });

  it('reports a cycle at its first member among the target registers only', () => {
    const a = makeRegister({ file: 'decisions/a.yml', decisions: [{ id: 'X1', depends_on: ['Y1'] }] });
    const b = makeRegister({ file: 'decisions/b.yml', decisions: [{ id: 'Y1', depends_on: ['X1'] }] });
    const findings = runRule(dependencyCycle, [a, b], { targets: [b] });
    expect(places(findings)).toEqual([
      {
        rule: 'dependency-cycle',
        file: 'decisions/b.yml',
        ...at(b.decisions[0]!, 'depends_on.0'),
        item: 'Y1',
      },
    ]);
    expect(findings[0]!.message).toBe('Decisions depend on each other in a cycle: Y1 → X1 → Y1');
    expect(runRule(dependencyCycle, [a, makeRegister({ file: 'decisions/c.yml' })], { targets: [] })).toEqual(
      [],
    );
  });

  // Dependencies that all point to earlier decisions cannot form a cycle, and the rule skips the
  // graph search then: one that points forward must still be followed.
  it('finds a cycle closed by the one dependency that points forward', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', depends_on: ['D3'] },
        { id: 'D2', depends_on: ['D1'] },
        { id: 'D3', depends_on: ['D2'] },
        { id: 'D4', depends_on: ['D3', 'D1'] },
      ],
    });
    const findings = runRule(dependencyCycle, reg);
    expect(findings.map((f) => [f.item, f.message])).toEqual([
      ['D1', 'Decisions depend on each other in a cycle: D1 → D3 → D2 → D1'],
    ]);
  });

  it('reports a cycle exactly when the dependencies have one, whichever way they point', () => {
    const graph = fc.array(fc.array(fc.nat({ max: 7 }), { maxLength: 3 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(graph, (deps) => {
        const decisions = deps.map((to, i) => ({ id: `D${i}`, depends_on: to.map((n) => `D${n}`) }));
        const edges = new Map(
          decisions.map((d) => [d.id, d.depends_on.filter((id) => Number(id.slice(1)) < deps.length)]),
        );
        const cyclic = [...edges.keys()].some((start) => {
          const seen = new Set<string>();
          const todo = [...edges.get(start)!];
          while (todo.length > 0) {
            const node = todo.pop()!;
            if (node === start) return true;
            if (!seen.has(node)) {
              seen.add(node);
              todo.push(...(edges.get(node) ?? []));
            }
          }
          return false;
        });
        expect(runRule(dependencyCycle, makeRegister({ decisions })).length > 0).toBe(cyclic);
      }),
      { numRuns: 400 },
    );
  });

  it('does not fire for chains and diamonds', () => {
    const reg = makeRegister({
      decisions: [
        { id: 'D1', depends_on: ['D2', 'D3'] },
        { id: 'D2', depends_on: ['D4'] },
        { id: 'D3', depends_on: ['D4'] },
        { id: 'D4', depends_on: ['D404'] },
      ],
    });
    expect(runRule(dependencyCycle, reg)).toEqual([]);
  });

  it('handles a chain of 10,000 decisions without overflowing the stack', () => {
    const n = 10_000;
    const decisions = Array.from({ length: n }, (_, i) => ({
      id: `D${i}`,
      depends_on: i + 1 < n ? [`D${i + 1}`] : [],
    }));
    const reg = makeRegister({ decisions });
    expect(runRule(dependencyCycle, reg)).toEqual([]);
    expect(runRule(dependencyUnknown, reg)).toEqual([]);
  });

  it('reports a 10,000-member cycle once, with a shortened path', () => {
    const n = 10_000;
    const decisions = Array.from({ length: n }, (_, i) => ({ id: `D${i}`, depends_on: [`D${(i + 1) % n}`] }));
    const findings = runRule(dependencyCycle, makeRegister({ decisions }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.item).toBe('D0');
    expect(findings[0]!.message).toBe(
      'Decisions depend on each other in a cycle: D0 → D1 → D2 → D3 → D4 → D5 → D6 → D7 → … → D9999 → D0 (10000 decisions)',
    );
  });
});

describe('findCycles', () => {
  it('returns the shortest cycle through the chosen start of each component', () => {
    const edges = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', ['a']],
      ['x', ['y']],
      ['y', ['x']],
      ['z', ['a']],
    ]);
    const cycles = findCycles(digraphOf(edges), (members) => [...members].sort()[0]);
    expect(cycles.map((c) => c.join('>')).sort()).toEqual(['a>c', 'x>y']);
  });

  it('skips components whose start is not chosen', () => {
    expect(findCycles(digraphOf(new Map([['a', ['a']]])), () => undefined)).toEqual([]);
  });
});
