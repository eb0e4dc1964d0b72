import { type Event, getScalarValue, parseEvents, type ScalarEvent } from 'js-yaml';

/**
 * Where a value was written, as source offsets (UTF-16 units), in one flat store of numbers
 * rather than an object per mapping and sequence: 50k decisions make a million nodes, and
 * objects that all survive are what the garbage collector copies. A node reference is a
 * number: `>= 0` a scalar's offset, `-1` absent (the value of `{ key }`), `<= -2` the
 * collection at `data[-ref - 2]`. A collection is laid out as `kind` (MAP or SEQ), its
 * offset, its entry count, then per entry `key index, key offset, value ref` for a mapping
 * (`keys` holds each distinct key once) or `value ref` for a sequence.
 */
export interface OffsetTree {
  data: Int32Array;
  keys: string[];
  root: number;
}

export const MAP = 0;
export const SEQ = 1;

/** A plain value and where each part of it was written. */
export interface EventsRead {
  value: unknown;
  positions: OffsetTree;
}

/** yaml refuses implicit keys longer than this; beyond it, let the document reader say so. */
const MAX_IMPLICIT_KEY = 1000;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;

interface Frame {
  kind: 'map' | 'seq';
  value: Record<string, unknown> | unknown[];
  offset: number;
  /** Where this collection's entries start on the pending stack. */
  pending: number;
  flow: boolean;
  key?: string;
  keyOffset: number;
}

/** A growable stack of 32-bit integers: entries waiting for their collection to close. */
class IntStack {
  data: Int32Array;
  length = 0;
  constructor(size = 0) {
    this.data = new Int32Array(Math.max(1024, size));
  }
  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }
  grow(needed: number): void {
    let size = this.data.length * 2;
    while (size < needed) size *= 2;
    const data = new Int32Array(size);
    data.set(this.data.subarray(0, this.length));
    this.data = data;
  }
}

/**
 * Reads the common shape of YAML fast, from js-yaml's event stream (offsets into the text),
 * into the same plain value `yaml`'s document model gives under the YAML 1.2 core schema,
 * with the offsets `yaml` reports. Returns undefined for anything outside that common shape —
 * any error js-yaml raises, more than one document, aliases, anchors, tags, duplicate or
 * non-string keys, over-long implicit keys, explicit keys (`?`), tabs in indentation — so that the caller asks the `yaml` reader, whose
 * findings (messages, positions) stay the reference. Never throws.
 */
export function readYamlEvents(text: string): EventsRead | undefined {
  // yaml is stricter than js-yaml about tabs that start a line: let it judge those.
  if (text.includes('\t') && /^ *\t/m.test(text)) return undefined;
  // Explicit keys (`? k`): js-yaml and yaml place what follows them differently; yaml judges.
  if (text.includes('?') && /^[ -]*\?(?:[ \t]|$)/m.test(text)) return undefined;
  // An indented `---` or `...` is plain text to yaml but a document marker to js-yaml; yaml judges.
  if (/^[ \t]+(?:---|\.\.\.)(?:[ \t]|$)/m.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: 100 });
  } catch {
    return undefined;
  }
  const stack: Frame[] = [];
  let root: { value: unknown; ref: number } | undefined;
  // About one number per four characters of a register: sized once rather than doubled often.
  const store = new IntStack(text.length >> 2);
  const pending = new IntStack();
  const keys: string[] = [];
  // Each distinct key once: 50k items repeat a dozen keys, and a string per entry would survive.
  const keyIds = new Map<string, number>();
  let documents = 0;
  /** End of the last token read: where an empty node's indicator is looked for. */
  let cursor = 0;

  const add = (value: unknown, ref: number, isString: boolean, keySpan: number): boolean => {
    const frame = stack[stack.length - 1];
    if (!frame) {
      root = { value, ref };
      return true;
    }
    if (frame.kind === 'seq') {
      (frame.value as unknown[]).push(value);
      pending.push(ref);
      return true;
    }
    if (frame.key === undefined) {
      // Keys: non-empty strings only, each once; anything else is the document reader's call.
      if (!isString || ref < 0) return false;
      if (!frame.flow && keySpan > MAX_IMPLICIT_KEY) return false;
      if (Object.hasOwn(frame.value, value as string)) return false;
      frame.key = value as string;
      frame.keyOffset = ref;
      return true;
    }
    const map = frame.value as Record<string, unknown>;
    if (frame.key === '__proto__') {
      Object.defineProperty(map, '__proto__', {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else map[frame.key] = value;
    let keyId = keyIds.get(frame.key);
    if (keyId === undefined) {
      keyId = keys.push(frame.key) - 1;
      keyIds.set(frame.key, keyId);
    }
    pending.push(keyId);
    pending.push(frame.keyOffset);
    pending.push(ref);
    frame.key = undefined;
    return true;
  };

  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    // Each event is read once: dropping it keeps the peak at about the events or the value, not both.
    events[index] = undefined as unknown as Event;
    switch (event.type) {
      case 1: // document
        if (++documents > 1) return undefined;
        break;
      case 2: // sequence
      case 3: {
        // mapping
        if (event.anchorStart !== -1 || event.tagStart !== -1) return undefined;
        const top = stack[stack.length - 1];
        if (top?.kind === 'map' && top.key === undefined) return undefined; // a collection as key
        const flow = event.style === 2;
        const isMap = event.type === 3;
        stack.push({
          kind: isMap ? 'map' : 'seq',
          value: isMap ? {} : [],
          offset: event.start,
          pending: pending.length,
          flow,
          keyOffset: -1,
        });
        cursor = flow ? event.start + 1 : event.start;
        break;
      }
      case 4: {
        // scalar
        if (event.anchorStart !== -1 || event.tagStart !== -1) return undefined;
        let value: unknown;
        let offset: number;
        if (event.valueStart === -1) {
          // An empty plain scalar is null, an empty block scalar ''; it consumes its indicator.
          value = event.style === PLAIN ? null : '';
          offset = emptyNodeOffset(text, cursor);
          if (offset >= 0) cursor = offset;
        } else {
          const source = getScalarValue(text, event);
          value = event.style === PLAIN ? resolvePlain(source) : source;
          offset = scalarOffset(text, event);
          cursor = event.valueEnd + (isQuoted(event) ? 1 : 0);
        }
        if (!add(value, offset, typeof value === 'string', event.valueEnd - event.valueStart))
          return undefined;
        break;
      }
      case 5: // alias
        return undefined;
      case 6: {
        // end of a document or collection
        const frame = stack.pop();
        if (!frame) break;
        if (frame.flow) cursor = afterClosingBracket(text, cursor);
        if (!add(frame.value, close(frame, store, pending), false, 0)) return undefined;
        break;
      }
    }
  }
  const positions = { data: store.data.subarray(0, store.length), keys, root: root ? root.ref : -1 };
  return { value: root ? root.value : null, positions };
}

/** Moves a closed collection's entries from the pending stack to the store; its reference. */
function close(frame: Frame, store: IntStack, pending: IntStack): number {
  const count = pending.length - frame.pending;
  const at = store.length;
  const size = 3 + count;
  if (at + size > store.data.length) store.grow(at + size);
  const data = store.data;
  const isMap = frame.kind === 'map';
  data[at] = isMap ? MAP : SEQ;
  data[at + 1] = frame.offset;
  data[at + 2] = isMap ? count / 3 : count;
  // A loop, not set(subarray): most collections hold a few entries, and views are garbage.
  const from = pending.data;
  for (let i = 0; i < count; i++) data[at + 3 + i] = from[frame.pending + i]!;
  store.length = at + size;
  pending.length = frame.pending;
  return -at - 2;
}

function isQuoted(event: ScalarEvent): boolean {
  return event.style === SINGLE_QUOTED || event.style === DOUBLE_QUOTED;
}

/** yaml's offset for a written scalar: its first character, opening quote or `|`/`>`. */
function scalarOffset(text: string, event: ScalarEvent): number {
  if (event.style === PLAIN) return event.valueStart;
  if (isQuoted(event)) return event.valueStart - 1;
  return blockHeaderOffset(text, event.valueStart);
}

/**
 * The YAML 1.2 core schema's reading of a plain scalar, as `yaml` implements it: null, booleans,
 * decimal/octal/hex integers, floats, infinities and NaN; anything else is a string.
 */
export function resolvePlain(source: string): unknown {
  if (source === '' || source === '~' || source === 'null' || source === 'Null' || source === 'NULL')
    return null;
  if (source === 'true' || source === 'True' || source === 'TRUE') return true;
  if (source === 'false' || source === 'False' || source === 'FALSE') return false;
  if (!NUMBER.test(source)) return source;
  if (/^[-+]?[0-9]+$/.test(source)) return Number.parseInt(source, 10);
  if (source.startsWith('0o')) return Number.parseInt(source.slice(2), 8);
  if (source.startsWith('0x')) return Number.parseInt(source.slice(2), 16);
  if (/inf$/i.test(source)) return source[0] === '-' ? -Infinity : Infinity;
  if (/nan$/i.test(source)) return Number.NaN;
  return Number.parseFloat(source);
}

/** Every number form of the core schema, in one test (most plain scalars are not numbers). */
const NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Skips spaces, line breaks and comments from `at`. */
function skipBlank(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else break;
  }
  return i;
}

/**
 * Where `yaml` puts an empty node: right after the indicator that introduced it (`-`, `?` or
 * `:`) and the spaces that follow on its line. -1 when no indicator comes, as for the value
 * of `{ key }`, which has no node at all.
 */
function emptyNodeOffset(text: string, cursor: number): number {
  let i = skipBlank(text, cursor);
  const c = text[i];
  if (c !== '-' && c !== '?' && c !== ':') return -1;
  i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/** Past the `]` or `}` that closes a flow collection whose last token ended at `cursor`. */
function afterClosingBracket(text: string, cursor: number): number {
  let i = skipBlank(text, cursor);
  while (text[i] === ',') i = skipBlank(text, i + 1);
  return text[i] === ']' || text[i] === '}' ? i + 1 : i;
}

/**
 * The offset of a block scalar's `|` or `>` (yaml's position for it), found on the header
 * line, the line before the content js-yaml points at: the first indicator followed only by
 * indentation/chomping digits and signs, and an optional comment.
 */
function blockHeaderOffset(text: string, contentStart: number): number {
  // Content may start after empty lines: the header is the first line above with text.
  let lineEnd = text[contentStart - 1] === '\n' ? contentStart - 1 : contentStart;
  for (;;) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    const match = /[|>][1-9+-]{0,2}(?:[ \t]+#.*)?[ \t]*$/.exec(line);
    if (match) return lineStart + match.index;
    if (line.trim() !== '' || lineStart === 0) return contentStart;
    lineEnd = lineStart - 1;
  }
}
