import type { NextAction, Output, Register } from '../../model/register.js';
import { applyEdits } from '../fixes/apply-edits.js';
import type { FollowUpState } from '../follow-ups/item-identity.js';
import type { FollowUpDraft } from '../follow-ups/plan-follow-ups.js';
import { keyOfIssue } from '../follow-ups/plan-reconcile.js';
import { LineEditor } from './line-editor.js';
import { type FileEdit, finishColumns, writeItem } from './write-item.js';
import { YamlItems } from './yaml-items.js';

/** One of the tool's own follow-up issues (author already checked). */
export interface WriteBackIssue {
  number: number;
  url: string;
  body: string;
  state: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened' | null;
}

export interface WriteBackInput {
  /** Register files at the default branch's head, as read (BOM and line endings included). */
  files: readonly { path: string; text: string }[];
  registers: readonly Register[];
  /** Every follow-up item of those registers, all states (planFollowUps with allStates). */
  drafts: readonly FollowUpDraft[];
  issues: readonly WriteBackIssue[];
}

/** What the sync pull request changes for one item. */
export interface WriteBackChange {
  file: string;
  line: number;
  id: string;
  issue: number;
  url: string;
  /** The status written (the issue was closed or reopened); absent when only the number is. */
  status?: FollowUpState;
  /** The issue number is written back (the item had none). */
  numbered: boolean;
}

/** A written-back number that is not ours, or an item the file's shape does not let us write. */
export interface WriteBackProblem {
  file: string;
  line: number;
  message: string;
}

export interface WriteBackPlan {
  /** Files with their new text; only those that change. */
  files: { path: string; text: string }[];
  changes: WriteBackChange[];
  problems: WriteBackProblem[];
}

const TRAILING_REF = /\(#(\d+)\)\s*$/;

/**
 * Issues → register, as data. Every item whose issue (found by its written-back number, else by
 * the key in the issue's marker) was closed while the register says open becomes `done`
 * (`dropped` when closed as not planned); a done item whose issue was reopened becomes `open`.
 * An item with an issue but no number gets the number. The whole result follows from the
 * default branch and the issues' states, so every run (a redelivery, a concurrent one, one after
 * the register moved) computes the same files, and nothing a person typed there is lost. A
 * number that is not one of ours is a problem, never an edit.
 */
export function planWriteBack(input: WriteBackInput): WriteBackPlan {
  const byNumber = new Map(input.issues.map((i) => [i.number, i] as const));
  const byKey = new Map<string, WriteBackIssue>();
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    const key = keyOfIssue(issue.body);
    if (key && !byKey.has(key)) byKey.set(key, issue);
  }
  const itemsOf = new Map(input.registers.map((r) => [r.file, [...r.actions, ...r.outputs]] as const));
  const plan: WriteBackPlan = { files: [], changes: [], problems: [] };
  const edits = new Map<string, FileEdit>();
  const texts = new Map(input.files.map((f) => [f.path, f.text] as const));
  const fileEdit = (path: string, format: Register['format']): FileEdit | undefined => {
    const text = texts.get(path);
    if (text === undefined) return undefined;
    let edit = edits.get(path);
    if (!edit) {
      const decoded = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      edit = {
        editor: new LineEditor(decoded),
        newColumns: new Map(),
        ...(format === 'yaml' ? { yaml: new YamlItems(decoded) } : {}),
      };
      edits.set(path, edit);
    }
    return edit;
  };

  for (const draft of [...input.drafts].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
    const register = input.registers.find((r) => r.file === draft.file);
    const item = itemsOf
      .get(draft.file)
      ?.find((i): i is NextAction | Output => i.kind === draft.kind && i.pos.line === draft.line);
    if (!register || !item) continue;
    const file = fileEdit(draft.file, register.format);
    if (!file) continue;
    const written = writtenNumber(item, file);
    const issue = written !== undefined ? byNumber.get(written) : byKey.get(draft.key);
    const where = { file: draft.file, line: draft.line };
    if (written !== undefined && !issue) {
      plan.problems.push({
        ...where,
        message: `${draft.id} names #${written}, which is not a follow-up issue this tool opened (someone else's issue or a pull request); it is left alone.`,
      });
      continue;
    }
    if (!issue) continue;
    const status = statusFor(draft.state, issue);
    const numbered = written === undefined;
    if (!status && !numbered) continue;
    const why = writeItem(file, {
      item,
      ...(status ? { status } : {}),
      ...(numbered ? { issue: issue.number } : {}),
    });
    if (why) {
      plan.problems.push({
        ...where,
        message: `${draft.id}: #${issue.number} could not be written back: ${why}.`,
      });
      continue;
    }
    plan.changes.push({
      ...where,
      id: draft.id,
      issue: issue.number,
      url: issue.url,
      ...(status ? { status } : {}),
      numbered,
    });
  }

  for (const [path, file] of edits) {
    for (const message of finishColumns(file)) plan.problems.push({ file: path, line: 0, message });
    if (!file.editor.dirty) continue;
    const text = applyEdits(texts.get(path) ?? '', file.editor.edits()).text;
    if (text !== texts.get(path)) plan.files.push({ path, text });
  }
  return plan;
}

/** The state the register should say for the issue's, when it says otherwise. */
function statusFor(state: FollowUpState, issue: WriteBackIssue): FollowUpState | undefined {
  if (state === 'open' && issue.state === 'closed')
    return issue.stateReason === 'not_planned' ? 'dropped' : 'done';
  // Only a reopening is copied back: an open issue of a done item may simply not be closed yet.
  if (state !== 'open' && issue.state === 'open' && issue.stateReason === 'reopened') return 'open';
  return undefined;
}

/** The issue number written in the item: read by the reader, `(#123)` at its end, or `issue:` in YAML. */
function writtenNumber(item: NextAction | Output, file: FileEdit): number | undefined {
  if (typeof item.issue === 'number') return item.issue;
  const trailing = TRAILING_REF.exec(item.title ?? item.text ?? '');
  if (trailing) return Number(trailing[1]);
  const map = item.source === 'yaml' ? file.yaml?.mapAt(item.pos.line, item.pos.column) : undefined;
  return map ? file.yaml?.issueOf(map) : undefined;
}
