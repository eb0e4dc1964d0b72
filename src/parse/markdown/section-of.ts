import type { OutputTiming } from '../../model/register.js';

/** The part of a register a Markdown section holds. */
export type SectionKind = 'decisions' | 'actions' | 'outputs' | 'attendees';

/** A recognised section: its kind, and for `Immediate/Follow-up outputs` the timing it sets. */
export interface Section {
  kind: SectionKind;
  timing?: OutputTiming;
}

/**
 * Heading words people use for each part, as patterns over the normalised heading (lower
 * case, single spaces, numbering, emoji, markup, parentheses and a trailing colon dropped).
 * Outputs come first: `Follow-up outputs` is outputs, `Follow-ups` actions.
 */
const PATTERNS: Array<[RegExp, Section]> = [
  [/^immediate outputs?$/, { kind: 'outputs', timing: 'immediate' }],
  [/^follow ?-?ups? outputs?$/, { kind: 'outputs', timing: 'follow-up' }],
  [/^(?:expected |planned )?(?:outputs?|deliverables)$/, { kind: 'outputs' }],
  [
    /^(?:[\w'-]+\s+){0,4}(?:decisions?|resolutions?|agreements?|outcomes?)(?:\s+(?:made|log|logs|record|records|register|taken|reached|summary|list|index))?$/,
    { kind: 'decisions' },
  ],
  [/^(?:what (?:we|was) (?:decided|agreed)|decided|agreed|resolved)$/, { kind: 'decisions' }],
  [
    /^(?:[\w-]+\s+){0,3}(?:proposals?|rfcs?|adrs?|peps?|keps?|teps?|geps?|eips?)(?:\s+(?:log|index|list|register))?$/,
    { kind: 'decisions' },
  ],
  [
    /^(?:[\w'-]+\s+){0,3}(?:actions?|action items?|action points?|ais|next steps?|follow ?-?ups?|follow ?-?up items?|tasks?|to ?-?dos?|assignments?|homework)(?:\s+(?:ais|list|items?|and (?:owners|assignments|next steps)))?$/,
    { kind: 'actions' },
  ],
  [
    /^(?:[\w'-]+\s+){0,4}(?:attendees|attendance|attending|participants|present|in attendance|roll ?call)(?:\s+(?:list|today))?$/,
    { kind: 'attendees' },
  ],
];

/**
 * The section a heading names, or undefined for other headings. Compared case-insensitively
 * after dropping numbering (`2.`, `1.3`, `IV.`), emoji and symbols, Markdown emphasis, a
 * parenthesised note (`Action Items (AIs)`, `Attendance (please add yourself)`), and a
 * trailing colon.
 */
export function sectionOf(heading: string): Section | undefined {
  const key = headingKey(heading);
  if (key === '' || key.length > 80) return undefined;
  for (const [pattern, section] of PATTERNS) if (pattern.test(key)) return section;
  return undefined;
}

/** A heading's comparable form. */
export function headingKey(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*_`~]/g, '')
    .replace(/[^\p{L}\p{N}\s'/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:\d+(?:\.\d+)*[.)]?|(?:[ivx]+|[a-z])[.)])\s+/, '')
    .replace(/\s*-\s*$/, '')
    .trim();
}

/** `Decisions`, `Next actions`…: how messages name a section's table. */
export function sectionLabel(section: Section): string {
  if (section.timing === 'immediate') return 'Immediate outputs';
  if (section.timing === 'follow-up') return 'Follow-up outputs';
  return { decisions: 'Decisions', actions: 'Actions', outputs: 'Outputs', attendees: 'Attendees' }[
    section.kind
  ];
}

/** True for an agenda heading: checkboxes there tick off topics, they are not work items. */
export function isAgendaHeading(heading: string): boolean {
  return /^(?:(?:meeting|draft|proposed)\s+)?agenda(?:\s+items?)?$/.test(headingKey(heading));
}
