import type { OutputTiming } from '../model/register.js';

/** The part of a register a Markdown section holds. */
export type SectionKind = 'decisions' | 'actions' | 'outputs' | 'attendees';

/** A recognised section: its kind, and for `Immediate/Follow-up outputs` the timing it sets. */
export interface Section {
  kind: SectionKind;
  timing?: OutputTiming;
}

const SECTIONS: Record<string, Section> = {
  decisions: { kind: 'decisions' },
  'next actions': { kind: 'actions' },
  actions: { kind: 'actions' },
  'action items': { kind: 'actions' },
  outputs: { kind: 'outputs' },
  'expected outputs': { kind: 'outputs' },
  'immediate outputs': { kind: 'outputs', timing: 'immediate' },
  'follow-up outputs': { kind: 'outputs', timing: 'follow-up' },
  'follow up outputs': { kind: 'outputs', timing: 'follow-up' },
  'followup outputs': { kind: 'outputs', timing: 'follow-up' },
  attendees: { kind: 'attendees' },
  present: { kind: 'attendees' },
};

/**
 * The section a heading names, compared case-insensitively after dropping a leading
 * number (`2. Decisions`), a trailing colon and extra spaces; undefined for other headings.
 */
export function sectionOf(heading: string): Section | undefined {
  const key = heading
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\d+[.)]?\s+/, '')
    .replace(/\s*:$/, '');
  return Object.hasOwn(SECTIONS, key) ? SECTIONS[key] : undefined;
}

/** `Decisions`, `Next actions`…: how messages name a section's table. */
export function sectionLabel(section: Section): string {
  if (section.timing === 'immediate') return 'Immediate outputs';
  if (section.timing === 'follow-up') return 'Follow-up outputs';
  return { decisions: 'Decisions', actions: 'Actions', outputs: 'Outputs', attendees: 'Attendees' }[
    section.kind
  ];
}
