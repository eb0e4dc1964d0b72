import type { Nodes, Root } from 'mdast';
import type { ProseLine } from '../../model/register.js';

/**
 * Every paragraph's text (paragraphs in list items and quotes included; headings, tables,
 * code and HTML excluded), one {@link ProseLine} per source line, as plain text with the
 * position where the line's text starts, in document order. Lines after a paragraph's first
 * are marked `continues`, quoted ones `quoted`, a task-list item's text `task`. Walks
 * iteratively: deep input cannot overflow.
 */
export function collectProse(tree: Root, lines: readonly string[], file: string): ProseLine[] {
  const prose: ProseLine[] = [];
  const stack: Array<{ node: Nodes; quoted: boolean; task: boolean }> = [
    { node: tree, quoted: false, task: false },
  ];
  while (stack.length > 0) {
    const { node, quoted, task } = stack.pop()!;
    if (node.type === 'paragraph') {
      const flags = { ...(quoted ? { quoted } : {}), ...(task ? { task } : {}) };
      paragraphLines(node, lines, file).forEach((line, index) => {
        prose.push({ ...line, ...(index > 0 ? { continues: true } : {}), ...flags });
      });
    } else if ('children' in node) {
      const inQuote = quoted || node.type === 'blockquote';
      // A task item's own paragraphs are the item; its nested lists are read on their own.
      const isTask = node.type === 'listItem' && typeof node.checked === 'boolean';
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i]!;
        stack.push({ node: child, quoted: inQuote, task: isTask && child.type === 'paragraph' });
      }
    }
  }
  return prose;
}

function paragraphLines(paragraph: Nodes, lines: readonly string[], file: string): ProseLine[] {
  const byLine = new Map<number, { column: number; text: string }>();
  const add = (line: number, column: number, text: string) => {
    const seen = byLine.get(line);
    if (seen) seen.text += text;
    else byLine.set(line, { column, text });
  };
  const stack: Nodes[] = [paragraph];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      continue;
    }
    const start = node.position?.start;
    const value =
      node.type === 'image' ? node.alt : 'value' in node && node.type !== 'html' ? node.value : '';
    if (!start || !value) continue;
    value.split('\n').forEach((piece, offset) => {
      const line = start.line + offset;
      add(line, offset === 0 ? start.column : columnOf(lines[line - 1] ?? '', piece), piece);
    });
  }
  const result: ProseLine[] = [];
  for (const [line, { column, text }] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const trimmed = text.trim();
    if (trimmed !== '') result.push({ text: trimmed, pos: { file, line, column } });
  }
  return result;
}

/** Where `piece` (a continuation line's text) starts in its source line. */
function columnOf(source: string, piece: string): number {
  const at = piece === '' ? -1 : source.indexOf(piece.trimStart());
  if (at >= 0) return at + 1;
  const first = source.search(/\S/);
  return first >= 0 ? first + 1 : 1;
}
