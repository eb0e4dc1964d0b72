import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { findDate } from '../../model/dates.js';
import type { Position } from '../../model/position.js';
import type { ItemSource, TextRange } from '../../model/register.js';
import { normalizeStatus } from '../../model/statuses.js';
import { isAgendaHeading, type SectionKind, sectionOf } from '../section-of.js';
import { readDone, readMarker } from './item-marker.js';
import { readAttendee } from './read-attendee.js';
import { readOwners } from './read-owners.js';

/** An item read from a list item or a marked paragraph, before it joins the register. */
export interface ListedItem {
  kind: 'decision' | 'action' | 'output';
  source: ItemSource;
  pos: Position;
  title: string;
  text: string;
  owners: string[];
  status?: string;
  due?: string;
  at: Record<string, Position>;
  spans: Record<string, TextRange>;
}

/** An attendee read from a list or an `Attendees:` line. */
export interface ListedAttendee {
  name: string;
  github?: string;
  role?: string;
  pos: Position;
}

export interface ListRead {
  items: ListedItem[];
  attendees: ListedAttendee[];
}

interface Context {
  kind?: SectionKind;
  agenda: boolean;
  /** The section's heading holds a table: then its plain bullets are commentary, not items. */
  hasTable: boolean;
}

interface Reader {
  file: string;
  lines: readonly string[];
  reference?: string;
  read: ListRead;
}

/** A status emoji opening an item (`✅ [0. Record decisions](…)` in an ADR index). */
const LEADING_EMOJI = /^((?:\p{Extended_Pictographic}|[\u2705\u274C\u2714\u2716])\uFE0F?)\s*/u;

/** Cap on list items looked at, so a huge list stays linear and bounded. */
const MAX_ITEMS = 20_000;

/**
 * Reads items from lists and marked paragraphs, the way a person reads meeting notes:
 * - a GFM task-list item is an action wherever it stands (`[x]` done), a decision under a
 *   decisions heading, an attendee (when ticked) under an attendance heading; in an agenda
 *   it ticks off a topic and is not read;
 * - a bullet or paragraph with a marker (`ACTION:`, `AI (Sam):`, `TODO`, `Decision:` …) is
 *   the item its marker names;
 * - any other bullet is an item of its section (nested ones too) when the section is
 *   decisions, actions or outputs and holds no table (a table is then the register, and the
 *   bullets are commentary);
 * - a short paragraph naming a section (`**Action items:**`, `Attendees`) heads the list
 *   right after it.
 * Owners and due dates come from the text (see readOwners, findDate). Walks each node once.
 */
export function readListItems(
  tree: Root,
  lines: readonly string[],
  file: string,
  tableHeadings: ReadonlySet<number>,
  reference?: string,
): ListRead {
  const reader: Reader = {
    file,
    lines,
    read: { items: [], attendees: [] },
    ...(reference ? { reference } : {}),
  };
  const stack: Array<{ depth: number; line: number; kind?: SectionKind; agenda: boolean }> = [];
  const children = tree.children;
  let pending: Context | undefined;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const text = mdastToString(node);
      const kind = sectionOf(text)?.kind;
      stack.push({
        depth: node.depth,
        line: node.position?.start.line ?? 0,
        agenda: isAgendaHeading(text),
        ...(kind ? { kind } : {}),
      });
      pending = undefined;
      continue;
    }
    const context = pending ?? contextOf(stack, tableHeadings);
    pending = undefined;
    if (node.type === 'paragraph') {
      const heading = pseudoHeading(node, children[i + 1]);
      if (heading) {
        pending = heading;
        continue;
      }
      readParagraph(node, context, reader);
    } else if (node.type === 'list') readList(node, context, reader, 0);
    else if (node.type === 'blockquote') {
      for (const child of node.children) if (child.type === 'list') readList(child, context, reader, 0);
    }
  }
  return reader.read;
}

function contextOf(
  stack: ReadonlyArray<{ line: number; kind?: SectionKind; agenda: boolean }>,
  tableHeadings: ReadonlySet<number>,
): Context {
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i]!;
    if (entry.kind) return { kind: entry.kind, agenda: false, hasTable: tableHeadings.has(entry.line) };
    if (entry.agenda) return { agenda: true, hasTable: false };
  }
  return { agenda: false, hasTable: false };
}

/** A one-line paragraph that names a section and is followed by a list heads that list. */
function pseudoHeading(node: Paragraph, next: RootContent | undefined): Context | undefined {
  const start = node.position?.start.line;
  if (start === undefined || node.position?.end.line !== start) return undefined;
  const text = mdastToString(node).trim();
  if (text.length > 60) return undefined;
  const kind = sectionOf(text)?.kind;
  const agenda = !kind && isAgendaHeading(text);
  if (!kind && !agenda) return undefined;
  const emphasised = node.children.every(
    (child) =>
      child.type === 'strong' ||
      child.type === 'emphasis' ||
      (child.type === 'text' && /^[\s:]*$/.test(child.value)),
  );
  if (!emphasised && next?.type !== 'list' && !/:\s*$/.test(text)) return undefined;
  return kind ? { kind, agenda: false, hasTable: false } : { agenda: true, hasTable: false };
}

const ATTENDANCE_LINE = /^(?:attendees|attendance|present|participants|attending|in attendance)\s*:\s*(.+)$/i;

function readParagraph(node: Paragraph, context: Context, reader: Reader): void {
  const start = node.position?.start;
  if (!start) return;
  const text = mdastToString(node);
  const firstLine = text.split('\n', 1)[0]!.trim();
  const attendance = ATTENDANCE_LINE.exec(firstLine);
  if (attendance) {
    const pos = { file: reader.file, line: start.line, column: start.column };
    for (const name of attendance[1]!.split(/\s*[,;]\s*/)) {
      const attendee = readAttendee(name, pos);
      if (attendee) reader.read.attendees.push(attendee);
    }
    return;
  }
  const marker = readMarker(firstLine);
  if (!marker) return;
  void context;
  addItem(reader, {
    kind: marker.kind,
    source: 'prose',
    line: start.line,
    column: start.column,
    text: firstLine,
    body: marker.rest,
    ...(marker.owner ? { owner: marker.owner } : {}),
    struck: isStruck(node),
  });
}

function readList(list: List, context: Context, reader: Reader, depth: number): void {
  for (const item of list.children) {
    if (reader.read.items.length + reader.read.attendees.length >= MAX_ITEMS) return;
    readListItem(item, context, reader, depth);
  }
}

function readListItem(item: ListItem, context: Context, reader: Reader, depth: number): void {
  const start = item.position?.start;
  const paragraph = item.children.find((child): child is Paragraph => child.type === 'paragraph');
  const text = paragraph ? inlineText(paragraph).split('\n', 1)[0]!.trim() : '';
  const checked = typeof item.checked === 'boolean' ? item.checked : undefined;
  if (start && text !== '') {
    const at = paragraph?.position?.start ?? start;
    const base = { line: at.line, column: at.column, text, struck: paragraph ? isStruck(paragraph) : false };
    const marker =
      readMarker(text) ??
      (paragraph && isEmphasisedMention(paragraph, text)
        ? { kind: 'action' as const, rest: text.replace(/^[_*]+|[_*\s]+$/g, '') }
        : undefined);
    if (context.kind === 'attendees' && !marker) {
      if (checked !== false) {
        const attendee = readAttendee(text, { file: reader.file, line: start.line, column: start.column });
        if (attendee) reader.read.attendees.push(attendee);
      }
    } else if (marker) {
      addItem(reader, {
        ...base,
        kind: marker.kind,
        source: 'bullet',
        body: marker.rest,
        ...(marker.owner ? { owner: marker.owner } : {}),
        ...(checked !== undefined ? { checked } : {}),
      });
    } else if (checked !== undefined && !context.agenda) {
      const kind =
        context.kind === 'decisions' ? 'decision' : context.kind === 'outputs' ? 'output' : 'action';
      addItem(reader, { ...base, kind, source: 'task-list', body: text, checked });
    } else if (context.kind && context.kind !== 'attendees' && !context.hasTable && !context.agenda) {
      const kind =
        context.kind === 'decisions' ? 'decision' : context.kind === 'outputs' ? 'output' : 'action';
      addItem(reader, { ...base, kind, source: 'bullet', body: text });
    }
  }
  for (const child of item.children) if (child.type === 'list') readList(child, context, reader, depth + 1);
}

interface Found {
  kind: ListedItem['kind'];
  source: ItemSource;
  line: number;
  column: number;
  /** The item's plain text (first line). */
  text: string;
  /** The text after any marker. */
  body: string;
  owner?: string;
  checked?: boolean;
  struck: boolean;
}

/** `… . @sam to draft the FAQ`: a later sentence that gives someone work. */
const COMMITS =
  /^(?:@[A-Za-z0-9][A-Za-z0-9-]*|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:to|will)\s+\p{Ll}/u;

function addItem(reader: Reader, found: Found): void {
  if (found.kind === 'decision' && !found.owner) {
    // A decision that also hands out work: the work is an action of its own on that line.
    const sentences = found.body.split(/(?<=[.;!])\s+/);
    const at = sentences.findIndex((sentence, index) => index > 0 && COMMITS.test(sentence));
    if (at > 0) {
      const work = sentences.slice(at).join(' ');
      addOne(reader, { ...found, body: sentences.slice(0, at).join(' ') });
      addOne(reader, { ...found, kind: 'action', body: work });
      return;
    }
  }
  addOne(reader, found);
}

function addOne(reader: Reader, found: Found): void {
  const { file, lines } = reader;
  const source = lines[found.line - 1] ?? '';
  const pos = { file, line: found.line, column: found.column };
  const done = readDone(found.body);
  const owners = readOwners(done.rest);
  const allOwners = found.owner ? [found.owner, ...owners.owners] : owners.owners;
  const at: Record<string, Position> = { title: pos };
  const spans: Record<string, TextRange> = {};
  const item: ListedItem = {
    kind: found.kind,
    source: found.source,
    pos,
    title: owners.rest.trim() || found.text,
    text: source.trim(),
    owners: [...new Set(allOwners)],
    at,
    spans,
  };
  if (item.owners.length > 0) at.owner = placeOf(source, item.owners[0]!, pos);
  const status =
    found.checked === true || found.struck || done.done
      ? 'done'
      : found.checked === false
        ? 'open'
        : undefined;
  const emoji = status ? undefined : LEADING_EMOJI.exec(found.body);
  if (emoji && normalizeStatus(emoji[1]!, found.kind) !== undefined) {
    item.status = emoji[1]!;
    at.status = placeOf(source, emoji[1]!, pos);
    item.title = item.title.replace(LEADING_EMOJI, '') || item.title;
  }
  if (status) {
    item.status = found.kind === 'decision' && status === 'done' ? 'resolved' : status;
    const box = /\[[ xX]\]/.exec(source);
    at.status = box && found.checked !== undefined ? { file, line: found.line, column: box.index + 1 } : pos;
  }
  const date = findDate(found.body, reader.reference ? { reference: reader.reference } : {});
  if (date) {
    const written = found.body.slice(date.index, date.index + date.length);
    item.due = written;
    at.due = placeOf(source, written, pos);
    const column = source.indexOf(written);
    if (column >= 0 && source.indexOf(written, column + 1) < 0)
      spans.due = { line: found.line, column: column + 1, endColumn: column + 1 + written.length };
  }
  reader.read.items.push(item);
}

/**
 * Plain text of a paragraph, with a space where a link runs into the next word
 * (`[Ann](mailto:…)to open` reads `Ann to open`).
 */
function inlineText(paragraph: Paragraph): string {
  let text = '';
  let afterLink = false;
  const walk = (nodes: readonly PhrasingContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'link' || node.type === 'linkReference') {
        walk(node.children);
        afterLink = true;
        continue;
      }
      if ('children' in node) {
        walk(node.children as PhrasingContent[]);
        continue;
      }
      const part = mdastToString(node);
      if (afterLink && /[\p{L}\p{N}]$/u.test(text) && /^[\p{L}\p{N}]/u.test(part)) text += ' ';
      afterLink = false;
      text += part;
    }
  };
  walk(paragraph.children);
  return text;
}

/** A bullet written wholly in bold or italics that opens with `@login`: people write action items so. */
function isEmphasisedMention(paragraph: Paragraph, text: string): boolean {
  const meaningful = paragraph.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  return (
    meaningful.length === 1 &&
    (meaningful[0]!.type === 'strong' || meaningful[0]!.type === 'emphasis') &&
    /^[_*]*@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w.-]+)?\b/.test(text)
  );
}

/** Where `needle` is written on the item's line, else the item's position. */
function placeOf(source: string, needle: string, pos: Position): Position {
  const index = source.indexOf(needle);
  return index >= 0 ? { ...pos, column: index + 1 } : pos;
}

/** True when the paragraph is struck through as a whole (`~~done item~~`). */
function isStruck(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  return meaningful.length > 0 && meaningful.every((child) => child.type === 'delete');
}
