// The README's fenced code blocks, with the heading they sit under, the line they start on and
// the HTML comment right before them (where deliberately failing examples list their findings).
import { readFileSync } from 'node:fs';

export interface CodeBlock {
  lang: string;
  text: string;
  /** 1-based line of the block's first content line in README.md. */
  line: number;
  /** The nearest heading above it, without the #s. */
  heading: string;
  /** The text of an HTML comment on the lines just above the fence, if any. */
  comment: string | undefined;
}

export function readmeBlocks(path = 'README.md'): CodeBlock[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (!fence) {
      const h = /^#{1,6}\s+(.*)$/.exec(line);
      if (h) heading = h[1]!.trim();
      continue;
    }
    const close = fence[1]!;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith(close)) end++;
    let above = i - 1;
    while (above >= 0 && lines[above]!.trim() === '') above--;
    const comment = above >= 0 ? /^<!--\s*([\s\S]*?)\s*-->$/.exec(lines[above]!.trim())?.[1] : undefined;
    blocks.push({
      lang: fence[2] ?? '',
      text: `${lines.slice(start, end).join('\n')}\n`,
      line: start + 1,
      heading,
      comment,
    });
    i = end;
  }
  return blocks;
}
