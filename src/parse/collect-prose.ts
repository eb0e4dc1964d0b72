import type { Nodes, Root } from 'mdast';
import type { ProseLine } from '../model/register.js';

/**
 * Every paragraph's text (paragraphs in list items and quotes included; headings, tables,
 * code and HTML excluded), one {@link ProseLine} per source line, as plain text with the
 * position where the line's text starts. Walks iteratively: deep input cannot overflow.
 */
export function collectProse(tree: Root, lines: readonly string[], file: string): ProseLine[] {
  const prose: ProseLine[] = [];
  const stack: Nodes[] = [tree];
  const paragraphs: Nodes[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph') paragraphs.push(node);
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  for (const paragraph of paragraphs) prose.push(...paragraphLines(paragraph, lines, file));
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
