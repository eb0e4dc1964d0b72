import { isIsoDate } from '../model/dates.js';
import type { RawFinding } from '../model/finding.js';
import type { Item, ItemSource, Register } from '../model/register.js';
import { normalizeStatus, statusOf } from '../model/statuses.js';

/** Version of the `show --format json` shape (schema/show.schema.json); bumped only on a breaking change. */
export const SHOW_VERSION = 1;

/** One item as read: the public shape of `show` (see schema/show.schema.json). */
export interface ShowItem {
  kind: Item['kind'];
  line: number;
  column: number;
  source: ItemSource;
  id: string | null;
  title: string | null;
  owners: string[];
  due: string | null;
  /** The due date as written when it is not YYYY-MM-DD (`Dec 5`, `03/04/2026`). */
  due_text?: string;
  status: string | null;
  /** The status as written when it differs from the canonical one (`✅ Accepted`). */
  status_text?: string;
  text: string | null;
  extra: Record<string, string>;
  issue?: number;
  resolution?: string;
  resolved_on?: string;
  depends_on?: string[];
  decision?: string;
}

/** One file as read. */
export interface ShowFile {
  path: string;
  format: Register['format'];
  review: {
    title: string | null;
    date: string | null;
    attendees: Array<{ name: string | null; github: string | null }>;
  } | null;
  items: ShowItem[];
  /** The `parse-error`/`schema` findings of the file: why something may be missing above. */
  problems: Array<{ line: number; column: number; rule: string; message: string }>;
}

export interface ShowOutput {
  version: number;
  files: ShowFile[];
}

/**
 * What the readers understood of each file: every item in file order with its canonical status
 * (`statuses` extends the vocabulary, like config `statuses:`), its due date as YYYY-MM-DD when
 * it reads as one, the owners and the raw text as written.
 */
export function showRegisters(
  registers: readonly Register[],
  problems: readonly RawFinding[],
  statuses?: Readonly<Record<string, string>>,
): ShowOutput {
  return {
    version: SHOW_VERSION,
    files: registers.map((register) => ({
      path: register.file,
      format: register.format,
      review: register.review
        ? {
            title: register.review.title ?? null,
            date: register.review.date ?? null,
            attendees: register.review.attendees.map((a) => ({
              name: a.name ?? null,
              github: a.github ?? null,
            })),
          }
        : null,
      items: [...register.decisions, ...register.actions, ...register.outputs]
        .map((item) => showItem(register, item, statuses))
        .sort((a, b) => a.line - b.line || a.column - b.column),
      problems: problems
        .filter((finding) => finding.file === register.file)
        .map(({ line, column, rule, message }) => ({ line, column, rule, message })),
    })),
  };
}

function showItem(register: Register, item: Item, statuses?: Readonly<Record<string, string>>): ShowItem {
  const written = item.written ?? {};
  const status = normalizeStatus(statusOf(item), item.kind, statuses) ?? null;
  const statusText = written.status ?? item.status;
  const dueText = written.due ?? item.due;
  const shown: ShowItem = {
    kind: item.kind,
    line: item.pos.line,
    column: item.pos.column,
    source: item.source ?? (register.format === 'yaml' ? 'yaml' : 'table'),
    id: item.id ?? null,
    title: item.title ?? null,
    owners: item.owners ?? (item.owner ? [item.owner] : []),
    due: isIsoDate(item.due) ? item.due : null,
    status,
    text: item.text ?? null,
    extra: { ...(item.extra ?? {}) },
  };
  if (dueText !== undefined && dueText !== shown.due) shown.due_text = dueText;
  if (statusText !== undefined && statusText !== status) shown.status_text = statusText;
  if (item.issue !== undefined) shown.issue = item.issue;
  if (item.kind === 'decision') {
    if (item.resolution) shown.resolution = item.resolution;
    if (item.resolved_on) shown.resolved_on = item.resolved_on;
    if (item.depends_on.length > 0) shown.depends_on = [...item.depends_on];
  } else if (item.decision) shown.decision = item.decision;
  return shown;
}
