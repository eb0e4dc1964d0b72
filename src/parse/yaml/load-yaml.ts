import { lineIndex, offsetLocator } from '../offset-locator.js';
import { type LoadedYaml, loadYamlDocument } from './load-yaml-document.js';
import { readYamlEvents } from './read-yaml-events.js';

export { describeThrown, parseError } from '../parse-error.js';
export type { LoadedYaml } from './load-yaml-document.js';

/**
 * Parses YAML text (a register file, or Markdown front matter `lineOffset` lines into its
 * file) into a plain value with the position of every part. Most files take the fast reader
 * (js-yaml's event stream, several times faster and leaner than a document model on big
 * registers); whatever it does not read the way `yaml` does — errors, aliases, anchors, tags,
 * duplicate or non-string keys, several documents — goes to the `yaml` document reader, so
 * findings, messages and positions are the same either way. Never throws.
 */
export function loadYaml(file: string, text: string, lineOffset = 0): LoadedYaml {
  const fast = readYamlEvents(text);
  if (!fast) return loadYamlDocument(file, text, lineOffset);
  const lines = lineIndex(file, text, lineOffset);
  const start = { file, line: lineOffset + 1, column: 1 };
  return {
    ok: true,
    value: fast.value,
    locator: offsetLocator(fast.positions, fast.positions.root, lines, start),
  };
}
