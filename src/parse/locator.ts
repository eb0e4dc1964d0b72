import type { Position } from '../model/position.js';

/** A step into a raw value: a mapping key or a list index. */
export type PathSegment = string | number;

/**
 * Where the parts of a raw register value were written. The YAML form answers from the
 * document's nodes, the Markdown form from table cells and front matter, so validation and
 * the register builder can ask for positions without knowing the form.
 */
export interface Locator {
  /** Position of the value at `path`, or of its nearest ancestor that was written. */
  at(path: readonly PathSegment[]): Position;
  /** Position of key `key` in the mapping at `path`; the mapping's position when unknown. */
  keyAt(path: readonly PathSegment[], key: string): Position;
  /** A locator rooted at the value at `path`, so walking one item does not restart at the root. */
  sub(path: readonly PathSegment[]): Locator;
}

/**
 * Positions of a value built from Markdown: the value's own position, its children's, the
 * positions of its keys, and optionally a delegate (front matter) answering for children
 * that are not in `kids`.
 */
export interface PosNode {
  pos: Position;
  kids?: Map<string, PosNode>;
  keys?: Map<string, Position>;
  delegate?: Locator;
}

/** A {@link Locator} over a {@link PosNode} tree. */
export function treeLocator(root: PosNode): Locator {
  const walk = (path: readonly PathSegment[]): { node: PosNode; rest: readonly PathSegment[] } => {
    let node = root;
    for (let i = 0; i < path.length; i++) {
      const kid = node.kids?.get(String(path[i]));
      if (!kid) return { node, rest: path.slice(i) };
      node = kid;
    }
    return { node, rest: [] };
  };
  return {
    at(path) {
      const { node, rest } = walk(path);
      if (rest.length === 0) return node.pos;
      return node.delegate ? node.delegate.at(rest) : node.pos;
    },
    keyAt(path, key) {
      const { node, rest } = walk(path);
      if (rest.length > 0) return node.delegate ? node.delegate.keyAt(rest, key) : node.pos;
      return node.keys?.get(key) ?? node.kids?.get(key)?.pos ?? node.delegate?.keyAt([], key) ?? node.pos;
    },
    sub(path) {
      const { node, rest } = walk(path);
      if (rest.length === 0) return treeLocator(node);
      return node.delegate ? node.delegate.sub(rest) : treeLocator({ pos: node.pos });
    },
  };
}

/** Adds `kid` under `key` of `parent`, creating the map when needed; returns `kid`. */
export function addKid(parent: PosNode, key: PathSegment, kid: PosNode): PosNode {
  if (!parent.kids) parent.kids = new Map();
  parent.kids.set(String(key), kid);
  return kid;
}
