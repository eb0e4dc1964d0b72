import { parseFiles } from '../../check/check-files.js';
import type { Config } from '../../config/config.js';
import { GitHubError, type GitHubPort } from '../../github/github-port.js';
import type { AuthorCheck } from '../../github/sticky-comment.js';
import { planReminders, type ReminderDraft, type RemindersPlan } from '../../plan/agenda/plan-reminders.js';
import { markerPrefix } from '../../plan/comment-marker.js';
import type { Logger } from '../logger.js';
import { readRegistersAt } from '../read-registers-at.js';
import { oursCarrying, type StickyIssueResult, upsertStickyIssue } from './upsert-sticky-issue.js';

export interface SendRemindersInput {
  port: GitHubPort;
  repo: { owner: string; repo: string; serverUrl: string };
  sha: string;
  config: Config;
  today: string;
  dryRun: boolean;
  log: Logger;
  /** Which issues the tool opened: only its own digest issue is ever updated or closed. */
  isOurs: AuthorCheck;
}

export interface SendRemindersOutcome {
  plan: RemindersPlan;
  /** Reminders posted now (with dry-run: that would be posted). */
  posted: ReminderDraft[];
  /** Reminders skipped because today's was already on the issue. */
  alreadySent: ReminderDraft[];
  digest: StickyIssueResult;
}

/**
 * The `remind` run: reads every register at `sha`, lists all issues once, then
 * 1. posts one reminder on each open follow-up issue (opened by the tool) whose item is past due, unless a comment
 *    with today's marker for that item is already there (so re-runs the same day post nothing);
 * 2. keeps the one `Overdue decisions` digest issue current for the overdue items without an
 *    open issue, closing it when nothing is overdue and reopening it when something is again.
 * Writes are sequential; the Octokit's throttling plugin spaces them.
 */
export async function sendReminders(input: SendRemindersInput): Promise<SendRemindersOutcome> {
  const { port, log, config } = input;
  const registers = parseFiles(await readRegistersAt(port, input.sha, config), config).registers;
  const issues = await port.listIssues();
  // Only follow-ups the tool opened get reminders or keep an item out of the digest.
  const followUps = oursCarrying(issues, markerPrefix('followup'), input.isOurs, log);
  const plan = planReminders({
    registers,
    issues: followUps,
    config,
    today: input.today,
    repo: input.repo,
    sha: input.sha,
  });

  const posted: ReminderDraft[] = [];
  const alreadySent: ReminderDraft[] = [];
  for (const reminder of plan.reminders) {
    // The marker alone decides: a pasted copy can only suppress one day's reminder, whereas an
    // author check would repeat reminders whenever the token's login is not known.
    const sent = async () =>
      (await port.listComments(reminder.issue)).some((c) => c.body.includes(reminder.marker));
    if (await sent()) {
      alreadySent.push(reminder);
      continue;
    }
    if (input.dryRun) {
      log.info(`dry-run: would remind on #${reminder.issue} for ${reminder.key}.`);
      posted.push(reminder);
      continue;
    }
    try {
      await commentOnce(port, reminder, sent);
    } catch (error) {
      // A locked, deleted or transferred issue must not stop the other reminders.
      if (!(error instanceof GitHubError && [403, 404, 410].includes(error.status))) throw error;
      log.warning(`Could not remind on #${reminder.issue} for ${reminder.key}: ${error.message}`);
      continue;
    }
    posted.push(reminder);
    log.info(`Reminded on #${reminder.issue}: ${reminder.key} was due ${reminder.item.due}.`);
  }

  const { digest } = plan;
  const result = await upsertStickyIssue({
    port,
    issues,
    marker: digest.marker,
    title: digest.title,
    body: digest.body,
    state: digest.clear ? 'closed' : 'open',
    dryRun: input.dryRun,
    isOurs: input.isOurs,
    log,
  });
  const count = digest.entries.length + digest.blockers.length;
  log.info(
    `${input.dryRun ? 'dry-run: ' : ''}Digest "${digest.title}": ${result.action}${result.issue ? ` (#${result.issue.number})` : ''}; ${count} overdue item(s) without an open issue.`,
  );
  return { plan, posted, alreadySent, digest: result };
}

/** Posts the comment; when the outcome is unknown (5xx), looks before posting again. */
async function commentOnce(
  port: GitHubPort,
  reminder: ReminderDraft,
  sent: () => Promise<boolean>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await port.createComment(reminder.issue, reminder.body);
      return;
    } catch (error) {
      const status = error instanceof GitHubError ? error.status : 0;
      if ((status !== 0 && status < 500) || attempt >= 3) throw error;
      if (await sent()) return;
    }
  }
}
