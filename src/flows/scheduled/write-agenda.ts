import { parseFiles } from '../../check/check-files.js';
import type { Config } from '../../config/config.js';
import { GitHubError, type GitHubPort, type Issue } from '../../github/github-port.js';
import type { AuthorCheck } from '../../github/sticky-comment.js';
import type { Register } from '../../model/register.js';
import { type Agenda, planAgenda } from '../../plan/agenda/plan-agenda.js';
import { markerFor } from '../../plan/comment-marker.js';
import { renderAgenda } from '../../render/render-agenda.js';
import { type Logger, silentLogger } from '../logger.js';
import { readRegistersAt } from '../read-registers-at.js';
import { carrying, oursCarrying, type StickyIssueResult, upsertStickyIssue } from './upsert-sticky-issue.js';

export interface WriteAgendaInput {
  port: GitHubPort;
  repo: { owner: string; repo: string; serverUrl: string };
  /** The commit registers are read at (the default branch's head on schedule). */
  sha: string;
  config: Config;
  today: string;
  dryRun: boolean;
  log: Logger;
  /** Which issues the tool opened: only those are read, updated or closed. */
  isOurs: AuthorCheck;
}

export interface WriteAgendaOutcome {
  agenda: Agenda;
  /** The issue body: the rendered pre-read plus its markers. */
  body: string;
  issue: StickyIssueResult;
  /** Pre-read issues of earlier cycles that were closed (or would be, with dry-run). */
  closedPrevious: number[];
}

const STATE =
  /<!-- decision-register:agenda-state built=([0-9a-f]{40,64})(?: baseline=([0-9a-f]{40,64}))? -->/;

/**
 * Opens or updates the one pre-read issue of the coming review, `Pre-read: <next review date>`:
 * 1. read every register at `sha` through the port (no checkout);
 * 2. find our pre-read issues by marker and author (all issues listed, never the Search API;
 *    others' issues carrying the marker are logged and ignored): this cycle's,
 *    and the previous cycle's, whose recorded commit is the baseline "changed since the last
 *    review" is diffed against (the first pre-read ever falls back to dates, see AgendaChanges);
 * 3. create or update this cycle's issue, never a second one; close earlier cycles' issues.
 */
export async function writeAgenda(input: WriteAgendaInput): Promise<WriteAgendaOutcome> {
  const { port, config, log, sha } = input;
  const registers = await registersAt(port, sha, config);
  const issues = await port.listIssues();
  const everyAgenda = oursCarrying(issues, markerFor('agenda'), input.isOurs, log);

  const draft = planAgenda({ registers, config, today: input.today });
  const cycleMarker = markerFor('agenda', draft.cycle.nextReview ?? 'unscheduled');
  const current = carrying(everyAgenda, cycleMarker)[0];
  const previous = everyAgenda.filter((issue) => !issue.body.includes(cycleMarker)).at(-1);
  const baselineSha = current ? stateOf(current)?.baseline : previous ? stateOf(previous)?.built : undefined;

  let agenda = draft;
  if (baselineSha) {
    const baseline =
      baselineSha === sha ? registers : await registersAt(port, baselineSha, config).catch(unreadable(log));
    if (baseline) {
      agenda = planAgenda({
        registers,
        config,
        today: input.today,
        baseline: { registers: baseline, ref: `commit ${baselineSha.slice(0, 7)}` },
      });
    }
  }
  const markdown = renderAgenda(agenda, { links: { ...input.repo, sha } });
  const state = `<!-- decision-register:agenda-state built=${sha}${baselineSha ? ` baseline=${baselineSha}` : ''} -->`;
  const body = `${markdown}\n${markerFor('agenda')}\n${cycleMarker}\n${state}\n`;

  const issue = await upsertStickyIssue({
    port,
    issues,
    marker: cycleMarker,
    title: agenda.title,
    body,
    state: 'open',
    dryRun: input.dryRun,
    isOurs: input.isOurs,
    log: silentLogger, // foreign pre-reads were reported above
  });
  log.info(
    `${input.dryRun ? 'dry-run: would have ' : ''}${issue.action} the pre-read "${agenda.title}"${issue.issue ? ` (#${issue.issue.number})` : ''}.`,
  );

  const closedPrevious: number[] = [];
  for (const old of everyAgenda) {
    if (old.state !== 'open' || old.body.includes(cycleMarker)) continue;
    if (!input.dryRun) await port.updateIssue(old.number, { state: 'closed' });
    closedPrevious.push(old.number);
    log.info(
      `${input.dryRun ? 'dry-run: would close' : 'Closed'} the previous cycle's pre-read #${old.number}.`,
    );
  }
  return { agenda, body, issue, closedPrevious };
}

/** The commit a pre-read issue was built from, and the baseline it compared with. */
export function stateOf(issue: Pick<Issue, 'body'>): { built: string; baseline?: string } | undefined {
  const match = STATE.exec(issue.body);
  if (!match?.[1]) return undefined;
  return { built: match[1], ...(match[2] ? { baseline: match[2] } : {}) };
}

async function registersAt(port: GitHubPort, sha: string, config: Config): Promise<Register[]> {
  return parseFiles(await readRegistersAt(port, sha, config), config).registers;
}

/** A baseline commit that is gone (force-push, or an edited marker): compare by dates instead. */
function unreadable(log: Logger) {
  return (error: unknown): undefined => {
    if (!(error instanceof GitHubError) || ![404, 409, 422].includes(error.status)) throw error;
    log.warning(
      `Could not read the registers at the previous pre-read's commit (${error.message}); changes are found by dates.`,
    );
    return undefined;
  };
}
