import type { Position } from '../../src/model/position.js';
import type {
  Attendee,
  Blocker,
  Decision,
  NextAction,
  Output,
  Register,
  Review,
} from '../../src/model/register.js';

/**
 * Builds Register objects for tests with positions filled in automatically, in a YAML-like
 * layout: each section header (`review:`, `decisions:` …) and each object takes a line of
 * its own, and each field written in the spec takes the next line, two columns deeper than
 * its object. List fields take a line for the key, then a line per entry (`depends_on.0` …),
 * two columns deeper again. Prose lines follow the items, each at column 1.
 *
 * For `{ decisions: [{ id: 'D1', status: 'open' }] }`: `decisions:` is line 1, D1's pos is
 * 2:3, `id` 3:5 and `status` 4:5. Use `at(thing, field)` to read a position in assertions.
 */

type Fields<T> = { [K in keyof T as K extends 'pos' | 'at' | 'kind' ? never : K]?: T[K] };

export type AttendeeSpec = Fields<Attendee>;
export type BlockerSpec = Fields<Blocker>;
export type ReviewSpec = Omit<Fields<Review>, 'attendees'> & { attendees?: AttendeeSpec[] };
export type DecisionSpec = Omit<Fields<Decision>, 'blocked_by'> & { blocked_by?: BlockerSpec[] };
export type ActionSpec = Fields<NextAction>;
export type OutputSpec = Fields<Output>;

export interface RegisterSpec {
  file?: string;
  format?: Register['format'];
  review?: ReviewSpec;
  decisions?: DecisionSpec[];
  actions?: ActionSpec[];
  outputs?: OutputSpec[];
  /** Prose paragraphs (Markdown); a paragraph with newlines spans several lines. */
  prose?: string[];
}

/** The default file of a made register. */
export const DEFAULT_FILE = 'decisions/review.yml';

/** A Register with automatic positions (see the module comment for the layout). */
export function makeRegister(spec: RegisterSpec = {}): Register {
  const file = spec.file ?? DEFAULT_FILE;
  let line = 1;
  const next = (column: number): Position => ({ file, line: line++, column });

  /** Lays out one object: its own line, then one line per field, lists expanded. */
  const layout = <T extends object>(fields: Record<string, unknown>, column: number): T & Located => {
    const pos = next(column);
    const at: Record<string, Position> = {};
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      at[key] = next(column + 2);
      if (Array.isArray(value)) {
        out[key] = value.map((entry, index) => {
          if (entry !== null && typeof entry === 'object')
            return layout(entry as Record<string, unknown>, column + 4);
          at[`${key}.${index}`] = next(column + 4);
          return entry;
        });
      } else out[key] = value;
    }
    return { ...out, pos, at } as T & Located;
  };

  const section = <T extends object>(specs: object[] | undefined): T[] => {
    if (!specs || specs.length === 0) return [];
    line++; // the section header
    return specs.map((item) => layout<T>(item as Record<string, unknown>, 3));
  };

  let review: Review | undefined;
  if (spec.review) {
    const laid = layout<Review>({ ...spec.review }, 1);
    review = { ...laid, attendees: (laid.attendees as Attendee[] | undefined) ?? [] };
  }
  const decisions = section<Decision>(spec.decisions).map((d) => ({
    ...d,
    kind: 'decision' as const,
    depends_on: d.depends_on ?? [],
    blocked_by: d.blocked_by ?? [],
    topics: d.topics ?? [],
  }));
  const actions = section<NextAction>(spec.actions).map((a) => ({ ...a, kind: 'action' as const }));
  const outputs = section<Output>(spec.outputs).map((o) => ({ ...o, kind: 'output' as const }));
  const prose = (spec.prose ?? []).map((text) => {
    const pos = next(1);
    line += text.split('\n').length - 1;
    return { text, pos };
  });
  return {
    file,
    format: spec.format ?? (spec.prose ? 'markdown' : 'yaml'),
    ...(review ? { review } : {}),
    decisions,
    actions,
    outputs,
    prose,
  };
}

interface Located {
  pos: Position;
  at: Record<string, Position>;
}

/** `{ line, column }` of a field (or of the thing itself when `field` is omitted). */
export function at(thing: Located, field?: string): { line: number; column: number } {
  const pos = field === undefined ? thing.pos : thing.at[field];
  if (!pos) throw new Error(`no position for ${field}`);
  return { line: pos.line, column: pos.column };
}
