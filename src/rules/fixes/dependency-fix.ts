import type { Fix } from '../../model/finding.js';
import type { Blocker, Decision, Register } from '../../model/register.js';
import { BARE_ID } from '../../parse/bare-id.js';
import { lineOf } from '../../parse/fix/source-text.js';
import type { RuleContext } from '../rule-context.js';
import { replaceFix } from './rule-fix.js';

const WRONG_SEPARATOR = /\s*(?:[,;/&+]|\band\b|\s)\s*/i;

/**
 * The decision ids a dependency entry lists with a separator the readers do not take
 * (`D1 D2`, `D1/D2`, `D1 and D2`, `D1 & D2`): at least two, each defined in some register
 * (or given by an id fix of the same check), or none. Ids nobody defines stay a finding to fix
 * by hand, since the entry might be prose.
 */
export function misSeparatedIds(entry: string, ctx: RuleContext): string[] | undefined {
  if (typeof entry !== 'string') return undefined;
  const parts = entry.split(WRONG_SEPARATOR).filter((part) => part !== '');
  if (parts.length < 2) return undefined;
  const known = (id: string) => ctx.index.byId.has(id) || ctx.pendingIds?.has(id) === true;
  return parts.every((part) => BARE_ID.test(part) && known(part)) ? parts : undefined;
}

/** Markdown: a blocker that is really a list of ids gets them separated as a dependency cell reads them. */
export function blockerSeparatorFix(ctx: RuleContext, register: Register, blocker: Blocker): Fix | undefined {
  if (register.format !== 'markdown' || blocker.owner || blocker.due || !blocker.what) return undefined;
  const ids = misSeparatedIds(blocker.what, ctx);
  const pos = blocker.at?.what;
  if (!ids || !pos) return undefined;
  const source = ctx.sourceOf?.(register.file);
  if (!source) return undefined;
  // In a cell that already separates entries with `;`, a comma would not split the ids.
  const separator = cellAround(lineOf(source, pos.line), pos.column - 1).includes(';') ? '; ' : ', ';
  const text = ids.join(separator);
  return replaceFix(ctx, register, pos, blocker.what, text, `Separate the dependencies: ${text}`);
}

/** YAML: a depends_on entry such as `D1 D2` becomes separate list entries. */
export function dependsOnSeparatorFix(
  ctx: RuleContext,
  register: Register,
  decision: Decision,
  index: number,
  entry: string,
): Fix | undefined {
  const ids = misSeparatedIds(entry, ctx);
  const pos = decision.at?.[`depends_on.${index}`];
  const source = ctx.sourceOf?.(register.file);
  if (!ids || !pos || !source || (register.format !== 'yaml' && pos.line > source.frontMatterEnd))
    return undefined;
  const scalar = decision.at?.depends_on === pos;
  const before = lineOf(source, pos.line)
    .slice(0, pos.column - 1)
    .trimEnd();
  const inFlowList = before.endsWith('[') || before.endsWith(',');
  if (!scalar && !inFlowList) return undefined;
  const text = scalar ? `[${ids.join(', ')}]` : ids.join(', ');
  return replaceFix(ctx, register, pos, entry, text, `List the dependencies separately: ${text}`, {
    raw: true,
  });
}

/** The text of the table cell around index `at` of a line (between unescaped pipes). */
function cellAround(line: string, at: number): string {
  let start = at;
  while (start > 0 && !(line[start - 1] === '|' && line[start - 2] !== '\\')) start--;
  let end = at;
  while (end < line.length && !(line[end] === '|' && line[end - 1] !== '\\')) end++;
  return line.slice(start, end);
}
