import { isMarkdownParserLoaded } from '../parse/markdown/markdown-slot.js';
import { formatOf } from '../parse/parse-register.js';

/**
 * Loads the Markdown reader (remark) when any of `paths` may be Markdown (its name says so, or
 * says nothing and the text will be sniffed), so that a run over YAML registers never loads it.
 * Call before parsing files read through the port.
 */
export async function loadParsers(paths: Iterable<string>): Promise<void> {
  if (isMarkdownParserLoaded()) return;
  for (const path of paths) {
    if (formatOf(path) !== 'yaml') {
      await import('../parse/markdown/register-markdown.js');
      return;
    }
  }
}
