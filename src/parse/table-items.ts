import type { RawFinding } from '../model/finding.js';
import type { Position } from '../model/position.js';
import { cellText } from './cell-text.js';
import { addKid, type PosNode } from './locator.js';
import { mapColumns } from './map-columns.js';
import { type CellPart, isAbsent, parseDependencies, splitList } from './parse-dependencies.js';
import type { GfmTable } from './read-gfm-table.js';
import type { Section } from './section-of.js';

/** A row turned into the raw mapping the YAML form would have, with its positions. */
export interface RawRow {
  raw: Record<string, unknown>;
  node: PosNode;
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
): { rows: RawRow[]; findings: RawFinding[] } {
  const { columns, findings } = mapColumns(section, table.header);
  const rows = table.rows.map((row) => {
    const raw: Record<string, unknown> = {};
    const node: PosNode = { pos: row.pos, kids: new Map() };
    columns.forEach((field, index) => {
      const cell = row.cells[index];
      if (field === undefined || cell === undefined) return;
      const part: CellPart = { raw: cell.raw, pos: cell.pos };
      if (field === 'topics') addList(raw, node, 'topics', splitList(part, ','), cell.pos);
      else if (field === 'dependencies') addDependencies(raw, node, part);
      else {
        const text = cellText(cell.raw);
        if (isAbsent(text)) return;
        raw[field] = text;
        addKid(node, field, { pos: cell.pos });
      }
    });
    if (section.timing && raw.timing === undefined) {
      raw.timing = section.timing;
      addKid(node, 'timing', { pos: headingPos ?? row.pos });
    }
    return { raw, node };
  });
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
