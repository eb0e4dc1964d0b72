import type { Position } from '../model/position.js';
import type { Locator, PathSegment } from './locator.js';
import { OffsetMap, type OffsetNode, OffsetSeq } from './yaml/read-yaml-events.js';

/** Offsets → 1-based line and column (UTF-16 units), `lineOffset` lines into the file. */
export interface LineIndex {
  file: string;
  lineOffset: number;
  /** Offset of the first character of each line. */
  starts: Uint32Array;
}

/** The line starts of `text` (line breaks are `\n` once decoded). */
export function lineIndex(file: string, text: string, lineOffset: number): LineIndex {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return { file, lineOffset, starts };
}

/** The position of `offset`, by binary search over the line starts. */
export function positionAt(lines: LineIndex, offset: number): Position {
  const { starts } = lines;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { file: lines.file, line: low + 1 + lines.lineOffset, column: offset - starts[low]! + 1 };
}

const offsetOf = (node: OffsetNode): number => (typeof node === 'number' ? node : node.offset);

/**
 * One step down from `node`: a mapping's entry by key (its index into the flat triples) or a
 * sequence's item by index; -1 if none. Returns numbers, not objects: the builder takes
 * several steps per field of 50k items, and each object would be garbage to collect.
 */
function stepIndex(node: OffsetNode, segment: PathSegment): number {
  if (node instanceof OffsetMap) {
    const wanted = typeof segment === 'string' ? segment : String(segment);
    const { entries } = node;
    for (let i = 0; i < entries.length; i += 3) if (entries[i] === wanted) return i;
    return -1;
  }
  if (node instanceof OffsetSeq) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    return index >= 0 && index < node.items.length ? index : -1;
  }
  return -1;
}

/** The key offset (-1 for a sequence item) and the value of step `index` from `node`. */
const stepKeyOffset = (node: OffsetNode, index: number): number =>
  node instanceof OffsetMap ? (node.entries[index + 1] as number) : -1;
const stepValue = (node: OffsetNode, index: number): OffsetNode =>
  node instanceof OffsetMap ? (node.entries[index + 2] as OffsetNode) : (node as OffsetSeq).items[index]!;

/**
 * A {@link Locator} over the offsets the fast YAML reader recorded, answering exactly as the
 * `yaml` document locator does: a value's own position, else its key's, else its parent's.
 * Offsets stay numbers while walking (-1: not written, take the one before); one position is
 * made per answer. A class rather than closures: the builder makes one locator per item.
 */
export function offsetLocator(node: OffsetNode | null, lines: LineIndex, fallback: Position): Locator {
  return new OffsetLocator(node, lines, fallback);
}

class OffsetLocator implements Locator {
  /** What the last walk reached: the node, the offset to report and whether the path existed. */
  private node: OffsetNode | null = null;
  private offset = -1;
  private complete = true;

  constructor(
    private readonly root: OffsetNode | null,
    private readonly lines: LineIndex,
    private readonly fallback: Position,
  ) {}

  at(path: readonly PathSegment[]): Position {
    this.walk(path);
    return this.posOf(this.offset);
  }

  keyAt(path: readonly PathSegment[], key: string): Position {
    this.walk(path);
    const found = this.node;
    if (!this.complete || found === null) return this.posOf(this.offset);
    const index = stepIndex(found, key);
    const keyOffset = index < 0 ? -1 : stepKeyOffset(found, index);
    return this.posOf(keyOffset >= 0 ? keyOffset : this.offset);
  }

  sub(path: readonly PathSegment[]): Locator {
    this.walk(path);
    return new OffsetLocator(this.complete ? this.node : null, this.lines, this.posOf(this.offset));
  }

  private posOf(offset: number): Position {
    return offset < 0 ? this.fallback : positionAt(this.lines, offset);
  }

  private walk(path: readonly PathSegment[]): void {
    let current = this.root;
    let offset = current === null ? -1 : offsetOf(current);
    let complete = true;
    for (let i = 0; i < path.length; i++) {
      const index = current === null ? -1 : stepIndex(current, path[i]!);
      if (index < 0) {
        complete = false;
        break;
      }
      const keyOffset = stepKeyOffset(current!, index);
      if (keyOffset >= 0) offset = keyOffset;
      current = stepValue(current!, index);
      const valueOffset = offsetOf(current);
      if (valueOffset >= 0) offset = valueOffset;
    }
    this.node = current;
    this.offset = offset;
    this.complete = complete;
  }
}
