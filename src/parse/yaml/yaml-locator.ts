import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { Position } from '../../model/position.js';
import type { Locator, PathSegment } from '../locator.js';

/** What a YAML locator needs besides the node it starts at. */
export interface YamlSource {
  file: string;
  lines: LineCounter;
  /** Lines before the YAML text in the file (front matter starts after its `---`). */
  lineOffset: number;
}

/**
 * A {@link Locator} over a parsed YAML document. Lookups walk from the locator's node, one
 * map or sequence step per path segment, so the builder (which takes a `sub` locator per
 * item) does constant work per field, and positions cost one binary search in `lines`.
 * Values reached through an alias are reported at the alias.
 */
export function yamlLocator(node: Node | null, source: YamlSource, fallback: Position): Locator {
  const posOf = (offset: number | undefined, orElse: Position): Position => {
    if (offset === undefined) return orElse;
    const { line, col } = source.lines.linePos(offset);
    return { file: source.file, line: line + source.lineOffset, column: col };
  };
  const own = node ? posOf(node.range?.[0], fallback) : fallback;
  const walk = (path: readonly PathSegment[]) => {
    let current: Node | null = node;
    let pos = own;
    let keyPos = own;
    let complete = true;
    for (const segment of path) {
      const step = current ? child(current, segment) : undefined;
      if (!step) {
        complete = false;
        break;
      }
      keyPos = step.key ? posOf(step.key.range?.[0], pos) : pos;
      current = step.value;
      pos = current ? posOf(current.range?.[0], keyPos) : keyPos;
    }
    return { node: current, pos, complete };
  };
  return {
    at: (path) => walk(path).pos,
    keyAt(path, key) {
      const found = walk(path);
      if (!found.complete || !found.node) return found.pos;
      const step = child(found.node, key);
      return step?.key ? posOf(step.key.range?.[0], found.pos) : found.pos;
    },
    sub(path) {
      const found = walk(path);
      return yamlLocator(found.complete ? found.node : null, source, found.pos);
    },
  };
}

/** One step down: a map's value by key (compared as text) or a sequence's item by index. */
function child(node: Node, segment: PathSegment): { key?: Node; value: Node | null } | undefined {
  if (isAlias(node)) return undefined;
  if (isMap(node)) {
    const wanted = String(segment);
    for (const pair of node.items) {
      const key = pair.key;
      const text = isScalar(key) ? String(key.value) : undefined;
      if (text === wanted) return { key: key as Node, value: (pair.value as Node | null) ?? null };
    }
    return undefined;
  }
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    const item = node.items[index];
    return item === undefined ? undefined : { value: (item as Node | null) ?? null };
  }
  return undefined;
}
