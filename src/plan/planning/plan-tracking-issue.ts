import { quoteUserText } from '../../text/markdown-escape.js';
import { markerFor } from '../comment-marker.js';
import { capBody, capTitle } from '../follow-ups/issue-limits.js';
import { fingerprintOf } from '../follow-ups/item-identity.js';

/** One follow-up item of a meeting, with its issue, as the tracking issue shows it. */
export interface TrackedItem {
  key: string;
  number: number;
  /** The issue's global id (sub-issues and dependencies take it); absent from older listings. */
  id?: number;
  state: 'open' | 'closed';
  /** Issue numbers of the items that block this one. */
  blockers: number[];
}

/** A meeting (one register file) and what its tracking issue lists. */
export interface TrackedMeeting {
  file: string;
  reviewTitle?: string;
  reviewDate?: string;
  registerUrl: string;
  items: TrackedItem[];
}

/** How the relations are shown: as GitHub sub-issues/dependencies, or as a task list of links. */
export interface TrackingMode {
  subIssues: boolean;
  dependencies: boolean;
}

/** The claim key of a meeting's tracking issue (claimed like an item's, so one run creates it). */
export function trackingKey(file: string): string {
  return `tracking:${file}`;
}

/** The hidden marker that finds a meeting's tracking issue again. */
export function trackingMarker(file: string): string {
  return markerFor('tracking', file);
}

/** "Follow-ups: <review title>" (the file name when the review has no title). */
export function trackingTitle(meeting: Pick<TrackedMeeting, 'file' | 'reviewTitle'>): string {
  const name = (meeting.reviewTitle ?? meeting.file).replace(/\s+/g, ' ').trim();
  return capTitle(`Follow-ups: ${name}`);
}

/**
 * What an item's relations were last made to look like: its issue, its blockers and the mode. The
 * tracking issue keeps one per item, written after its links were made, so a re-run (or the next
 * push) touches only the items whose hash changed, and a run killed halfway redoes the rest.
 */
export function plannedHash(item: TrackedItem, mode: TrackingMode): string {
  return fingerprintOf([
    String(item.number),
    [...item.blockers].sort((a, b) => a - b).join(','),
    mode.subIssues ? 'sub' : 'list',
    mode.dependencies ? 'dep' : 'text',
  ]);
}

const PLANNED = /<!-- decision-register:planned:([^\s>]+) -->/g;

/** The planned hashes a tracking issue's body records, by item key. */
export function readPlanned(body: string): Map<string, string> {
  const planned = new Map<string, string>();
  for (const match of body.matchAll(PLANNED)) {
    let text: string;
    try {
      text = decodeURIComponent(match[1] as string);
    } catch {
      continue;
    }
    const at = text.lastIndexOf('=');
    if (at > 0) planned.set(text.slice(0, at), text.slice(at + 1));
  }
  return planned;
}

/**
 * The tracking issue's body. With sub-issues the items are listed by GitHub itself; without (an
 * older GitHub Enterprise Server) the body carries a task list of links, ticked for closed issues,
 * with "blocked by" when dependencies are missing too. Only issue numbers and escaped review
 * text appear; `planned` holds the hashes of the items whose links are in place.
 */
export function renderTrackingBody(
  meeting: TrackedMeeting,
  mode: TrackingMode,
  planned: ReadonlyMap<string, string>,
): string {
  const title = meeting.reviewTitle ? quoteUserText(meeting.reviewTitle) : 'this review';
  const date = meeting.reviewDate ? ` (${quoteUserText(meeting.reviewDate)})` : '';
  const items = [...meeting.items].sort((a, b) => a.number - b.number);
  const open = items.filter((item) => item.state === 'open').length;
  const lines = [
    `Follow-up items of ${title}${date}, recorded in [${quoteUserText(meeting.file)}](${meeting.registerUrl}): ${open} of ${items.length} open.`,
    '',
  ];
  if (mode.subIssues) lines.push('Each item is a sub-issue of this issue.');
  else {
    for (const item of items) {
      const blocked =
        !mode.dependencies && item.blockers.length > 0
          ? ` (blocked by ${item.blockers.map((n) => `#${n}`).join(', ')})`
          : '';
      lines.push(`- [${item.state === 'closed' ? 'x' : ' '}] #${item.number}${blocked}`);
    }
  }
  lines.push('', '_Kept by decision-register from the register; edits here are overwritten._');
  const tail = [
    trackingMarker(meeting.file),
    ...[...planned]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, hash]) => markerFor('planned', `${key}=${hash}`)),
  ];
  return capBody(lines.join('\n'), tail.join('\n'));
}
