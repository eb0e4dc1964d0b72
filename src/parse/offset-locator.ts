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

/** One step down: a mapping's value by key or a sequence's item by index; undefined if none. */
function child(node: OffsetNode, segment: PathSegment): { keyOffset: number; value: OffsetNode } | undefined {
  if (node instanceof OffsetMap) {
    const wanted = String(segment);
    const { entries } = node;
    for (let i = 0; i < entries.length; i += 3) {
      if (entries[i] === wanted)
        return { keyOffset: entries[i + 1] as number, value: entries[i + 2] as OffsetNode };
    }
    return undefined;
  }
  if (node instanceof OffsetSeq) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    const item = node.items[index];
    return item === undefined ? undefined : { keyOffset: -1, value: item };
  }
  return undefined;
}

/**
 * A {@link Locator} over the offsets the fast YAML reader recorded, answering exactly as the
 * `yaml` document locator does: a value's own position, else its key's, else its parent's.
 * Offsets become positions only when asked for.
 */
export function offsetLocator(node: OffsetNode | null, lines: LineIndex, fallback: Position): Locator {
  // Offsets stay numbers while walking (-1: not written, take the one before); one position is
  // made per answer.
  const own = node === null ? -1 : offsetOf(node);
  const posOf = (offset: number): Position => (offset < 0 ? fallback : positionAt(lines, offset));
  const walk = (path: readonly PathSegment[]) => {
    let current: OffsetNode | null = node;
    let offset = own;
    let complete = true;
    for (const segment of path) {
      const step = current === null ? undefined : child(current, segment);
      if (!step) {
        complete = false;
        break;
      }
      if (step.keyOffset >= 0) offset = step.keyOffset;
      current = step.value;
      const valueOffset = offsetOf(current);
      if (valueOffset >= 0) offset = valueOffset;
    }
    return { node: current, offset, complete };
  };
  return {
    at: (path) => posOf(walk(path).offset),
    keyAt(path, key) {
      const found = walk(path);
      if (!found.complete || found.node === null) return posOf(found.offset);
      const step = child(found.node, key);
      return posOf(step && step.keyOffset >= 0 ? step.keyOffset : found.offset);
    },
    sub(path) {
      const found = walk(path);
      return offsetLocator(found.complete ? found.node : null, lines, posOf(found.offset));
    },
  };
}
