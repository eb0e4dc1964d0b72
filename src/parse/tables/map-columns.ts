import type { RawFinding } from '../../model/finding.js';
import { type Section, type SectionKind, sectionLabel } from '../markdown/section-of.js';
import { cellText } from './cell-text.js';
import type { TableCell } from './read-gfm-table.js';

/** A register field a table column fills; `dependencies` splits into depends_on and blocked_by. */
export type ColumnField =
  | 'id'
  | 'title'
  | 'status'
  | 'owner'
  | 'due'
  | 'resolution'
  | 'resolved_on'
  | 'reopened_reason'
  | 'topics'
  | 'dependencies'
  | 'timing'
  | 'decision'
  | 'name'
  | 'github'
  | 'role'
  | 'group'
  | 'issue'
  | 'extra';

/** Header texts (lower case, single spaces, `_` as space) and the field each names. */
const ITEM_HEADERS: Record<string, ColumnField> = {
  id: 'id',
  '#': 'id',
  title: 'title',
  decision: 'title',
  question: 'title',
  action: 'title',
  output: 'title',
  item: 'title',
  task: 'title',
  'action item': 'title',
  'action items': 'title',
  'next step': 'title',
  'next steps': 'title',
  'follow-up': 'title',
  'follow up': 'title',
  todo: 'title',
  description: 'title',
  summary: 'title',
  subject: 'title',
  name: 'title',
  proposal: 'title',
  owner: 'owner',
  owners: 'owner',
  'owner(s)': 'owner',
  dri: 'owner',
  dris: 'owner',
  assignee: 'owner',
  assignees: 'owner',
  'assigned to': 'owner',
  who: 'owner',
  responsible: 'owner',
  lead: 'owner',
  champion: 'owner',
  due: 'due',
  date: 'due',
  by: 'due',
  when: 'due',
  deadline: 'due',
  eta: 'due',
  target: 'due',
  'target date': 'due',
  'due date': 'due',
  'due by': 'due',
  'decided on': 'resolved_on',
  'decision date': 'resolved_on',
  'date decided': 'resolved_on',
  decided: 'resolved_on',
  issue: 'issue',
  'issue #': 'issue',
  'follow-up issue': 'issue',
  ref: 'id',
  key: 'id',
  number: 'id',
  'no.': 'id',
  no: 'id',
  'depends on': 'dependencies',
  dependency: 'dependencies',
  dependencies: 'dependencies',
  'blocked by': 'dependencies',
  blockers: 'dependencies',
  status: 'status',
  state: 'status',
  resolution: 'resolution',
  outcome: 'resolution',
  topics: 'topics',
  topic: 'topics',
  timing: 'timing',
  'resolved on': 'resolved_on',
  'reopened reason': 'reopened_reason',
};

const ATTENDEE_HEADERS: Record<string, ColumnField> = {
  name: 'name',
  attendee: 'name',
  person: 'name',
  github: 'github',
  'github handle': 'github',
  'github id': 'github',
  'github login': 'github',
  login: 'github',
  handle: 'github',
  role: 'role',
  group: 'group',
};

const ALLOWED: Record<SectionKind, ReadonlySet<ColumnField>> = {
  decisions: new Set([
    'id',
    'title',
    'status',
    'owner',
    'due',
    'resolution',
    'resolved_on',
    'reopened_reason',
    'topics',
    'dependencies',
    'issue',
  ]),
  actions: new Set(['id', 'title', 'status', 'owner', 'due', 'decision', 'issue']),
  outputs: new Set(['id', 'title', 'status', 'timing', 'owner', 'due', 'decision', 'issue']),
  attendees: new Set(['name', 'github', 'role', 'group']),
};

/** Fields that may come from several columns, their entries joined. */
const REPEATABLE: ReadonlySet<ColumnField> = new Set(['dependencies', 'topics', 'owner']);

/** The columns of a table: the field each fills (`extra` keeps the cell under its header). */
export interface MappedColumns {
  columns: Array<ColumnField | undefined>;
  /** For `extra` columns, the header text as written. */
  headers: string[];
  findings: RawFinding[];
}

/**
 * Maps a table's header cells to fields, case-insensitively, with synonyms (Owner/DRI/
 * Who/Assigned to → owner, Due/When/Deadline/ETA → due, Depends on/Blocked by →
 * dependencies …). One rule settles `Decision`: in a Decisions table it is the decision
 * itself (the title); in an Actions or Outputs table it is the link to the decision the item
 * serves (`decision`). Several owner columns add owners. Unknown headers, headers of fields
 * the section does not have and other repeated columns are kept as `extra` fields; with
 * `strict` they are `schema` findings at the header cell instead, and skipped. In a decision
 * log (a decisions table with a date column and no status or due column) the date is when
 * it was decided (`resolved_on`), not a due date. Empty header cells are skipped silently.
 */
export function mapColumns(section: Section, header: readonly TableCell[], strict = false): MappedColumns {
  const findings: RawFinding[] = [];
  const seen = new Set<ColumnField>();
  const label = sectionLabel(section);
  const keys = header.map((cell) => headerKey(cellText(cell.raw)));
  const log = section.kind === 'decisions' && isDecisionLog(keys);
  const headers: string[] = [];
  const columns = header.map((cell, index) => {
    const text = cellText(cell.raw);
    headers.push(text.replace(/\s+/g, ' ').trim());
    const key = keys[index]!;
    if (key === '') return undefined;
    let field = fieldOf(section.kind, key);
    if (log && field === 'due') field = 'resolved_on';
    const problem =
      field === undefined
        ? `unknown column ${quoted(text)} in the ${label} table`
        : !ALLOWED[section.kind].has(field)
          ? `column ${quoted(text)} does not belong in the ${label} table`
          : seen.has(field) && !REPEATABLE.has(field)
            ? `column ${quoted(text)} repeats the ${field} column in the ${label} table`
            : undefined;
    if (problem) {
      if (!strict) return section.kind === 'attendees' ? undefined : 'extra';
      const { file, line, column } = cell.pos;
      findings.push({ file, line, column, rule: 'schema', message: problem, item: null });
      return undefined;
    }
    seen.add(field!);
    return field;
  });
  return { columns, headers, findings };
}

/**
 * True when a decisions table's columns make it a log of settled decisions: a date column,
 * and no status and no explicit due column. Its dates are decision dates. Exported for the
 * readers of decision records, which settle the log's decisions.
 */
export function isDecisionLog(keys: readonly string[]): boolean {
  const fields = keys.map((key) => (Object.hasOwn(ITEM_HEADERS, key) ? ITEM_HEADERS[key] : undefined));
  const hasDate = keys.some((key) => key === 'date' || key === 'when' || ITEM_HEADERS[key] === 'resolved_on');
  const explicitDue = keys.some((key) =>
    ['due', 'due date', 'due by', 'deadline', 'eta', 'target date', 'by'].includes(key),
  );
  return hasDate && !explicitDue && !fields.includes('status');
}

/** A header's comparable form: lower case, single spaces, `_` as space, no trailing colon. */
export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/:$/, '')
    .trim();
}

function fieldOf(kind: SectionKind, key: string): ColumnField | undefined {
  if (kind === 'attendees') return Object.hasOwn(ATTENDEE_HEADERS, key) ? ATTENDEE_HEADERS[key] : undefined;
  if (key === 'decision' && kind !== 'decisions') return 'decision';
  return Object.hasOwn(ITEM_HEADERS, key) ? ITEM_HEADERS[key] : undefined;
}

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > 40 ? `${flat.slice(0, 37)}...` : flat}"`;
}
