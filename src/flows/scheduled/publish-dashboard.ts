import { posix } from 'node:path';
import { parseFiles } from '../../check/check-files.js';
import type { Config } from '../../config/config.js';
import type { GitHubPort } from '../../github/github-port.js';
import { type Dashboard, type DashboardIssue, planDashboard } from '../../plan/agenda/plan-dashboard.js';
import { followUpIssues } from '../../plan/agenda/plan-reminders.js';
import { renderDashboardHtml } from '../../render/render-dashboard-html.js';
import { renderStatusMd } from '../../render/render-status-md.js';
import type { Logger } from '../logger.js';
import { readRegistersAt } from '../read-registers-at.js';

/** A file to write or commit, by repo-relative POSIX path. */
export interface DashboardFile {
  path: string;
  content: string;
}

export interface PublishDashboardInput {
  port: GitHubPort;
  repo: { owner: string; repo: string; serverUrl: string };
  sha: string;
  config: Config;
  today: string;
  /** Repo-relative directory for STATUS.md and index.html (`dashboard-dir`). */
  dir: string;
  /** Commit the files to this branch too (`dashboard-branch`); empty or absent: don't. */
  branch?: string;
  dryRun: boolean;
  log: Logger;
  /** Writes a file into the workspace (the shell's file system). */
  write(file: DashboardFile): Promise<void>;
}

export interface PublishDashboardOutcome {
  dashboard: Dashboard;
  files: DashboardFile[];
  /** The branch's head after committing; absent when nothing was committed. */
  commit?: string;
}

/**
 * The `dashboard` run: reads every register at `sha`, looks up each follow-up output's issue by
 * its marker (all issues listed once), renders STATUS.md and index.html, writes them into the
 * workspace, and commits them to `branch` when one is set (not with dry-run). The commit is
 * idempotent: unchanged files make no commit.
 */
export async function publishDashboard(input: PublishDashboardInput): Promise<PublishDashboardOutcome> {
  const { port, config, log } = input;
  const dir = dashboardDir(input.dir);
  const registers = parseFiles(await readRegistersAt(port, input.sha, config), config).registers;
  const issues = new Map<string, DashboardIssue>();
  for (const [key, found] of followUpIssues(await port.listIssues())) {
    const issue = found.find((i) => i.state === 'open') ?? found[0];
    if (issue) issues.set(key, { number: issue.number, url: issue.url, state: issue.state });
  }
  const dashboard = planDashboard({ registers, config, today: input.today, issues });
  const links = { ...input.repo, sha: input.sha };
  const files: DashboardFile[] = [
    { path: posix.join(dir, 'STATUS.md'), content: renderStatusMd(dashboard, { links }) },
    { path: posix.join(dir, 'index.html'), content: renderDashboardHtml(dashboard, { links }) },
  ];
  for (const file of files) await input.write(file);
  log.info(
    `Wrote ${files.map((f) => f.path).join(' and ')} (${dashboard.items.length} items, ${registers.length} registers).`,
  );

  if (!input.branch) return { dashboard, files };
  if (input.dryRun) {
    log.info(`dry-run: would commit them to ${input.branch}.`);
    return { dashboard, files };
  }
  const commit = await port.commitFiles(input.branch, `Update status dashboard (${input.today})`, files);
  log.info(`Committed the dashboard to ${input.branch} (${commit.slice(0, 7)}).`);
  return { dashboard, files, commit };
}

/**
 * The dashboard directory as a clean repo-relative path (`.` for the root). Absolute paths and
 * `..` are refused: the files must stay inside the workspace and the repository.
 */
export function dashboardDir(dir: string): string {
  const trimmed = dir.trim().replace(/\\/g, '/');
  const normal = posix.normalize(trimmed === '' ? '.' : trimmed).replace(/\/+$/, '') || '.';
  if (posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) {
    throw new Error(`dashboard-dir must be a directory inside the repository, not "${dir}"`);
  }
  return normal;
}
