import type { RawFinding } from '../../model/finding.js';
import type { Position } from '../../model/position.js';
import type { FieldSpans } from '../../model/register.js';
import { addKid, type PosNode } from '../locator.js';
import type { Section } from '../markdown/section-of.js';
import { type CellPart, isAbsent, parseDependencies, splitList } from '../parse-dependencies.js';
import { cellText } from './cell-text.js';
import { mapColumns } from './map-columns.js';
import type { GfmTable } from './read-gfm-table.js';

/** A row turned into the raw mapping the YAML form would have, with its positions. */
export interface RawRow {
  raw: Record<string, unknown>;
  node: PosNode;
  /** What the register holds beside the YAML form's fields (see Item). */
  meta?: RowMeta;
}

/** The parts of a row that are not register fields: every owner, extra columns, spans. */
export interface RowMeta {
  owners: string[];
  extra: Record<string, string>;
  spans: FieldSpans;
  issue?: number;
}

/**
 * Reads the rows of a section's table into raw mappings (`{ id, title, owner, … }`) shaped
 * like the YAML form's, so both forms share validation and the register builder. Cells
 * become plain text; empty cells and `—`/`-` are absent; Topics split on commas;
 * Dependencies split into `depends_on` and `blocked_by` (see parseDependencies). Outputs
 * under `Immediate outputs`/`Follow-up outputs` get that timing unless a Timing cell says
 * otherwise; the timing is then placed at the heading.
 */
export function tableItems(
  table: GfmTable,
  section: Section,
  headingPos: Position | undefined,
  strict = false,
): { rows: RawRow[]; findings: RawFinding[] } {
  const { columns, headers, findings } = mapColumns(section, table.header, strict);
  const rows: RawRow[] = [];
  for (const row of table.rows) {
    const raw: Record<string, unknown> = {};
    const node: PosNode = { pos: row.pos, kids: new Map() };
    const meta: RowMeta = { owners: [], extra: {}, spans: {} };
    columns.forEach((field, index) => {
      const cell = row.cells[index];
      if (field === undefined || cell === undefined) return;
      const part: CellPart = { raw: cell.raw, pos: cell.pos };
      if (field === 'topics') addList(raw, node, 'topics', splitList(part, ','), cell.pos);
      else if (field === 'dependencies') addDependencies(raw, node, part);
      else {
        const text = cellText(cell.raw);
        if (isAbsent(text)) return;
        if (field === 'extra') meta.extra[headers[index] || `column ${index + 1}`] = text;
        else if (field === 'issue') {
          const number = /^#?(\d{1,9})$/.exec(text) ?? /\/issues\/(\d{1,9})\b/.exec(cell.raw);
          if (number) meta.issue = Number(number[1]);
          else meta.extra[headers[index] || 'Issue'] = text;
        } else if (field === 'owner') {
          const owners = text.split(/\s*(?:,|;|&|\band\b)\s*/).filter((owner) => !isAbsent(owner));
          meta.owners.push(...owners);
          if (raw.owner === undefined && owners[0] !== undefined) {
            raw.owner = owners[0];
            addKid(node, 'owner', { pos: cell.pos });
          }
        } else {
          raw[field] = text;
          addKid(node, field, { pos: cell.pos });
          if (
            (field === 'status' || field === 'due' || field === 'resolved_on') &&
            text === cell.raw.trim()
          ) {
            const { line, column } = cell.pos;
            meta.spans[field] = { line, column, endColumn: column + text.length };
          }
        }
      }
    });
    // A row with no cell filled (a spacer) is not an item.
    if (Object.keys(raw).length === 0 && meta.owners.length === 0 && Object.keys(meta.extra).length === 0)
      continue;
    if (section.timing && raw.timing === undefined) {
      raw.timing = section.timing;
      addKid(node, 'timing', { pos: headingPos ?? row.pos });
    }
    rows.push({ raw, node, meta });
  }
  return { rows, findings };
}

function addList(
  raw: Record<string, unknown>,
  node: PosNode,
  key: string,
  parts: readonly CellPart[],
  cellPos: Position,
): void {
  const entries = parts
    .map((part) => ({ text: cellText(part.raw), pos: part.pos }))
    .filter((entry) => !isAbsent(entry.text));
  if (entries.length === 0) return;
  const list = (raw[key] as string[] | undefined) ?? [];
  const listNode = node.kids?.get(key) ?? addKid(node, key, { pos: cellPos, kids: new Map() });
  for (const entry of entries) {
    addKid(listNode, list.length, { pos: entry.pos });
    list.push(entry.text);
  }
  raw[key] = list;
}

function addDependencies(raw: Record<string, unknown>, node: PosNode, cell: CellPart): void {
  const { dependsOn, blockers } = parseDependencies(cell);
  if (dependsOn.length > 0) addList(raw, node, 'depends_on', dependsOn, cell.pos);
  if (blockers.length === 0) return;
  const list = (raw.blocked_by as Array<Record<string, string>> | undefined) ?? [];
  const listNode =
    node.kids?.get('blocked_by') ?? addKid(node, 'blocked_by', { pos: cell.pos, kids: new Map() });
  for (const blocker of blockers) {
    const entry: Record<string, string> = {};
    const entryNode = addKid(listNode, list.length, { pos: blocker.pos, kids: new Map() });
    for (const key of ['what', 'owner', 'due'] as const) {
      const part = blocker[key];
      if (!part) continue;
      entry[key] = cellText(part.raw);
      addKid(entryNode, key, { pos: part.pos });
    }
    list.push(entry);
  }
  raw.blocked_by = list;
}
