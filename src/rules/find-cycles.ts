/**
 * A directed graph on numbered nodes, in compressed rows: the successors of node `n` are
 * `targets[starts[n]]` … `targets[starts[n + 1] - 1]`. Numbers rather than a map of lists: a
 * register of 50k decisions makes a 50k-node chain, and a list per node is what costs.
 */
export interface Digraph {
  names: readonly string[];
  starts: Int32Array;
  targets: Int32Array;
}

/** Collects named nodes and edges, then lays them out as a {@link Digraph}. */
export class DigraphBuilder {
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  /** The number of node `name`, added when new. */
  node(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.names.push(name) - 1;
      this.numbers.set(name, n);
    }
    return n;
  }

  edge(from: number, to: number): void {
    this.from.push(from);
    this.to.push(to);
  }

  get edgeCount(): number {
    return this.from.length;
  }

  /** The edges grouped by source node (a counting sort), each node's in the order added. */
  build(): Digraph {
    const count = this.names.length;
    const starts = new Int32Array(count + 1);
    for (const from of this.from) starts[from + 1]!++;
    for (let n = 0; n < count; n++) starts[n + 1]! += starts[n]!;
    const fill = starts.slice(0, count);
    const targets = new Int32Array(this.from.length);
    for (let e = 0; e < this.from.length; e++) targets[fill[this.from[e]!]!++] = this.to[e]!;
    return { names: this.names, starts, targets };
  }
}

/** The graph of `edges` (node → successors), numbered in the order nodes first appear. */
export function digraphOf(edges: ReadonlyMap<string, readonly string[]>): Digraph {
  const builder = new DigraphBuilder();
  for (const [from, out] of edges) {
    const n = builder.node(from);
    for (const to of out) builder.edge(n, builder.node(to));
  }
  return builder.build();
}

/**
 * Cycles in a directed graph, found with an iterative Tarjan (explicit stacks, so a
 * 10,000-node chain cannot overflow the call stack). Returns one cycle per strongly connected
 * component that has one, each as the node path `start → … → start` (without repeating `start`
 * at the end), where `start` is chosen by `pickStart` among the component's members.
 */
export function findCycles(graph: Digraph, pickStart: (members: string[]) => string | undefined): string[][] {
  const cycles: string[][] = [];
  for (const component of stronglyConnected(graph)) {
    const members = component.map((n) => graph.names[n]!);
    const start = pickStart(members);
    const at = start === undefined ? -1 : members.indexOf(start);
    if (at < 0) continue;
    cycles.push(shortestCycle(graph, component[at]!, component).map((n) => graph.names[n]!));
  }
  return cycles;
}

/**
 * Tarjan's strongly connected components that hold a cycle (more than one member, or one with
 * an edge to itself), iteratively, as node numbers. A component without a cycle (most of them:
 * a long chain is one per node) is never made into a list.
 */
function stronglyConnected({ names, starts, targets }: Digraph): number[][] {
  const count = names.length;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const next = new Int32Array(count); // the next edge of each node to look at
  const stack: number[] = [];
  const frames: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const visit = (node: number) => {
    index[node] = low[node] = counter++;
    next[node] = starts[node]!;
    stack.push(node);
    onStack[node] = 1;
    frames.push(node);
  };
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    visit(root);
    while (frames.length > 0) {
      const node = frames[frames.length - 1]!;
      if (next[node]! < starts[node + 1]!) {
        const to = targets[next[node]!++]!;
        if (index[to] === -1) visit(to);
        else if (onStack[to]) low[node] = Math.min(low[node]!, index[to]!);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[node]!);
      if (low[node] !== index[node]) continue;
      if (stack[stack.length - 1] === node && !hasEdge(starts, targets, node, node)) {
        stack.pop(); // a single member without a loop: no cycle here
        onStack[node] = 0;
        continue;
      }
      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = 0;
        component.push(member);
      } while (member !== node);
      components.push(component);
    }
  }
  return components;
}

function hasEdge(starts: Int32Array, targets: Int32Array, from: number, to: number): boolean {
  for (let e = starts[from]!; e < starts[from + 1]!; e++) if (targets[e] === to) return true;
  return false;
}

/** Breadth-first search inside the component for the shortest way from `start` back to itself. */
function shortestCycle({ starts, targets }: Digraph, start: number, members: number[]): number[] {
  const inside = new Set(members);
  const parent = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (let e = starts[node]!; e < starts[node + 1]!; e++) {
      const next = targets[e]!;
      if (!inside.has(next)) continue;
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
