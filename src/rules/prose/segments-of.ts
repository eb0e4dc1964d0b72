import { startsWithActionMarker } from '../../model/action-markers.js';
import type { ProseTagger } from './prose-tagger.js';

/** One line of a paragraph, as the rule reads it. */
export interface ParagraphLine {
  text: string;
  line: number;
  column: number;
}

/** Lines of a paragraph that read as one continuous text, joined with spaces. */
export interface Segment {
  text: string;
  lines: ParagraphLine[];
  /** The line that holds `text[offset]`. */
  lineAt(offset: number): ParagraphLine;
}

/**
 * Lines joined into runs that read as continuous text: a line after one that ended a
 * sentence, that starts with an action marker, or that starts a capitalised word after a
 * line ending in a content word, starts a new run (hard-wrapped lines stay together).
 */
export function segmentsOf(lines: readonly ParagraphLine[], tagger: ProseTagger): Segment[] {
  const runs: ParagraphLine[][] = [];
  for (const raw of lines) {
    const line = { ...raw, text: plainText(raw.text) };
    if (line.text === '') continue;
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && continues(previous.text, line.text, tagger)) run.push(line);
    else runs.push([line]);
  }
  return runs.map((run) => {
    const starts: number[] = [];
    let text = '';
    for (const line of run) {
      if (text !== '') text += ' ';
      starts.push(text.length);
      text += line.text;
    }
    return {
      text,
      lines: run,
      lineAt(offset) {
        let index = 0;
        while (index + 1 < starts.length && starts[index + 1]! <= offset) index++;
        return run[index]!;
      },
    };
  });
}

/** True when `next` carries on the sentence `previous` left open. */
function continues(previous: string, next: string, tagger: ProseTagger): boolean {
  if (/[.!?;:]["'’”)]*$/.test(previous) || startsWithActionMarker(next)) return false;
  if (/^[\p{Ll}(,]/u.test(next) && !/^(?:i|we)\b/.test(next)) return true;
  const last = /([\p{L}']+)[,]?$/u.exec(previous)?.[1]?.toLowerCase();
  if (previous.endsWith(',')) return true;
  const tag = last === undefined ? undefined : tagger.knownAs(last);
  return tag === 'Preposition' || tag === 'Determiner' || tag === 'Conjunction' || tag === 'Modal';
}

/** A segment that names a topic rather than saying something: `Budget Review`, `Next steps:`. */
export function headingLike(segment: Segment): boolean {
  if (segment.lines.length > 1) return false;
  const text = segment.text;
  if (/:$/.test(text) && text.split(/\s+/).length <= 4) return true;
  if (/[.!?]["'’”)]*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /^[\p{L}]{4,}/u.test(word));
  return words.length >= 3 && words.every((word) => /^\p{Lu}/u.test(word));
}

/** Strips list markers, quotes, emphasis, links and code ticks from a Markdown line. */
function plainText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?/, '')
    .replace(/^[*_]+(?=\S)/, '')
    .trim();
}
