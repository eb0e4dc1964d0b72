import type { Position } from '../../model/position.js';
import { sectionOf } from '../markdown/section-of.js';
import { loadYaml } from '../yaml/load-yaml.js';
import { emptyRegister, type ParsedRegister } from '../yaml/parse-yaml.js';
import { fieldsFromPairs, type RecordPair } from './fields-from-pairs.js';
import { headerLines } from './header-lines.js';
import {
  cleanTitle,
  firstLineUnder,
  headingKey,
  type OutlineHeading,
  outline,
  plainLine,
} from './markdown-outline.js';
import { type RecordField, recordDecision } from './record-decision.js';
import { roleOf } from './record-keys.js';
import { yamlPairs } from './yaml-pairs.js';

/** Records keep their header near the top; nothing below this many lines is searched for it. */
const HEAD_LINES = 80;
/** Front matter keys of a review (meeting notes), which is not a record. */
const REVIEW_KEYS = ['attendees', 'review', 'cycle_days', 'problem'];
/** Sections of meeting notes (not of a record's argument, which may well have a `Decision`). */
const NOTES_SECTIONS = new Set(['actions', 'outputs', 'attendees']);

/**
 * Reads a Markdown file that records one decision, or returns undefined so the notes reader
 * takes it. Three shapes, tried in turn:
 * - front matter with `status` (MADR, EIP, TEP, KEP-style): its keys are the record's;
 * - header lines before the first `##` section with `Status:` and an author/deciders/date
 *   line (gRFC, MADR 2: `* Status: accepted`, `* Deciders: …`);
 * - a `## Status` section (Nygard ADRs), with a `Date:` line above it if any.
 * The title is the first heading (or front matter `title`), the id the record's number, the
 * resolution the first paragraph of its `Decision`/`Decision Outcome` section. The body is
 * the record's argument, not meeting notes, so it is not read for items or prose.
 */
export function readMarkdownRecord(file: string, text: string): ParsedRegister | undefined {
  const lines = headOf(text, HEAD_LINES + 200);
  const front = frontMatterRange(lines);
  const bodyStart = front ? front.end + 1 : 0;
  const headings = outline(lines, bodyStart, HEAD_LINES);
  const titleHeading =
    headings.find((h) => h.level === 1) ?? (headings[0]?.level === 2 ? headings[0] : undefined);
  const title = titleHeading ? headingField(file, lines, titleHeading) : undefined;
  const startPos: Position = { file, line: 1, column: 1 };

  let pairs: RecordPair[] | undefined;
  let source: 'adr' | 'front-matter' = 'adr';
  let headerText = '';
  if (front) {
    const frontText = lines.slice(front.start + 1, front.end).join('\n');
    if (!/^status[ \t]*:/im.test(frontText)) return undefined;
    const loaded = loadYaml(file, frontText, front.start + 1);
    if (!loaded.ok || !isRecord(loaded.value)) return undefined;
    if (!Object.keys(loaded.value).some((key) => roleOf(key) === 'status')) return undefined;
    if (REVIEW_KEYS.some((key) => Object.hasOwn(loaded.value as object, key))) return undefined;
    pairs = yamlPairs(loaded.value, loaded.locator);
    const madr = pairs.some((pair) => /^decider/i.test(pair.key)) || headings.some(isMadrHeading);
    source = madr ? 'adr' : 'front-matter';
    headerText = lines.slice(front.start, front.end + 1).join('\n');
  } else {
    const firstSection = headings.find((h) => h.level >= 2 && h !== titleHeading)?.line ?? HEAD_LINES;
    const header = headerLines(file, lines, bodyStart, Math.min(firstSection, HEAD_LINES));
    const roles = new Set(header.map((pair) => roleOf(pair.key)));
    if (roles.has('status') && (roles.has('owners') || roles.has('date'))) {
      pairs = header;
      headerText = header.map((pair) => lines[pair.pos.line - 1]!.trim()).join('\n');
    } else {
      const status = headings.find((h) => h.level >= 2 && headingKey(h.text) === 'status');
      const line = status ? firstLineUnder(lines, headings, status) : undefined;
      if (line === undefined) return undefined;
      const value = plainLine(lines[line]!);
      const column = lines[line]!.indexOf(value) + 1 || 1;
      pairs = [...header.filter((pair) => roleOf(pair.key) !== 'status')];
      pairs.unshift({ key: 'status', value, pos: { file, line: line + 1, column } });
      headerText = [
        titleHeading ? lines[titleHeading.line]!.trim() : '',
        ...header.map((p) => lines[p.pos.line - 1]!.trim()),
        lines[line]!.trim(),
      ]
        .filter(Boolean)
        .join('\n');
    }
  }
  const all = text.split('\n');
  const sections = outline(all, bodyStart, all.length);
  // Meeting notes with a status in their header are still notes when they hold the sections of one.
  if (sections.some((h) => NOTES_SECTIONS.has(sectionOf(h.text)?.kind ?? ''))) return undefined;
  const fields = fieldsFromPairs(pairs, {
    file,
    source,
    pos: title?.pos ?? startPos,
    text: headerText,
    ...(title ? { title } : {}),
    ...optional('headingId', titleHeading && headingId(file, lines, titleHeading)),
    idPrefix: 'ADR',
    ...optional('resolution', decisionParagraph(file, all, sections)),
  });
  const register = emptyRegister(file, 'markdown');
  register.decisions.push(recordDecision(fields));
  return { register, findings: [] };
}

/** The first `count` lines of a text (CR kept off), without splitting the whole of a large file. */
function headOf(text: string, count: number): string[] {
  let end = -1;
  for (let i = 0; i < count; i++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text.split('\n').map((line) => line.replace(/\r$/, ''));
  }
  return text
    .slice(0, end)
    .split('\n')
    .map((line) => line.replace(/\r$/, ''));
}

function frontMatterRange(lines: readonly string[]): { start: number; end: number } | undefined {
  if ((lines[0] ?? '').replace(/^\uFEFF/, '').trim() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++)
    if (/^(?:---|\.\.\.)[ \t]*$/.test(lines[i]!)) return { start: 0, end: i };
  return undefined;
}

function headingField(file: string, lines: readonly string[], heading: OutlineHeading): RecordField {
  const column = (lines[heading.line] ?? '').indexOf(heading.text) + 1 || 1;
  return { value: cleanTitle(heading.text), pos: { file, line: heading.line + 1, column } };
}

/** The id a title heading starts with (`TEP-0037: …`, `ADR 13 - …`). */
function headingId(file: string, lines: readonly string[], heading: OutlineHeading): RecordField | undefined {
  const match = /^([A-Za-z]{2,4})[- ]?(\d+)\s*[:.\-–—]/.exec(heading.text);
  if (!match) return undefined;
  const column = (lines[heading.line] ?? '').indexOf(heading.text) + 1 || 1;
  return { value: `${match[1]!.toUpperCase()}-${match[2]}`, pos: { file, line: heading.line + 1, column } };
}

/** MADR's section names (`Context and Problem Statement`, `Decision Outcome`, `Considered Options`). */
function isMadrHeading(heading: OutlineHeading): boolean {
  return /^(?:decision outcome|considered options|context and problem statement|decision drivers)$/.test(
    headingKey(heading.text),
  );
}

/** The first paragraph under `Decision`/`Decision Outcome`, flattened, at most 300 characters. */
function decisionParagraph(
  file: string,
  lines: readonly string[],
  headings: OutlineHeading[],
): RecordField | undefined {
  const heading = headings.find((h) => h.level >= 2 && /^decision(?: outcome)?s?$/.test(headingKey(h.text)));
  const first = heading ? firstLineUnder(lines, headings, heading) : undefined;
  if (first === undefined) return undefined;
  const parts: string[] = [];
  for (let i = first; i < lines.length && lines[i]!.trim() !== '' && !/^ {0,3}#/.test(lines[i]!); i++)
    parts.push(plainLine(lines[i]!));
  const value = parts.join(' ').replace(/\s+/g, ' ').trim();
  if (value === '') return undefined;
  return {
    value: value.length > 300 ? `${value.slice(0, 297)}...` : value,
    pos: { file, line: first + 1, column: 1 },
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
