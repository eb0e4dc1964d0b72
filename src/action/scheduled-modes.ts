import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import type { Config } from '../config/config.js';
import { publishDashboard } from '../flows/scheduled/publish-dashboard.js';
import { sendReminders } from '../flows/scheduled/send-reminders.js';
import { writeAgenda } from '../flows/scheduled/write-agenda.js';
import type { GitHubPort } from '../github/github-port.js';
import type { AuthorCheck } from '../github/sticky-comment.js';
import { actionLogger } from './action-logger.js';
import type { ActionInputs } from './inputs.js';
import type { RepoContext } from './repo-context.js';

/**
 * The Action's `mode: agenda | dashboard | remind` (on `schedule` or `workflow_dispatch`):
 * registers are read at `sha` through the port, never checked out. Each mode logs what it did
 * (or, with dry-run, would do) and writes a job summary.
 */
export async function scheduledModes(
  kind: 'agenda' | 'dashboard' | 'remind',
  inputs: ActionInputs,
  repo: RepoContext,
  sha: string,
  port: GitHubPort,
  config: Config,
  isOurs: AuthorCheck,
): Promise<void> {
  const common = { port, repo, sha, config, today: repo.today, dryRun: inputs.dryRun, log: actionLogger };
  if (kind === 'agenda') {
    const outcome = await writeAgenda({ ...common, isOurs });
    const where = outcome.issue.issue ? ` #${outcome.issue.issue.number}` : '';
    if (inputs.dryRun) core.info(`dry-run: the pre-read that would be posted:\n${outcome.body}`);
    await summary(
      `${outcome.body}\n\n_${outcome.issue.dryRun ? 'dry-run: would have ' : ''}${outcome.issue.action} issue${where}._\n`,
    );
    return;
  }
  if (kind === 'remind') {
    const outcome = await sendReminders({ ...common, isOurs });
    const lines = [
      '## Overdue reminders',
      '',
      `- Reminders ${inputs.dryRun ? 'that would be posted' : 'posted'}: ${outcome.posted.length}`,
      `- Already reminded today: ${outcome.alreadySent.length}`,
      `- Digest "${outcome.plan.digest.title}": ${outcome.digest.action}${outcome.digest.issue ? ` (#${outcome.digest.issue.number})` : ''}, ${outcome.plan.digest.entries.length + outcome.plan.digest.blockers.length} overdue without an open issue`,
      '',
    ];
    await summary(lines.join('\n'));
    return;
  }
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const outcome = await publishDashboard({
    ...common,
    dir: inputs.dashboardDir,
    ...(inputs.dashboardBranch ? { branch: inputs.dashboardBranch } : {}),
    async write(file) {
      const target = resolve(join(workspace, file.path));
      // dashboardDir already refuses `..`; this guards against a symlinked workspace path too.
      if (target !== workspace && !target.startsWith(workspace + sep)) {
        throw new Error(`refusing to write outside the workspace: ${file.path}`);
      }
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    },
  });
  const status = outcome.files.find((f) => f.path.endsWith('STATUS.md'));
  await summary(status ? status.content : '');
}

/** Appends to the job summary when the runner provides one (not in local runs). */
async function summary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY || markdown === '') return;
  await core.summary.addRaw(markdown).write();
}
