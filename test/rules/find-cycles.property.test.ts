import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digraphOf, findCycles } from '../../src/rules/find-cycles.js';

// findCycles skips the components without a cycle before making them into lists (a long chain
// is one per node): the components it reports must still be exactly those with a cycle.

/** Nodes that can reach themselves, found by walking from each: the slow, obvious answer. */
function onACycle(edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const found = new Set<string>();
  for (const start of edges.keys()) {
    const seen = new Set<string>();
    const todo = [...(edges.get(start) ?? [])];
    while (todo.length > 0) {
      const node = todo.pop()!;
      if (node === start) {
        found.add(start);
        break;
      }
      if (seen.has(node)) continue;
      seen.add(node);
      todo.push(...(edges.get(node) ?? []));
    }
  }
  return found;
}

const graph = fc
  .array(fc.tuple(fc.nat({ max: 11 }), fc.array(fc.nat({ max: 11 }), { maxLength: 3 })), { maxLength: 12 })
  .map((list) => {
    const edges = new Map<string, string[]>();
    for (const [from, to] of list)
      edges.set(`n${from}`, [...(edges.get(`n${from}`) ?? []), ...to.map((n) => `n${n}`)]);
    return edges;
  });

describe('findCycles on random graphs', () => {
  it('reports one cycle per component that has one, made of nodes on a cycle, and no other', () => {
    fc.assert(
      fc.property(graph, (edges) => {
        const cyclic = onACycle(edges);
        const cycles = findCycles(digraphOf(edges), (members) => [...members].sort()[0]);
        const reported = cycles.flat();
        for (const node of reported) expect(cyclic.has(node)).toBe(true);
        // Each cycle closes: every step is an edge, and the last node leads back to the first.
        for (const cycle of cycles)
          for (let i = 0; i < cycle.length; i++)
            expect(edges.get(cycle[i]!)).toContain(cycle[(i + 1) % cycle.length]);
        // Every node on a cycle is in a component whose chosen start was reported.
        const starts = new Set(cycles.map((cycle) => cycle[0]));
        expect(starts.size).toBe(cycles.length);
        for (const node of cyclic) {
          const component = [...cyclic].filter(
            (other) => reaches(edges, node, other) && reaches(edges, other, node),
          );
          expect(starts.has(component.sort()[0]!)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

function reaches(edges: ReadonlyMap<string, readonly string[]>, from: string, to: string): boolean {
  if (from === to) return true;
  const seen = new Set([from]);
  const todo = [from];
  while (todo.length > 0) {
    for (const next of edges.get(todo.pop()!) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return false;
}
