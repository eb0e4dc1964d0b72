import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What each Action run compiles before it can act: the static import graph of the committed
// bundle. The cold start depends on keeping the heavy parts behind dynamic imports.

/** The text of `entry` and of every chunk it imports statically, transitively. */
function staticGraph(entry: string, seen = new Map<string, string>()): Map<string, string> {
  const file = resolve(entry);
  if (seen.has(file)) return seen;
  const text = readFileSync(file, 'utf8');
  seen.set(file, text);
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*"(\.[^"]+)"/g))
    staticGraph(resolve(dirname(file), match[1]!), seen);
  return seen;
}

const chunkOf = (pattern: RegExp): string => {
  const index = readFileSync('dist/index.js', 'utf8');
  const dynamic = [...index.matchAll(/import\("\.\/(chunks\/[^"]+)"\)/g)].map((m) => `dist/${m[1]}`);
  const found = dynamic.find((path) => pattern.test(path));
  if (!found) throw new Error(`no dynamic chunk ${pattern} in dist/index.js: ${dynamic.join(', ')}`);
  return found;
};

const contains = (graph: Map<string, string>, marker: string) =>
  [...graph.values()].some((text) => text.includes(marker));

describe('the Action bundle loads per run only what the run needs', () => {
  it('reaches its first request without the config parser, the YAML readers or remark', () => {
    const start = staticGraph('dist/index.js');
    for (const marker of [
      '// src/config/parse-config.ts',
      'node_modules/yaml/dist/',
      'node_modules/ajv/dist/',
      'node_modules/js-yaml/',
      // undici came with @actions/github's proxy agent and @actions/core's OIDC client.
      'node_modules/undici/',
      'node_modules/@actions/github/',
      'node_modules/@actions/http-client/',
    ]) {
      expect(contains(start, marker), marker).toBe(false);
    }
    expect(contains(start, 'micromark')).toBe(false);
    // Control: the markers name what the bundle holds, so their absence above means something.
    expect(contains(start, 'node_modules/@octokit/core/')).toBe(true);
    expect(contains(staticGraph(chunkOf(/review-mode/)), 'node_modules/js-yaml/')).toBe(true);
  });

  it('reviews YAML registers without remark; the Markdown reader is its own chunk', () => {
    const review = staticGraph(chunkOf(/review-mode/));
    expect(contains(review, '// src/parse/yaml/read-yaml-events.ts')).toBe(true);
    expect(contains(review, '// src/parse/markdown/parse-markdown.ts')).toBe(false);
    expect(contains(review, 'micromark')).toBe(false);
    const all = [...review.values()].join('\n');
    const markdown = /import\("\.\/(register-markdown-[^"]+)"\)/.exec(all);
    expect(markdown, 'the flows import the Markdown reader on demand').not.toBeNull();
    const reader = staticGraph(resolve('dist/chunks', markdown![1]!));
    expect(contains(reader, '// src/parse/markdown/parse-markdown.ts')).toBe(true);
  });
});
