import type { Finding } from '../../model/finding.js';
import type { Summary } from '../../model/summary.js';
import { type BlobLink, renderFindingsTables } from '../../text/render-findings-markdown.js';
import { describeCounts } from '../../text/summary.js';
import { byImportance, fitFindings, utf8Length } from './fit-findings.js';
import { type FilterMode, filterNote, moreFindingsLine, reproduceNote, scopeLine } from './report-lines.js';
import { verdictHeadline } from './verdict.js';

/** GitHub's limit on one step's `$GITHUB_STEP_SUMMARY`, in bytes (1 MiB). */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;

/** Everything the job summary is built from. */
export interface JobSummaryInput {
  findings: readonly Finding[];
  summary: Summary;
  /** With `headSha`, makes Line cells links to the line at that commit. */
  repo?: { owner: string; repo: string; serverUrl: string };
  headSha?: string;
  filterMode?: FilterMode;
  /** Findings that got no workflow annotation because GitHub shows only 10 per type (planAnnotations). */
  hiddenAnnotations?: { errors: number; warnings: number };
  /** Safety cap in UTF-8 bytes; defaults to 1 MiB. */
  maxBytes?: number;
  reproduceCommand?: string;
}

/**
 * Markdown for `$GITHUB_STEP_SUMMARY`: verdict, a note when annotations were capped, and the FULL
 * tables of findings. Only past `maxBytes` (1 MiB) are rows dropped, with a note saying how many.
 * No owner is ever mentioned here.
 */
export function planJobSummary(input: JobSummaryInput): string {
  const ordered = byImportance(input.findings);
  const link: BlobLink | undefined =
    input.repo && input.headSha ? { ...input.repo, headSha: input.headSha } : undefined;
  const hidden = input.hiddenAnnotations;
  const notes: string[] = [];
  if (hidden && hidden.errors + hidden.warnings > 0) {
    notes.push(
      `> [!NOTE]\n> GitHub shows at most 10 error and 10 warning annotations per step; ` +
        `${describeCounts(hidden)} are listed only in the tables below.`,
    );
  }
  const footer = [input.filterMode ? filterNote(input.filterMode) : '', reproduceNote(input.reproduceCommand)]
    .filter(Boolean)
    .join(' ');

  const render = (kept: number): string => {
    const parts = [verdictHeadline(input.summary), ''];
    parts.push(
      `${scopeLine(input.summary, input.headSha)}${ordered.length === 0 ? ': no problems found.' : '.'}`,
      '',
    );
    for (const note of notes) parts.push(note, '');
    const tables = renderFindingsTables(ordered.slice(0, kept), { link, allFindings: ordered });
    if (tables) parts.push(tables, '');
    if (kept < ordered.length) {
      parts.push(
        moreFindingsLine(ordered.length - kept, 'the CLI output; the summary reached its size limit'),
        '',
      );
    }
    parts.push(footer);
    return `${parts.join('\n')}\n`;
  };
  return fitFindings(ordered.length, render, input.maxBytes ?? JOB_SUMMARY_MAX_BYTES, utf8Length).text;
}
