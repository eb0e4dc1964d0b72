import type { RawFinding } from '../model/finding.js';
import { cellText } from './cell-text.js';
import type { TableCell } from './read-gfm-table.js';
import { type Section, type SectionKind, sectionLabel } from './section-of.js';

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
  | 'group';

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
  owner: 'owner',
  dri: 'owner',
  assignee: 'owner',
  due: 'due',
  date: 'due',
  by: 'due',
  'due date': 'due',
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
  ]),
  actions: new Set(['id', 'title', 'status', 'owner', 'due', 'decision']),
  outputs: new Set(['id', 'title', 'status', 'timing', 'owner', 'due', 'decision']),
  attendees: new Set(['name', 'github', 'role', 'group']),
};

/** Fields that may come from several columns, their entries joined. */
const REPEATABLE: ReadonlySet<ColumnField> = new Set(['dependencies', 'topics']);

/**
 * Maps a table's header cells to fields, case-insensitively, with synonyms (Owner/DRI/
 * Assignee → owner, Depends on/Blocked by → dependencies …). One rule settles `Decision`:
 * in a Decisions table it is the decision itself (the title); in an Actions or Outputs table
 * it is the link to the decision the item serves (`decision`), and the item's own title
 * comes from Action/Output/Title/Item/Task. Unknown headers, headers of fields the section
 * does not have, and repeated columns are `schema` findings at the header cell; their
 * columns are skipped. Empty header cells are skipped silently.
 */
export function mapColumns(
  section: Section,
  header: readonly TableCell[],
): { columns: Array<ColumnField | undefined>; findings: RawFinding[] } {
  const findings: RawFinding[] = [];
  const seen = new Set<ColumnField>();
  const label = sectionLabel(section);
  const columns = header.map((cell) => {
    const text = cellText(cell.raw);
    const key = text
      .toLowerCase()
      .replace(/[\s_]+/g, ' ')
      .replace(/:$/, '')
      .trim();
    if (key === '') return undefined;
    const field = fieldOf(section.kind, key);
    const problem =
      field === undefined
        ? `unknown column ${quoted(text)} in the ${label} table`
        : !ALLOWED[section.kind].has(field)
          ? `column ${quoted(text)} does not belong in the ${label} table`
          : seen.has(field) && !REPEATABLE.has(field)
            ? `column ${quoted(text)} repeats the ${field} column in the ${label} table`
            : undefined;
    if (problem) {
      const { file, line, column } = cell.pos;
      findings.push({ file, line, column, rule: 'schema', message: problem, item: null });
      return undefined;
    }
    seen.add(field!);
    return field;
  });
  return { columns, findings };
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
