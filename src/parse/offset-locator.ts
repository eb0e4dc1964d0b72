import type { Position } from '../model/position.js';
import type { Locator, PathSegment } from './locator.js';
import { MAP, type OffsetTree } from './yaml/read-yaml-events.js';

/** Offsets → 1-based line and column (UTF-16 units), `lineOffset` lines into the file. */
export interface LineIndex {
  file: string;
  lineOffset: number;
  /** Offset of the first character of each line. */
  starts: Uint32Array;
  /** The line (0-based) of the last answer: the next is usually on it or a few lines on. */
  last: number;
}

/** The line starts of `text` (line breaks are `\n` once decoded). */
export function lineIndex(file: string, text: string, lineOffset: number): LineIndex {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return { file, lineOffset, starts, last: 0 };
}

/** How many lines past the last answer are looked at one by one before searching. */
const NEARBY = 8;

/**
 * The position of `offset`. The builder asks in reading order, so the line of the last answer
 * or one a few lines on is tried first; else a binary search over the line starts (of a
 * million lines, each step a likely cache miss).
 */
export function positionAt(lines: LineIndex, offset: number): Position {
  const { starts } = lines;
  const lastLine = starts.length - 1;
  let low = 0;
  let high = lastLine;
  let line = lines.last;
  if (starts[line]! <= offset) {
    const stop = Math.min(lastLine, line + NEARBY);
    while (line < stop && starts[line + 1]! <= offset) line++;
    if (line < stop || line === lastLine) return at(lines, line, offset);
    low = line;
  } else high = line - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return at(lines, low, offset);
}

function at(lines: LineIndex, line: number, offset: number): Position {
  lines.last = line;
  return { file: lines.file, line: line + 1 + lines.lineOffset, column: offset - lines.starts[line]! + 1 };
}

/** The offset a node reference stands for: a scalar's own, a collection's first, or -1. */
function offsetOf(tree: OffsetTree, ref: number): number {
  return ref >= -1 ? ref : tree.data[-ref - 2 + 1]!;
}

/**
 * One step down from collection `ref`: the data index of a mapping's entry by key or of a
 * sequence's item by index; -1 if none (or `ref` is a scalar). Numbers, not objects: the
 * builder takes several steps per field of 50k items.
 */
function stepIndex(tree: OffsetTree, ref: number, segment: PathSegment): number {
  if (ref >= -1) return -1;
  const { data } = tree;
  const at = -ref - 2;
  const count = data[at + 2]!;
  if (data[at] === MAP) {
    const wanted = typeof segment === 'string' ? segment : String(segment);
    for (let i = 0, entry = at + 3; i < count; i++, entry += 3)
      if (tree.keys[data[entry]!] === wanted) return entry;
    return -1;
  }
  const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
  return index >= 0 && index < count ? at + 3 + index : -1;
}

/**
 * A {@link Locator} over the offsets the fast YAML reader recorded, answering exactly as the
 * `yaml` document locator does: a value's own position, else its key's, else its parent's.
 * Offsets stay numbers while walking (-1: not written, take the one before); one position is
 * made per answer. A class rather than closures: the builder makes one locator per item.
 * `node` is a reference into `tree` (see {@link OffsetTree}); null when the path was not there.
 */
export function offsetLocator(
  tree: OffsetTree,
  node: number | null,
  lines: LineIndex,
  fallback: Position,
): Locator {
  return new OffsetLocator(tree, node, lines, -1, fallback);
}

class OffsetLocator implements Locator {
  /** What the last walk reached: the node, the offset to report and whether the path existed. */
  private node: number | null = null;
  private offset = -1;
  private complete = true;

  /**
   * Where answers fall back to: the position of `fallbackOffset`, made when first needed (an
   * item's locator is asked for its own position, which is this one, and most never need more),
   * or the parent's fallback when the offset is -1.
   */
  constructor(
    private readonly tree: OffsetTree,
    private readonly root: number | null,
    private readonly lines: LineIndex,
    private readonly fallbackOffset: number,
    private fallback?: Position,
  ) {}

  at(path: readonly PathSegment[]): Position {
    this.walk(path);
    return this.posOf(this.offset);
  }

  keyAt(path: readonly PathSegment[], key: string): Position {
    this.walk(path);
    const found = this.node;
    if (!this.complete || found === null) return this.posOf(this.offset);
    const entry = stepIndex(this.tree, found, key);
    const keyOffset = entry < 0 ? -1 : this.keyOffsetAt(found, entry);
    return this.posOf(keyOffset >= 0 ? keyOffset : this.offset);
  }

  sub(path: readonly PathSegment[]): Locator {
    this.walk(path);
    const node = this.complete ? this.node : null;
    const offset = this.offset;
    return offset < 0
      ? new OffsetLocator(this.tree, node, this.lines, -1, this.fallbackPosition())
      : new OffsetLocator(this.tree, node, this.lines, offset);
  }

  /** One position per offset asked for; the fallback's is made once and shared. */
  private posOf(offset: number): Position {
    if (offset < 0 || offset === this.fallbackOffset) return this.fallbackPosition();
    return positionAt(this.lines, offset);
  }

  private fallbackPosition(): Position {
    this.fallback ??= positionAt(this.lines, this.fallbackOffset);
    return this.fallback;
  }

  /** A mapping entry's key offset; -1 for a sequence item. */
  private keyOffsetAt(ref: number, entry: number): number {
    return this.tree.data[-ref - 2] === MAP ? this.tree.data[entry + 1]! : -1;
  }

  private walk(path: readonly PathSegment[]): void {
    const { tree } = this;
    let current = this.root;
    let offset = current === null ? -1 : offsetOf(tree, current);
    let complete = true;
    for (let i = 0; i < path.length; i++) {
      const entry = current === null ? -1 : stepIndex(tree, current, path[i]!);
      if (entry < 0) {
        complete = false;
        break;
      }
      const isMap = tree.data[-current! - 2] === MAP;
      if (isMap) {
        const keyOffset = tree.data[entry + 1]!;
        if (keyOffset >= 0) offset = keyOffset;
      }
      current = tree.data[isMap ? entry + 2 : entry]!;
      const valueOffset = offsetOf(tree, current);
      if (valueOffset >= 0) offset = valueOffset;
    }
    this.node = current;
    this.offset = offset;
    this.complete = complete;
  }
}
