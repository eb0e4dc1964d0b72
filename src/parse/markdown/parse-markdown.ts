import type { Heading, Root, RootContent, Table, Yaml } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { dateInPath, isIsoDate } from '../../model/dates.js';
import type { RawFinding } from '../../model/finding.js';
import type { Position } from '../../model/position.js';
import { buildRegister } from '../build-register.js';
import { addKid, type Locator, type PosNode, treeLocator } from '../locator.js';
import { settleDecisionLog } from '../records/settle-decision-log.js';
import { type GfmTable, readGfmTable, type TableCell } from '../tables/read-gfm-table.js';
import { type RawRow, tableItems } from '../tables/table-items.js';
import { validateRegister } from '../validate-register.js';
import { loadYaml, parseError } from '../yaml/load-yaml.js';
import { emptyRegister, type ParsedRegister } from '../yaml/parse-yaml.js';
import { addListItems, attachRowMeta } from './add-list-items.js';
import { collectProse } from './collect-prose.js';
import { readListItems } from './read-list-items.js';
import { maskTables, scanMarkdown } from './scan-markdown.js';
import { type Section, sectionOf } from './section-of.js';

/** Deeper list/quote nesting than this on one line is refused (micromark slows down badly). */
const MAX_NESTING = 64;
/** More nested list items or quotes than this outside tables is refused, for the same reason. */
const MAX_NESTED_LINES = 1000;

let processor: Processor<Root> | undefined;

/** Options for {@link parseMarkdown}. */
export interface MarkdownOptions {
  /** Unknown front-matter keys and table columns are schema findings (else ignored / kept as extra). */
  strict?: boolean;
}

/** Front-matter keys that are the review's; others (`layout`, `tags`, `author` …) belong to the site. */
const REVIEW_KEYS = new Set(['title', 'date', 'cycle_days', 'problem', 'attendees']);

function markdownProcessor(): Processor<Root> {
  processor ??= unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm) as unknown as Processor<Root>;
  return processor;
}

/**
 * Parses the Markdown form of a register: YAML front matter holds the review; sections whose
 * heading names a part (Decisions, Next actions, Outputs, Immediate/Follow-up outputs,
 * Attendees) hold GFM tables of items; every other paragraph is kept as prose.
 *
 * The large-table trap: micromark's GFM table construct (remark-gfm) is super-linear in row
 * count — 10,000 rows take minutes and most of a gigabyte (remark-gfm#45, markdown-rs#218).
 * So scanMarkdown first finds, in one linear pass, the tables whose place is certain, and
 * readGfmTable reads them; remark (with remark-gfm, for the few tables left in lists or
 * quotes) then parses the text with those tables masked out line for line, so headings,
 * paragraphs and front matter keep their exact positions. A property test checks that the
 * two readers agree with remark-gfm alone.
 */
export function parseMarkdown(file: string, text: string, options: MarkdownOptions = {}): ParsedRegister {
  const strict = options.strict === true;
  const lines = text.split('\n');
  const scan = scanMarkdown(lines, { depth: MAX_NESTING, nestedLines: MAX_NESTED_LINES });
  const fail = (line: number, message: string): ParsedRegister => ({
    register: emptyRegister(file, 'markdown'),
    findings: [parseError({ file, line: line + 1, column: 1 }, message)],
  });
  if (scan.tooDeep) {
    return fail(
      scan.tooDeep.line,
      `lists or quotes are nested about ${scan.tooDeep.depth} levels deep here (the limit is ${MAX_NESTING}); not parsed`,
    );
  }
  if (scan.tooManyNested !== undefined) {
    return fail(
      scan.tooManyNested,
      `more than ${MAX_NESTED_LINES} nested list items or quotes outside tables (the Markdown parser slows down too much); not parsed`,
    );
  }
  const tree = markdownProcessor().parse(maskTables(lines, scan.tables));
  const front = frontMatter(file, tree, strict);
  if (!front.ok) return { register: emptyRegister(file, 'markdown'), findings: front.findings };

  const findings: RawFinding[] = [...front.findings];
  const root: PosNode = { pos: { file, line: 1, column: 1 }, kids: new Map() };
  const raw: Record<string, unknown> = {};
  if (front.review) {
    raw.review = front.review.value;
    addKid(root, 'review', { pos: front.review.locator.at([]), delegate: front.review.locator });
  }
  const lists: Record<'decisions' | 'actions' | 'outputs' | 'attendees', RawRow[]> = {
    decisions: [],
    actions: [],
    outputs: [],
    attendees: [],
  };
  const firstTable: Partial<Record<keyof typeof lists, Position>> = {};
  const tableHeadings = new Set<number>();
  for (const { table, section, headingPos } of sectionTables(file, tree, lines, scan.tables)) {
    const read = tableItems(table, section, headingPos, strict);
    if (section.kind === 'decisions') settleDecisionLog(table.header, read.rows);
    findings.push(...read.findings);
    lists[section.kind].push(...read.rows);
    firstTable[section.kind] ??= table.pos;
    if (headingPos) tableHeadings.add(headingPos.line);
  }
  for (const kind of ['decisions', 'actions', 'outputs'] as const) {
    if (lists[kind].length === 0) continue;
    raw[kind] = lists[kind].map((row) => row.raw);
    const node = addKid(root, kind, { pos: firstTable[kind]!, kids: new Map() });
    for (const [index, row] of lists[kind].entries()) addKid(node, index, row.node);
  }
  if (lists.attendees.length > 0) addAttendees(raw, root, lists.attendees, firstTable.attendees!);

  const locator: Locator = treeLocator(root);
  findings.push(...validateRegister(raw, locator, { optionalIds: !strict }));
  const register = buildRegister(file, 'markdown', raw, locator);
  attachRowMeta(register, lists);
  const frontDate = (raw.review as { date?: unknown } | undefined)?.date;
  const reference = isIsoDate(frontDate) ? frontDate : dateInPath(file);
  addListItems(register, readListItems(tree, lines, file, tableHeadings, reference));
  register.prose = collectProse(tree, lines, file);
  return { register, findings };
}

interface FrontMatter {
  ok: true;
  review?: { value: unknown; locator: Locator };
  findings: RawFinding[];
}

/**
 * The review from YAML front matter (read like the YAML form, positions shifted to the
 * file): its top-level keys are the review's fields, or it holds them under `review:`.
 */
function frontMatter(
  file: string,
  tree: Root,
  strict: boolean,
): FrontMatter | { ok: false; findings: RawFinding[] } {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return { ok: true, findings: [] };
  const startLine = (node as Yaml).position?.start.line ?? 1;
  const loaded = loadYaml(file, (node as Yaml).value, startLine);
  if (!loaded.ok) return loaded;
  const value = loaded.value;
  if (value === null || value === undefined) return { ok: true, findings: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    const pos = loaded.locator.at([]);
    const message =
      'the front matter must be a mapping of review fields (title, date, cycle_days, problem, attendees)';
    return { ok: true, findings: [{ ...pos, rule: 'schema', message, item: null }] };
  }
  const keys = Object.keys(value);
  const wrapped = keys.includes('review') && (strict ? keys.length === 1 : true);
  let review = wrapped ? (value as { review: unknown }).review : value;
  // Site keys (`layout`, `tags`, `permalink` …) are not the review's: ignored unless strict.
  if (!strict && review !== null && typeof review === 'object' && !Array.isArray(review))
    review = Object.fromEntries(Object.entries(review).filter(([key]) => REVIEW_KEYS.has(key)));
  if (wrapped && (review === null || typeof review !== 'object' || Array.isArray(review))) {
    const pos = loaded.locator.at(['review']);
    return {
      ok: true,
      findings: [{ ...pos, rule: 'schema', message: 'review must be a mapping', item: null }],
    };
  }
  return {
    ok: true,
    review: { value: review, locator: wrapped ? loaded.locator.sub(['review']) : loaded.locator },
    findings: [],
  };
}

/** Attendee rows join the front matter's attendees (or make the review when there is none). */
function addAttendees(raw: Record<string, unknown>, root: PosNode, rows: RawRow[], tablePos: Position): void {
  raw.review ??= {};
  const review = raw.review as Record<string, unknown>;
  const reviewNode = root.kids?.get('review') ?? addKid(root, 'review', { pos: tablePos });
  const before = review.attendees;
  if (before !== undefined && before !== null && !Array.isArray(before)) return;
  const listed = Array.isArray(before) ? before : [];
  const delegate = reviewNode.delegate?.sub(['attendees']);
  const node = addKid(reviewNode, 'attendees', {
    pos: delegate && listed.length > 0 ? delegate.at([]) : tablePos,
    kids: new Map(),
    ...(delegate ? { delegate } : {}),
  });
  for (const [index, row] of rows.entries()) addKid(node, listed.length + index, row.node);
  review.attendees = [...listed, ...rows.map((row) => row.raw)];
}

interface SectionTable {
  table: GfmTable;
  section: Section;
  headingPos?: Position;
}

/**
 * Every table under a recognised heading, in file order: the scanner's tables and any that
 * remark-gfm read (inside lists or quotes). A table belongs to the innermost enclosing
 * heading that names a section, so `### Resolved` under `## Decisions` still holds decisions.
 */
function sectionTables(
  file: string,
  tree: Root,
  lines: readonly string[],
  scanned: ReadonlyArray<{ start: number; end: number }>,
): SectionTable[] {
  type Event = { line: number; heading?: Heading; table?: () => GfmTable };
  const events: Event[] = [];
  for (const child of tree.children) {
    if (child.type === 'heading' && child.position)
      events.push({ line: child.position.start.line, heading: child });
  }
  for (const block of scanned)
    events.push({ line: block.start + 1, table: () => readGfmTable(lines, block, file) });
  for (const table of nestedTables(tree)) {
    if (table.position)
      events.push({ line: table.position.start.line, table: () => fromMdast(table, file, lines) });
  }
  events.sort((a, b) => a.line - b.line);
  const stack: Array<{ depth: number; section?: Section; pos: Position }> = [];
  const found: SectionTable[] = [];
  for (const event of events) {
    if (event.heading) {
      const { depth } = event.heading;
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
      const start = event.heading.position!.start;
      stack.push({
        depth,
        section: sectionOf(mdastToString(event.heading)),
        pos: { file, line: start.line, column: start.column },
      });
      continue;
    }
    const owner = [...stack].reverse().find((entry) => entry.section);
    if (owner?.section && event.table) {
      found.push({ table: event.table(), section: owner.section, headingPos: owner.pos });
    }
  }
  return found;
}

/** Tables remark-gfm read (the scanner left them): anywhere in the tree. */
function nestedTables(tree: Root): Table[] {
  const tables: Table[] = [];
  const stack: RootContent[] = [...tree.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'table') tables.push(node);
    else if ('children' in node) stack.push(...(node.children as RootContent[]));
  }
  return tables;
}

/** A remark-gfm table in the shape readGfmTable gives, cells as their source text. */
function fromMdast(table: Table, file: string, lines: readonly string[]): GfmTable {
  const width = table.children[0]?.children.length ?? 0;
  const rows = table.children.map((row) => {
    const start = row.position?.start ?? { line: 1, column: 1 };
    const cells: TableCell[] = [];
    for (let i = 0; i < width; i++) cells.push(cellOf(row.children[i], file, lines, start));
    return { pos: { file, line: start.line, column: start.column }, cells };
  });
  const [header, ...body] = rows;
  return { pos: header?.pos ?? { file, line: 1, column: 1 }, header: header?.cells ?? [], rows: body };
}

function cellOf(
  cell: Table['children'][number]['children'][number] | undefined,
  file: string,
  lines: readonly string[],
  rowStart: { line: number; column: number },
): TableCell {
  const first = cell?.children[0]?.position?.start;
  const last = cell?.children[cell.children.length - 1]?.position?.end;
  if (!first || !last || first.line !== last.line) {
    return { raw: '', pos: { file, line: rowStart.line, column: rowStart.column } };
  }
  const source = lines[first.line - 1] ?? '';
  return {
    raw: source.slice(first.column - 1, last.column - 1).trim(),
    pos: { file, line: first.line, column: first.column },
  };
}
