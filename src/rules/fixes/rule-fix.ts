import type { Fix, TextEdit } from '../../model/finding.js';
import type { Position } from '../../model/position.js';
import type { Register } from '../../model/register.js';
import { type ValueEditOptions, valueEdit } from '../../parse/fix/value-edit.js';
import type { RuleContext } from '../rule-context.js';

/**
 * A fix that replaces the value written at `pos` in `register`: present only when the
 * file's text is known and holds `written` exactly there (see valueEdit), so a rule can
 * offer a fix without ever guessing where a value ends.
 */
export function replaceFix(
  ctx: RuleContext,
  register: Register,
  pos: Position | undefined,
  written: string | undefined,
  replacement: string,
  description: string,
  options?: ValueEditOptions,
): Fix | undefined {
  if (!pos || written === undefined || written === replacement) return undefined;
  const source = ctx.sourceOf?.(register.file);
  if (!source) return undefined;
  const edit = valueEdit(source, pos, written, replacement, options);
  return edit ? { description, edits: [edit] } : undefined;
}

/** The finding with `fix` attached when there is one (no `fix` key otherwise). */
export function withFix<T extends object>(finding: T, fix: Fix | undefined): T & { fix?: Fix } {
  return fix ? { ...finding, fix } : finding;
}

/** A fix of one edit. */
export function fixOf(description: string, edit: TextEdit | undefined): Fix | undefined {
  return edit ? { description, edits: [edit] } : undefined;
}
