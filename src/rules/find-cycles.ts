/**
 * Cycles in a directed graph given as adjacency lists, found with an iterative Tarjan
 * (explicit stacks, so a 10,000-node chain cannot overflow the call stack).
 * Returns one cycle per strongly connected component that has one, each as the node
 * path `start → … → start` (without repeating `start` at the end), where `start` is
 * chosen by `pickStart` among the component's members.
 */
export function findCycles(
  edges: ReadonlyMap<string, readonly string[]>,
  pickStart: (members: string[]) => string | undefined,
): string[][] {
  const cycles: string[][] = [];
  for (const component of stronglyConnected(edges)) {
    const members = new Set(component);
    const looped = component.length > 1 || (edges.get(component[0]!) ?? []).includes(component[0]!);
    if (!looped) continue;
    const start = pickStart(component);
    if (start === undefined || !members.has(start)) continue;
    cycles.push(shortestCycle(start, edges, members));
  }
  return cycles;
}

/** Tarjan's strongly connected components, iteratively. Only nodes with edges take part. */
function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    // Each frame: a node and how many of its successors have been looked at.
    const frames: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const successors = edges.get(frame.node) ?? [];
      if (frame.next < successors.length) {
        const next = successors[frame.next++]!;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          frames.push({ node: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/** Breadth-first search inside the component for the shortest way from `start` back to itself. */
function shortestCycle(
  start: string,
  edges: ReadonlyMap<string, readonly string[]>,
  members: Set<string>,
): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of edges.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        for (let at = node; at !== start; path.push(at)) at = parent.get(at)!;
        return path.reverse();
      }
      if (!parent.has(next)) {
        parent.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start];
}
