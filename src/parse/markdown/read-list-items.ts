import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { type HeadingDue, headingDue } from './heading-due.js';
import { readMarker } from './item-marker.js';
import {
  addItem,
  type Context,
  type Found,
  inlineText,
  isEmphasisedMention,
  isStruck,
  type ListRead,
  type Reader,
  readNextMeeting,
} from './listed-item.js';
import { readAttendee } from './read-attendee.js';
import { lowerCaseWords, properNouns, readProseItems } from './read-prose-items.js';
import { readRotaLine } from './read-rota-line.js';
import { isAgendaHeading, type SectionKind, sectionOf } from './section-of.js';

export type { ListedAttendee, ListedItem, ListRead } from './listed-item.js';

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
  const stack: Array<{ depth: number; line: number; kind?: SectionKind; agenda: boolean; text: string }> = [];
  const children = tree.children;
  let pending: Context | undefined;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading') {
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const text = mdastToString(node);
      const kind = sectionOf(text)?.kind;
      const line = node.position?.start.line ?? 0;
      const due = headingDue(text, line, node.position?.start.column ?? 1, reference);
      stack.push({
        depth: node.depth,
        line,
        agenda: isAgendaHeading(text),
        text: text.trim(),
        ...(kind ? { kind } : {}),
        ...(due ? { due } : {}),
      });
      pending = undefined;
      continue;
    }
    const context = pending ?? contextOf(stack, tableHeadings);
    pending = undefined;
    if (node.type === 'paragraph') {
      const heading = pseudoHeading(node, children[i + 1]);
      if (heading) {
        // The bold line heads the list, within the heading's reach (its text and due date).
        pending = {
          ...heading,
          ...(context.heading ? { heading: context.heading } : {}),
          ...(context.headingDue ? { headingDue: context.headingDue } : {}),
        };
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

interface Entry {
  depth: number;
  line: number;
  kind?: SectionKind;
  agenda: boolean;
  text: string;
  due?: HeadingDue;
}

function contextOf(stack: readonly Entry[], tableHeadings: ReadonlySet<number>): Context {
  const due = [...stack].reverse().find((entry) => entry.due)?.due;
  const heading = {
    ...(stack.length > 0 ? { heading: stack[stack.length - 1]!.text } : {}),
    ...(due ? { headingDue: due } : {}),
  };
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i]!;
    if (entry.kind)
      return { kind: entry.kind, agenda: false, hasTable: tableHeadings.has(entry.line), ...heading };
    if (entry.agenda) return { agenda: true, hasTable: false, ...heading };
  }
  return { agenda: false, hasTable: false, ...heading };
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
  if (readNextMeeting(reader, firstLine, { file: reader.file, line: start.line, column: start.column }))
    return;
  const attendance = ATTENDANCE_LINE.exec(firstLine);
  if (attendance) {
    const pos = { file: reader.file, line: start.line, column: start.column };
    for (const name of attendance[1]!.split(/\s*[,;]\s*/)) {
      const attendee = readAttendee(name, pos);
      if (attendee) reader.read.attendees.push(attendee);
    }
    return;
  }
  // Each line of a paragraph may carry its own marker (`**Action:** …` lines without blank lines between).
  text.split('\n').forEach((raw, offset) => {
    const line = raw.trim();
    const marker = readMarker(line);
    const lineNumber = start.line + offset;
    const source = reader.lines[lineNumber - 1] ?? '';
    const column = offset === 0 ? start.column : source.search(/\S/) + 1;
    if (!marker) {
      if (!context.agenda && context.kind !== 'attendees')
        addProseItems(reader, line, { line: lineNumber, column, struck: false });
      return;
    }
    addItem(reader, {
      kind: marker.kind,
      source: 'prose',
      line: lineNumber,
      column,
      text: line,
      body: marker.rest,
      ...(marker.owner ? { owner: marker.owner } : {}),
      ...(context.headingDue ? { headingDue: context.headingDue } : {}),
      struck: offset === 0 && isStruck(node),
    });
  });
}

/** The decisions and assignments unmarked sentences record (see readProseItems). */
function addProseItems(
  reader: Reader,
  text: string,
  base: Pick<Found, 'line' | 'column' | 'struck' | 'headingDue'>,
): void {
  if (!MAY_RECORD.test(text)) return;
  reader.lowerCase ??= lowerCaseWords(reader.lines.join('\n'));
  reader.proper ??= properNouns(reader.lines.join('\n'));
  const listed = new Set(
    reader.read.attendees.flatMap((attendee) => attendee.name.toLowerCase().split(/[\s,]+/)),
  );
  for (const item of readProseItems(text, reader.lowerCase, { listed, proper: reader.proper })) {
    addItem(reader, {
      ...base,
      kind: item.kind,
      source: 'prose',
      text,
      body: item.body,
      ...(item.owner ? { owner: item.owner } : {}),
      ...(item.status ? { status: item.status } : {}),
      // A decision's owner is its subject; its complement names who it concerns, not who owns it.
      ...(item.kind === 'decision' ? { ownerOnly: true } : {}),
    });
  }
}

/** Cheap test before splitting sentences: a decision verb, or ` to `/` will ` after a capital. */
const MAY_RECORD =
  /decided|agreed|approved|resolved|voted|adopted|[\p{Lu}@][^\s]*\s+(?:\S+\s+){0,2}?(?:to|will)\s/u;

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
    const base = {
      line: at.line,
      column: at.column,
      text,
      struck: paragraph ? isStruck(paragraph) : false,
      ...(context.headingDue ? { headingDue: context.headingDue } : {}),
    };
    const marker =
      readMarker(text) ??
      (paragraph && isEmphasisedMention(paragraph, text)
        ? { kind: 'action' as const, rest: text.replace(/^[_*]+|[_*\s]+$/g, '') }
        : undefined);
    const next =
      !marker && readNextMeeting(reader, text, { file: reader.file, line: at.line, column: at.column });
    const rota = marker || next ? undefined : readRotaLine(text, reader.reference);
    if (next) {
      // The date the group meets again: no item.
    } else if (context.kind === 'attendees' && !marker) {
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
    } else if (rota && context.kind !== 'attendees' && !context.agenda && checked === undefined) {
      addItem(reader, {
        ...base,
        kind: 'action',
        source: 'bullet',
        body: text,
        owner: rota.owners.join(', '),
        dueText: rota.due,
        ...(context.heading ? { title: `${context.heading}: ${text}` } : {}),
      });
    } else if (checked !== undefined && !context.agenda) {
      const kind =
        context.kind === 'decisions' ? 'decision' : context.kind === 'outputs' ? 'output' : 'action';
      addItem(reader, { ...base, kind, source: 'task-list', body: text, checked });
    } else if (!context.kind && !context.agenda) {
      addProseItems(reader, text, base);
    } else if (context.kind && context.kind !== 'attendees' && !context.hasTable && !context.agenda) {
      const kind =
        context.kind === 'decisions' ? 'decision' : context.kind === 'outputs' ? 'output' : 'action';
      addItem(reader, { ...base, kind, source: 'bullet', body: text });
    }
  }
  for (const child of item.children) if (child.type === 'list') readList(child, context, reader, depth + 1);
}
