import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The little of an mdast node that tests look at. */
export interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

const processor = unified().use(remarkParse).use(remarkGfm);

/** Parses GitHub Flavored Markdown as GitHub would (tables, autolinks, strikethrough). */
export function parseGfm(markdown: string): MdNode {
  return processor.parse(markdown) as unknown as MdNode;
}

/** The text a reader sees: every text and inline code value, in order. */
export function textOf(node: MdNode): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode'))
    return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Every node of a type, depth first. */
export function findAll(node: MdNode, type: string): MdNode[] {
  const own = node.type === type ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap((child) => findAll(child, type))];
}
