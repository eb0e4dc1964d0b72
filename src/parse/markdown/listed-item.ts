import type { Paragraph, PhrasingContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { findDate, findMeetingDue, readDate } from '../../model/dates.js';
import type { Position } from '../../model/position.js';
import type { ItemSource, TextRange } from '../../model/register.js';
import { normalizeStatus } from '../../model/statuses.js';
import type { HeadingDue } from './heading-due.js';
import { readDone } from './item-marker.js';
import { readOwners } from './read-owners.js';
import type { SectionKind } from './section-of.js';

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
  /** The next meeting's date from a `Next meeting: 9 October 2019` line, YYYY-MM-DD. */
  nextMeeting?: { iso: string; pos: Position };
}

/** `Next meeting: 9 October 2019`, `Next call - Dec 5`: when the group meets again. */
const NEXT_MEETING_LINE = /^next\s+(?:meeting|call|sync)(?:\s+date)?\s*(?::|\s[-–—]|[-–—]\s)\s*(.{1,80})$/i;

/** Takes a `Next meeting: <date>` line's date (the first one in the file); true when the line is one. */
export function readNextMeeting(reader: Reader, text: string, pos: Position): boolean {
  const match = NEXT_MEETING_LINE.exec(text.trim());
  if (!match) return false;
  const reading = readDate(match[1]!, reader.reference ? { reference: reader.reference } : {});
  if (reading.kind !== 'iso') return false;
  reader.read.nextMeeting ??= { iso: reading.iso, pos };
  return true;
}

export interface Context {
  kind?: SectionKind;
  agenda: boolean;
  /** The section's heading holds a table: then its plain bullets are commentary, not items. */
  hasTable: boolean;
  /** The text of the nearest heading above. */
  heading?: string;
  /** The due date the nearest heading that sets one gives its work (`Action items (due Dec 5)`). */
  headingDue?: HeadingDue;
}

export interface Reader {
  file: string;
  lines: readonly string[];
  reference?: string;
  read: ListRead;
  /** The words the file writes in lower case (made when prose first needs them). */
  lowerCase?: Set<string>;
  /** The capitalised words the file writes mid-sentence (made when prose first needs them). */
  proper?: Set<string>;
}

/** A status emoji opening an item (`✅ [0. Record decisions](…)` in an ADR index). */
const LEADING_EMOJI = /^((?:\p{Extended_Pictographic}|[\u2705\u274C\u2714\u2716])\uFE0F?)\s*/u;

export interface Found {
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
  /** The due date as written, when the shape already found it (a rota line's `This week`). */
  dueText?: string;
  /** The title, when the shape gives one (else the text without its owner). */
  title?: string;
  /** The heading's due date, taken when the text gives none (not by decisions). */
  headingDue?: HeadingDue;
  /** A status the sentence itself states (`TAC approved …` → `approved`). */
  status?: string;
  /** The shape found the owner (or that there is none): the text is not searched for one. */
  ownerOnly?: boolean;
}

/** `… . @sam to draft the FAQ`: a later sentence that gives someone work. */
const COMMITS =
  /^(?:@[A-Za-z0-9][A-Za-z0-9-]*|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:to|will)\s+\p{Ll}/u;

/** `The TSC agreed to review the code …`: a decision that commits its subject to work. */
const AGREED_TO =
  /^(?:[Tt]he\s+)?[\p{Lu}@][\p{L}\d@.'’-]*(?:\s+[\p{Lu}@][\p{L}\d@.'’-]*){0,3}\s+(?:(?:has|have)\s+)?(?:agreed|decided|resolved|voted|committed)\s+to\s+\p{Ll}/u;

export function addItem(reader: Reader, found: Found): void {
  const agreed = found.kind === 'decision' ? AGREED_TO.exec(found.body) : null;
  if (agreed) {
    // The decision, and the work it gives whoever agreed to do it: an action on the same line.
    addOne(reader, found);
    addOne(reader, { ...found, kind: 'action', title: found.body.slice(agreed[0].length - 1) });
    return;
  }
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
  const owners = found.ownerOnly ? { owners: [], rest: done.rest } : readOwners(done.rest);
  const allOwners = found.owner ? [found.owner, ...owners.owners] : owners.owners;
  const at: Record<string, Position> = { title: pos };
  const spans: Record<string, TextRange> = {};
  const item: ListedItem = {
    kind: found.kind,
    source: found.source,
    pos,
    title: found.title ?? (owners.rest.trim() || found.text),
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
  if (!status && !item.status && found.status) {
    item.status = found.status;
    at.status = placeOf(source, found.status, pos);
  }
  if (status) {
    item.status = found.kind === 'decision' && status === 'done' ? 'resolved' : status;
    const box = /\[[ xX]\]/.exec(source);
    at.status = box && found.checked !== undefined ? { file, line: found.line, column: box.index + 1 } : pos;
  }
  const date = found.dueText
    ? { index: found.body.indexOf(found.dueText), length: found.dueText.length }
    : findDate(found.body, reader.reference ? { reference: reader.reference } : {});
  const meeting = date ? undefined : findMeetingDue(found.body);
  if (date && date.index >= 0) {
    const written = found.body.slice(date.index, date.index + date.length);
    item.due = written;
    at.due = placeOf(source, written, pos);
    const column = source.indexOf(written);
    if (column >= 0 && source.indexOf(written, column + 1) < 0)
      spans.due = { line: found.line, column: column + 1, endColumn: column + 1 + written.length };
  } else if (meeting) {
    item.due = found.body.slice(meeting.index, meeting.index + meeting.length);
    at.due = placeOf(source, item.due, pos);
  } else if (found.headingDue && found.kind !== 'decision') {
    const { text, line, column } = found.headingDue;
    item.due = text;
    at.due = { file, line, column };
  }
  reader.read.items.push(item);
}

/**
 * Plain text of a paragraph, with a space where a link runs into the next word
 * (`[Ann](mailto:…)to open` reads `Ann to open`).
 */
export function inlineText(paragraph: Paragraph): string {
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
export function isEmphasisedMention(paragraph: Paragraph, text: string): boolean {
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
export function isStruck(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  );
  return meaningful.length > 0 && meaningful.every((child) => child.type === 'delete');
}
