import { type Document, isAlias, LineCounter, parseDocument, visit } from 'yaml';
import type { RawFinding } from '../../model/finding.js';
import type { Position } from '../../model/position.js';
import type { Locator } from '../locator.js';
import { describeThrown, firstLine, parseError } from '../parse-error.js';
import { yamlLocator } from './yaml-locator.js';

/** A YAML text turned into a plain value with a locator, or the parse errors that stopped it. */
export type LoadedYaml =
  | { ok: true; value: unknown; locator: Locator }
  | { ok: false; findings: RawFinding[] };

/** yaml's own default; stated so an alias bomb is refused whatever the library's default becomes. */
const MAX_ALIAS_COUNT = 100;
/** One broken construct often cascades; the first few errors say enough. */
const MAX_ERRORS = 10;

/**
 * The reference YAML reader, on `yaml`'s document model: parses YAML text (a register file, or
 * Markdown front matter `lineOffset` lines into its file) into a plain value. Uses the YAML 1.2
 * core schema whatever a `%YAML 1.1` directive says, so dates stay strings; duplicate keys,
 * alias bombs and nesting too deep for the parser become `parse-error` findings. Never throws.
 * {@link loadYaml} asks it for whatever the fast reader leaves (errors, aliases, tags…).
 */
export function loadYamlDocument(file: string, text: string, lineOffset = 0): LoadedYaml {
  const lines = new LineCounter();
  const start: Position = { file, line: lineOffset + 1, column: 1 };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter: lines,
      prettyErrors: false,
      version: '1.2',
      schema: 'core',
      merge: false,
      uniqueKeys: true,
    });
  } catch (error) {
    return { ok: false, findings: [parseError(start, describeThrown(error))] };
  }
  const source = { file, lines, lineOffset };
  const posAt = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  if (doc.errors.length > 0) {
    const findings = doc.errors
      .slice(0, MAX_ERRORS)
      .map((error) => parseError(posAt(error.pos[0]), `invalid YAML: ${firstLine(error.message)}`));
    return { ok: false, findings };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? 'YAML aliases expand too much (an alias bomb?); not parsed'
        : describeThrown(error);
    return { ok: false, findings: [parseError(firstAlias(doc, posAt) ?? start, message)] };
  }
  return { ok: true, value, locator: yamlLocator(doc.contents, source, start) };
}

function firstAlias(doc: Document.Parsed, posAt: (offset: number) => Position): Position | undefined {
  let found: Position | undefined;
  try {
    visit(doc, {
      Alias(_key, node) {
        if (isAlias(node) && node.range) found = posAt(node.range[0]);
        return visit.BREAK;
      },
    });
  } catch {
    // Positions are a courtesy here; the finding stands without one.
  }
  return found;
}
