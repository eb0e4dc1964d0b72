import type { TextEdit } from '../../model/finding.js';

/**
 * Line-wise edits of a decoded text (lines split on `\n`, as the parsers saw it): lines are
 * changed in place and new lines inserted after others, all against the original numbering, so
 * edits of several items never shift each other. `edits()` gives TextEdits for `applyEdits`,
 * which writes them back into the file as read (BOM and line endings kept).
 */
export class LineEditor {
  private readonly lines: string[];
  private readonly changed = new Map<number, string>();
  private readonly inserted = new Map<number, string[]>();

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  get count(): number {
    return this.lines.length;
  }

  /** Line `line` (1-based) as edited so far; '' beyond the end. */
  get(line: number): string {
    return this.changed.get(line) ?? this.lines[line - 1] ?? '';
  }

  set(line: number, text: string): void {
    if (line < 1 || line > this.lines.length) return;
    if (text === this.lines[line - 1]) this.changed.delete(line);
    else this.changed.set(line, text);
  }

  /** Adds a line after `line` (after lines added there before). */
  insertAfter(line: number, text: string): void {
    const list = this.inserted.get(line) ?? [];
    list.push(text);
    this.inserted.set(line, list);
  }

  get dirty(): boolean {
    return this.changed.size > 0 || this.inserted.size > 0;
  }

  edits(): TextEdit[] {
    const edits: TextEdit[] = [];
    for (const [line, text] of this.changed) {
      const length = this.lines[line - 1]?.length ?? 0;
      edits.push({ line, column: 1, endLine: line, endColumn: length + 1, text });
    }
    for (const [line, added] of this.inserted) {
      const block = added.join('\n');
      if (line < this.lines.length) {
        edits.push({ line: line + 1, column: 1, endLine: line + 1, endColumn: 1, text: `${block}\n` });
      } else {
        // After the last line: it has no ending of its own, so the new line brings one.
        const end = (this.changed.get(line) ?? this.lines[line - 1] ?? '').length + 1;
        const at = this.changed.has(line) ? edits.find((e) => e.line === line && e.column === 1) : undefined;
        if (at) at.text += `\n${block}`;
        else edits.push({ line, column: end, endLine: line, endColumn: end, text: `\n${block}` });
      }
    }
    return edits;
  }
}
