import type { Finding } from '../../model/finding.js';
import { isRuleId, RULE_CATALOGUE } from '../../model/rule-catalogue.js';
import type { Summary } from '../../model/summary.js';
import { type BlobLink, renderFindingsTables } from '../../text/render-findings-markdown.js';
import { describeCounts } from '../../text/summary.js';
import { byImportance, fitFindings } from './fit-findings.js';
import { type FilterMode, filterNote, moreFindingsLine, reproduceNote, scopeLine } from './report-lines.js';
import { type FailOn, shouldFail, verdictHeadline } from './verdict.js';

/** The Checks API's limit on `output.summary` and on `output.text`, in characters. */
export const CHECK_OUTPUT_MAX_CHARS = 65_535;

/** Options of planCheckRun. */
export interface CheckRunOptions {
  failOn: FailOn;
  /** Makes Line cells links to the line at the head commit. */
  link?: BlobLink;
  filterMode?: FilterMode;
}

/** The completed check run's conclusion and output (annotations come from planCheckAnnotations). */
export interface CheckRunPlan {
  conclusion: 'success' | 'failure' | 'neutral';
  /** `3 errors, 1 warning`, or `No problems`. */
  title: string;
  /** Markdown: verdict and the findings tables, cut to fit 65,535 characters. */
  summary: string;
  /** Markdown: what each rule that fired means, the filter mode and how to reproduce. */
  text: string;
}

/**
 * The check run for the app. `failure` when `failOn` says so; `neutral` when errors exist but
 * `failOn` lets them pass, so they stay visible; otherwise `success` (warnings alone are advice).
 */
export function planCheckRun(
  findings: readonly Finding[],
  summary: Summary,
  options: CheckRunOptions,
): CheckRunPlan {
  const conclusion = shouldFail(summary, options.failOn)
    ? 'failure'
    : summary.errors > 0
      ? 'neutral'
      : 'success';
  const total = summary.errors + summary.warnings;
  const title = total === 0 ? 'No problems' : describeCounts(summary);
  const ordered = byImportance(findings);

  const render = (kept: number): string => {
    const parts = [verdictHeadline(summary), ''];
    parts.push(`${scopeLine(summary)}${ordered.length === 0 ? ': no problems found.' : '.'}`);
    const tables = renderFindingsTables(ordered.slice(0, kept), { link: options.link, allFindings: ordered });
    if (tables) parts.push('', tables);
    if (kept < ordered.length) parts.push('', moreFindingsLine(ordered.length - kept, 'the annotations'));
    return `${parts.join('\n')}\n`;
  };
  const fitted = fitFindings(ordered.length, render, CHECK_OUTPUT_MAX_CHARS);
  return { conclusion, title, summary: fitted.text, text: explain(findings, options.filterMode) };
}

function explain(findings: readonly Finding[], filterMode: FilterMode | undefined): string {
  const fired = [...new Set(findings.map((finding) => finding.rule))].filter(isRuleId).sort();
  const lines: string[] = [];
  if (fired.length > 0) {
    lines.push('#### Rules', '');
    for (const rule of fired) lines.push(`- \`${rule}\`: ${RULE_CATALOGUE[rule].summary}`);
    lines.push('');
  }
  lines.push([filterMode ? filterNote(filterMode) : '', reproduceNote()].filter(Boolean).join(' '));
  return `${lines.join('\n')}\n`;
}
