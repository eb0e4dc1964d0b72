import { isMap, isScalar, LineCounter, parseDocument, visit, type YAMLMap } from 'yaml';
import type { LineEditor } from './line-editor.js';

/**
 * YAML items through the `yaml` document model: the mapping an item starts at, the value of a
 * key, where the mapping ends. Edits stay textual (by position), so comments, quoting and key
 * order are kept exactly.
 */
export class YamlItems {
  private readonly counter = new LineCounter();
  private readonly maps = new Map<number, YAMLMap>();

  constructor(private readonly text: string) {
    const doc = parseDocument(text, {
      lineCounter: this.counter,
      keepSourceTokens: false,
      uniqueKeys: false,
    });
    visit(doc, {
      Map: (_key, node) => {
        if (node.range) this.maps.set(node.range[0], node);
      },
    });
  }

  /** The mapping starting at line/column (1-based): block, or flow (`{ id: A1, … }`). */
  mapAt(line: number, column: number): YAMLMap | undefined {
    const start = this.counter.lineStarts[line - 1];
    if (start === undefined) return undefined;
    const map = this.maps.get(start + column - 1);
    return map && isMap(map) ? map : undefined;
  }

  /** The number written under `issue:` (`9`, `"#9"`), when there is one. */
  issueOf(map: YAMLMap): number | undefined {
    const value = map.get('issue', true);
    const raw = isScalar(value) ? String(value.value ?? '') : '';
    const match = /^#?(\d+)$/.exec(raw.trim());
    return match ? Number(match[1]) : undefined;
  }

  /** Sets a one-line scalar under `key` (same quoting), or adds `key: value` at the mapping's end. */
  set(editor: LineEditor, map: YAMLMap, key: string, value: string, column: number): boolean {
    const node = map.get(key, true);
    if (node !== undefined) {
      if (!isScalar(node) || !node.range) return false;
      const from = this.counter.linePos(node.range[0]);
      const to = this.counter.linePos(node.range[1]);
      if (from.line !== to.line) return false;
      const line = editor.get(from.line);
      const written = line.slice(from.col - 1, to.col - 1);
      const quote = written.startsWith('"') ? '"' : written.startsWith("'") ? "'" : '';
      editor.set(
        from.line,
        `${line.slice(0, from.col - 1)}${quote}${value}${quote}${line.slice(to.col - 1)}`,
      );
      return true;
    }
    if (map.flow) return this.appendToFlow(editor, map, `${key}: ${value}`);
    editor.insertAfter(this.lastLine(map), `${' '.repeat(column - 1)}${key}: ${value}`);
    return true;
  }

  /** A flow mapping over several lines (one pair a line): `key: value,` after its last pair. */
  private appendToFlowLines(editor: LineEditor, map: YAMLMap, pair: string): boolean {
    const last = map.items.at(-1);
    const end =
      (isScalar(last?.value) || isMap(last?.value) ? last?.value.range?.[1] : undefined) ?? undefined;
    if (end === undefined) return false;
    const at = this.counter.linePos(end).line;
    const text = editor.get(at);
    const indent = /^\s*/.exec(text)?.[0] ?? '';
    const comma = /,\s*(?:#.*)?$/.test(text);
    if (!comma) {
      if (text.includes('#')) return false;
      editor.set(at, `${text.replace(/\s+$/, '')},`);
    }
    editor.insertAfter(at, `${indent}${pair}${comma ? ',' : ''}`);
    return true;
  }

  /** `, key: value` before a one-line flow mapping's closing brace. */
  private appendToFlow(editor: LineEditor, map: YAMLMap, pair: string): boolean {
    const [start = 0, end = 0] = map.range ?? [];
    const open = this.counter.linePos(start);
    const close = this.counter.linePos(Math.max(start, end - 1));
    const line = editor.get(close.line);
    if (line[close.col - 1] !== '}') return false;
    if (open.line !== close.line) return this.appendToFlowLines(editor, map, pair);
    const before = line.slice(0, close.col - 1).replace(/\s+$/, '');
    const space = line.slice(before.length, close.col - 1);
    editor.set(
      close.line,
      `${before}${before.endsWith('{') ? ' ' : ', '}${pair}${space}${line.slice(close.col - 1)}`,
    );
    return true;
  }

  /** The last line holding something of the mapping (its last value, comments after it excluded). */
  private lastLine(map: YAMLMap): number {
    const end = map.range?.[1] ?? 0;
    let at = Math.max(0, end - 1);
    while (at > 0 && /\s/.test(this.text[at] ?? '')) at--;
    return this.counter.linePos(at).line;
  }
}
