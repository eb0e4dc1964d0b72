import type { Finding, TextEdit } from '../../model/finding.js';
import { applyEdits } from './apply-edits.js';
import { type Hunk, inOneHunk } from './diff-hunks.js';

/** One suggested change: whole head lines `startLine`..`line` of `path` replaced by `lines`. */
export interface Suggestion {
  path: string;
  startLine: number;
  line: number;
  /** The replacement lines (no line endings). */
  lines: string[];
  /** The findings it fixes, in file order. */
  findings: Finding[];
  /** Stable identity across runs: the file, rules, items and fixes (never the line numbers). */
  key: string;
}

/** Suggestions placed on the pull request's diff, and the fixes that fall outside it. */
export interface SuggestionPlan {
  inDiff: Suggestion[];
  outside: Suggestion[];
}

/**
 * Groups the fixes of each file into suggestions: fixes whose lines touch or overlap become one
 * suggestion (two suggestions on one line could not both be applied). Each is on the diff when
 * its lines lie in one hunk of the file's patch, else it is listed outside. `texts` holds the
 * head's decoded text of each file (line endings `\n`), the one the edits were made against.
 */
export function planSuggestions(
  findings: readonly Finding[],
  texts: ReadonlyMap<string, string>,
  hunks: ReadonlyMap<string, Hunk[]>,
): SuggestionPlan {
  const plan: SuggestionPlan = { inDiff: [], outside: [] };
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.fix || finding.fix.edits.length === 0) continue;
    byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  }
  for (const [path, fixes] of byFile) {
    const text = texts.get(path);
    if (text === undefined) continue;
    const lines = text.split('\n');
    for (const group of groupByLines(fixes)) {
      const suggestion = suggest(path, lines, group);
      if (!suggestion) continue;
      const placed = inOneHunk(hunks.get(path) ?? [], suggestion.startLine, suggestion.line);
      (placed ? plan.inDiff : plan.outside).push(suggestion);
    }
  }
  return plan;
}

function span(finding: Finding): [number, number] {
  const edits = finding.fix!.edits;
  return [Math.min(...edits.map((e) => e.line)), Math.max(...edits.map((e) => e.endLine))];
}

function groupByLines(fixes: readonly Finding[]): Finding[][] {
  const sorted = [...fixes].sort((a, b) => span(a)[0] - span(b)[0]);
  const groups: Array<{ end: number; findings: Finding[] }> = [];
  for (const finding of sorted) {
    const [start, end] = span(finding);
    const last = groups[groups.length - 1];
    if (last && start <= last.end) {
      last.findings.push(finding);
      last.end = Math.max(last.end, end);
    } else {
      groups.push({ end, findings: [finding] });
    }
  }
  return groups.map((g) => g.findings);
}

function suggest(path: string, lines: readonly string[], group: Finding[]): Suggestion | undefined {
  const start = Math.min(...group.map((f) => span(f)[0]));
  const end = Math.max(...group.map((f) => span(f)[1]));
  if (start < 1 || end > lines.length) return undefined;
  const slice = lines.slice(start - 1, end).join('\n');
  const edits: TextEdit[] = group.flatMap((f) =>
    f.fix!.edits.map((e) => ({ ...e, line: e.line - start + 1, endLine: e.endLine - start + 1 })),
  );
  const result = applyEdits(slice, edits);
  if (result.skipped > 0 || result.text === slice) return undefined;
  const key = [path, ...group.map((f) => `${f.rule}:${f.item ?? ''}:${f.fix!.description}`)].join('\n');
  return { path, startLine: start, line: end, lines: result.text.split('\n'), findings: group, key };
}
