import type { Finding, TextEdit } from '../../model/finding.js';
import { applyEdits } from './apply-edits.js';

/** A register file's path and content as read, bytes or text. */
export interface FixableFile {
  path: string;
  content: Uint8Array | string;
}

/** One file that the fixes change: its text before and after, and what was fixed. */
export interface FileFix {
  path: string;
  before: string;
  after: string;
  /** Findings whose fix was applied in full. */
  fixed: Finding[];
}

/** What applying the fixes of a check would do. */
export interface FixPlan {
  files: FileFix[];
  /** Findings left: those without a fix, and those whose fix could not be applied. */
  remaining: Finding[];
}

/**
 * Applies every finding's fix to its file's text, as read (a BOM, CRLF or CR endings kept).
 * A fix applies whole or not at all: when one of its edits overlaps another fix's, the later
 * fix (in file order) is left for the next run, which keeps `fix` idempotent and safe.
 */
export function planFixes(files: readonly FixableFile[], findings: readonly Finding[]): FixPlan {
  const byFile = new Map<string, Finding[]>();
  const remaining: Finding[] = [];
  for (const finding of findings) {
    if (!finding.fix || finding.fix.edits.length === 0) {
      remaining.push(finding);
      continue;
    }
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const out: FileFix[] = [];
  for (const file of files) {
    const fixes = byFile.get(file.path);
    if (!fixes) continue;
    byFile.delete(file.path);
    const before = typeof file.content === 'string' ? file.content : decode(file.content);
    if (before === undefined) {
      remaining.push(...fixes);
      continue;
    }
    const { kept, dropped } = nonOverlapping(fixes);
    remaining.push(...dropped);
    const after = applyEdits(
      before,
      kept.flatMap((f) => f.fix!.edits),
    ).text;
    if (after !== before) out.push({ path: file.path, before, after, fixed: kept });
  }
  for (const rest of byFile.values()) remaining.push(...rest);
  return { files: out, remaining };
}

/** Fixes whose edits touch no earlier kept fix's edits (identical edits count as the same fix). */
function nonOverlapping(fixes: readonly Finding[]): { kept: Finding[]; dropped: Finding[] } {
  const taken: TextEdit[] = [];
  const kept: Finding[] = [];
  const dropped: Finding[] = [];
  for (const finding of fixes) {
    const edits = finding.fix!.edits;
    const clash = edits.some((edit) => taken.some((other) => !same(edit, other) && overlaps(edit, other)));
    if (clash) {
      dropped.push(finding);
      continue;
    }
    taken.push(...edits);
    kept.push(finding);
  }
  return { kept, dropped };
}

function same(a: TextEdit, b: TextEdit): boolean {
  return (
    a.line === b.line &&
    a.column === b.column &&
    a.endLine === b.endLine &&
    a.endColumn === b.endColumn &&
    a.text === b.text
  );
}

/** True when two ranges share a character, or are insertions at one place. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2);
  const aEndsBeforeB = !before(b.line, b.column, a.endLine, a.endColumn);
  const bEndsBeforeA = !before(a.line, a.column, b.endLine, b.endColumn);
  const point = (e: TextEdit) => e.line === e.endLine && e.column === e.endColumn;
  if (point(a) && point(b)) return a.line === b.line && a.column === b.column;
  return !(aEndsBeforeB || bEndsBeforeA);
}

/** UTF-8 bytes as text with the BOM kept (the edits' line 1 accounts for it); undefined when not UTF-8. */
function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
