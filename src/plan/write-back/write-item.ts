import type { NextAction, Output } from '../../model/register.js';
import type { FollowUpState } from '../follow-ups/item-identity.js';
import type { LineEditor } from './line-editor.js';
import { addColumn, cellAt, setCell, tableAround } from './table-cells.js';
import type { YamlItems } from './yaml-items.js';

/** What to write into one item: its new status and/or its issue number. */
export interface ItemWrite {
  item: NextAction | Output;
  status?: FollowUpState;
  issue?: number;
}

/** One file being edited: its lines, and its YAML document when it is YAML. */
export interface FileEdit {
  editor: LineEditor;
  yaml?: YamlItems;
  /** Issue numbers for tables without an Issue column, by table's first line → row line → value. */
  newColumns: Map<number, Map<number, string>>;
}

/** The status word written for a state: the schema's own (`done`, `dropped`, `open`). */
const WORD: Record<FollowUpState, string> = { open: 'open', done: 'done', dropped: 'dropped' };
const ISSUE_HEADER = /^(?:issues?|issue #|tracking issue|ticket)$/;
const TRAILING_REF = /\(#\d+\)\s*$/;

/**
 * Writes into the item the way its file writes items, or says why it cannot (one line): a
 * task-list box ticked or cleared and `(#123)` at the end of its line; a table's Status and
 * Issue cells (an Issue column is added when there is none); a YAML mapping's `status:` and
 * `issue:` keys.
 */
export function writeItem(file: FileEdit, write: ItemWrite): string | undefined {
  const { item } = write;
  const line = item.pos.line;
  switch (item.source) {
    case 'task-list':
    case 'bullet':
      return writeListed(file.editor, write, line);
    case 'table':
      return writeRow(file, write, line);
    case 'yaml': {
      const map = file.yaml?.mapAt(line, item.pos.column);
      if (!map || !file.yaml) return 'a flow mapping (`{…}`) is not written into; edit it by hand';
      if (write.status && !file.yaml.set(file.editor, map, 'status', WORD[write.status], item.pos.column))
        return 'its status is not a one-line value';
      if (write.issue !== undefined)
        file.yaml.set(file.editor, map, 'issue', String(write.issue), item.pos.column);
      return undefined;
    }
    default:
      return `items written as ${item.source ?? 'this'} are not written into`;
  }
}

function writeListed(editor: LineEditor, write: ItemWrite, line: number): string | undefined {
  let text = editor.get(line);
  if (write.status) {
    const box = /^(\s*(?:[-*+]|\d+[.)])\s+\[)([ xX])(\])/.exec(text);
    if (!box) return 'a bullet without a task-list box has no status to set';
    const mark = write.status === 'open' ? ' ' : 'x';
    if (write.status === 'open' && /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s+~~/.test(text))
      return 'a struck-through item is reopened by hand (remove the ~~)';
    text = `${box[1]}${mark}${box[3]}${text.slice(box[0].length)}`;
  }
  if (write.issue !== undefined && !TRAILING_REF.test(text))
    text = `${text.replace(/\s+$/, '')} (#${write.issue})`;
  editor.set(line, text);
  return undefined;
}

function writeRow(file: FileEdit, write: ItemWrite, line: number): string | undefined {
  const { editor } = file;
  const table = tableAround(editor, line);
  if (!table) return 'a table without leading pipes is not written into';
  if (write.status) {
    const at = write.item.at.status;
    const index =
      at && at.line === line ? cellAt(editor.get(line), at.column) : table.names.indexOf('status');
    if (index < 0) return 'its table has no Status column';
    setCell(editor, line, index, WORD[write.status]);
  }
  if (write.issue !== undefined) {
    const index = table.names.findIndex((n) => ISSUE_HEADER.test(n));
    if (index >= 0) setCell(editor, line, index, `#${write.issue}`);
    else {
      const rows = file.newColumns.get(table.first) ?? new Map<number, string>();
      rows.set(line, `#${write.issue}`);
      file.newColumns.set(table.first, rows);
    }
  }
  return undefined;
}

/** Adds the Issue columns collected while writing rows; a line the column cannot extend is named. */
export function finishColumns(file: FileEdit): string[] {
  const problems: string[] = [];
  for (const [first, rows] of file.newColumns) {
    const table =
      tableAround(file.editor, first + 2) ?? tableAround(file.editor, [...rows.keys()][0] ?? first);
    if (!table || !addColumn(file.editor, table, 'Issue', rows))
      problems.push(
        `line ${first}: the table's rows do not all end with a pipe, so no Issue column was added`,
      );
  }
  file.newColumns.clear();
  return problems;
}
