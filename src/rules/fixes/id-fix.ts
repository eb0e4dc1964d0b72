import type { Fix, RawFinding } from '../../model/finding.js';
import type { Item, Register } from '../../model/register.js';
import { lineOf, type SourceText } from '../../parse/fix/source-text.js';
import { splitRow } from '../../parse/tables/read-gfm-table.js';
import { allItems, isBlank, type RuleContext } from '../rule-context.js';

const NUMBERED = /^(.*?)(\d+)$/;
const ID_HEADERS = new Set(['id', '#']);

/**
 * Gives the parser's "has no id" schema findings a fix: the next free id in the register's
 * scheme for that kind (`D7` after `D1`…`D6`, `DEC-013` after `DEC-012`), free across every
 * register. Only when the register's ids of that kind follow one scheme (one prefix, one
 * zero-padding); items missing ids in one file get consecutive ids in file order.
 */
export function withIdFixes(
  ctx: RuleContext,
  findings: readonly RawFinding[],
): { findings: RawFinding[]; assigned: Set<string> } {
  const assigned = new Set<string>();
  const wanted = findings.filter((f) => f.rule === 'schema' && / has no id$/.test(f.message));
  if (wanted.length === 0 || !ctx.sourceOf) return { findings: [...findings], assigned };
  const fixes = new Map<RawFinding, Fix>();
  for (const register of ctx.targets) {
    const source = ctx.sourceOf(register.file);
    const mine = wanted.filter((f) => f.file === register.file);
    if (!source || mine.length === 0) continue;
    const next = new Map<Item['kind'], { prefix: string; width: number; n: number } | null>();
    for (const item of allItems(register)) {
      if (!isBlank(item.id)) continue;
      const finding = mine.find((f) => f.line === item.pos.line && f.column === item.pos.column);
      if (!finding) continue;
      if (!next.has(item.kind)) next.set(item.kind, schemeOf(register, item.kind, ctx));
      const scheme = next.get(item.kind);
      if (!scheme) continue;
      scheme.n++;
      const id = `${scheme.prefix}${String(scheme.n).padStart(scheme.width, '0')}`;
      const edit = insertId(source, register, item, id);
      if (!edit) continue;
      fixes.set(finding, { description: `Give it the next free id, ${id}`, edits: [edit] });
      assigned.add(id);
    }
  }
  const fixed = findings.map((f) => {
    const fix = fixes.get(f);
    return fix ? { ...f, fix } : f;
  });
  return { findings: fixed, assigned };
}

/** The register's one id scheme for a kind, numbered past every id using it in any register. */
function schemeOf(register: Register, kind: Item['kind'], ctx: RuleContext) {
  const shapes = new Set<string>();
  let prefix = '';
  let width = 0;
  for (const item of allItems(register)) {
    if (item.kind !== kind || isBlank(item.id)) continue;
    const m = NUMBERED.exec(item.id!.trim());
    if (!m) return null;
    prefix = m[1]!;
    width = m[2]!.startsWith('0') ? m[2]!.length : 0;
    shapes.add(`${prefix}\0${width}`);
  }
  if (shapes.size !== 1) return null;
  let n = 0;
  for (const id of ctx.index.byId.keys()) {
    const m = NUMBERED.exec(id);
    if (m && m[1] === prefix) n = Math.max(n, Number(m[2]));
  }
  return Number.isSafeInteger(n) ? { prefix, width, n } : null;
}

function insertId(source: SourceText, register: Register, item: Item, id: string) {
  const line = lineOf(source, item.pos.line);
  const at = item.pos.column - 1;
  const yaml = register.format === 'yaml' || item.pos.line <= source.frontMatterEnd;
  if (yaml) {
    const { line: n, column } = item.pos;
    // `{ title: …}`: the id goes first inside the braces.
    if (line[at] === '{')
      return { line: n, column: column + 1, endLine: n, endColumn: column + 1, text: ` id: ${id},` };
    // A block mapping: a line of its own, indented like the item's first key.
    if (!/^ *(?:- +)*$/.test(line.slice(0, at))) return undefined;
    return { line: n, column, endLine: n, endColumn: column, text: `id: ${id}\n${' '.repeat(at)}` };
  }
  return tableIdEdit(source, item.pos.line, id);
}

/** A table row's empty Id cell, found through the table's header, filled with `id`. */
function tableIdEdit(source: SourceText, row: number, id: string) {
  let header = -1;
  for (let n = row - 1; n >= 2; n--) {
    const text = lineOf(source, n);
    if (!text.includes('|')) return undefined;
    if (/^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/.test(text)) {
      header = n - 1;
      break;
    }
  }
  if (header < 1) return undefined;
  const columns = splitRow(lineOf(source, header)).map((c) => c.text.trim().toLowerCase());
  const index = columns.findIndex((c) => ID_HEADERS.has(c));
  if (index < 0 || columns.indexOf(columns[index]!, index + 1) >= 0) return undefined;
  const text = lineOf(source, row);
  const cell = cellBounds(text, index);
  if (!cell) return undefined;
  const inner = text.slice(cell.from, cell.to);
  if (!/^[ \t]*(?:[-—–][ \t]*)?$/.test(inner)) return undefined;
  const width = cell.to - cell.from;
  const body = ` ${id}`;
  const filled = body + ' '.repeat(Math.max(1, width - body.length));
  return { line: row, column: cell.from + 1, endLine: row, endColumn: cell.to + 1, text: filled };
}

/** Start and end (exclusive) of the inner text of cell `index`, between unescaped pipes. */
function cellBounds(line: string, index: number): { from: number; to: number } | undefined {
  const pipes: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') pipes.push(i);
  }
  const leading = line.trimStart().startsWith('|');
  const bounds = leading ? pipes : [-1, ...pipes];
  const from = bounds[index];
  const to = bounds[index + 1];
  return from === undefined || to === undefined ? undefined : { from: from + 1, to };
}
