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
    const start = pickStart(component);
    if (start === undefined || !component.includes(start)) continue;
    cycles.push(shortestCycle(start, edges, new Set(component)));
  }
  return cycles;
}

/**
 * Tarjan's strongly connected components that hold a cycle (more than one member, or one with
 * an edge to itself), iteratively. Only nodes with edges take part. Nodes are numbered first,
 * so the bookkeeping is typed arrays rather than maps keyed by id, and a component without a
 * cycle (most of them: a long chain is one per node) is never made into a list.
 */
function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const names: string[] = [];
  const numbers = new Map<string, number>();
  const numberOf = (name: string) => {
    let n = numbers.get(name);
    if (n === undefined) {
      n = names.push(name) - 1;
      numbers.set(name, n);
    }
    return n;
  };
  // Keys are distinct and numbered in order, so their successor lists come from values() as is.
  for (const node of edges.keys()) numbers.set(node, names.push(node) - 1);
  const successors: number[][] = [];
  for (const out of edges.values()) successors.push(out.map(numberOf));
  for (let n = successors.length; n < names.length; n++) successors.push([]);
  const count = names.length;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const next = new Int32Array(count); // how many successors of each node have been looked at
  const stack: number[] = [];
  const frames: number[] = [];
  const components: string[][] = [];
  let counter = 0;
  const visit = (node: number) => {
    index[node] = low[node] = counter++;
    stack.push(node);
    onStack[node] = 1;
    frames.push(node);
  };
  for (let root = 0; root < edges.size; root++) {
    if (index[root] !== -1) continue;
    visit(root);
    while (frames.length > 0) {
      const node = frames[frames.length - 1]!;
      const out = successors[node]!;
      if (next[node]! < out.length) {
        const to = out[next[node]!++]!;
        if (index[to] === -1) visit(to);
        else if (onStack[to]) low[node] = Math.min(low[node]!, index[to]!);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[node]!);
      if (low[node] === index[node]) {
        if (stack[stack.length - 1] === node && !out.includes(node)) {
          stack.pop(); // a single member without a loop: no cycle here
          onStack[node] = 0;
          continue;
        }
        const component: string[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component.push(names[member]!);
        } while (member !== node);
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
