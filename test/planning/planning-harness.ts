// Shared scenario of the planning tests: a register whose decisions depend on each other, pushed
// to main, reconciled in-process through the real Octokit port against the GitHub fake.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import type { TestContext } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { type OpenFollowUpsInput, openFollowUps } from '../../src/flows/follow-ups/open-follow-ups.js';
import type { Logger } from '../../src/flows/logger.js';
import type { GitHubPort } from '../../src/github/github-port.js';
import type { OctokitLike } from '../../src/github/octokit/octokit-like.js';
import { createOctokitPort } from '../../src/github/octokit/octokit-port.js';
import { authoredBy } from '../../src/github/sticky-comment.js';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';

export const REPO = 'acme/decisions';
export const FILE = 'decisions/2026-11-24-planning.yml';
export const PROJECT_URL = 'https://github.com/orgs/acme/projects/7';

/** D1 depends on D2: A1 and O3 (serving D1) are blocked by A2 (serving D2). */
export function planningRegister(edit: (text: string) => string = (t) => t): string {
  return edit(`review:
  title: Planning review
  date: 2026-11-24
decisions:
  - { id: D1, title: Pick the identity path, status: assigned, owner: "@dkim", due: 2026-12-08, depends_on: [D2] }
  - { id: D2, title: Pick the membership source, status: assigned, owner: "@lpark", due: 2026-12-04 }
actions:
  - { id: A1, title: Draft workload order, owner: "@lpark", due: 2026-12-01, status: open, decision: D1 }
  - { id: A2, title: Book the HRIS review, owner: "@dkim", due: 2026-12-02, status: open, decision: D2 }
outputs:
  - { id: O3, title: Program plan, timing: follow-up, owner: "@lpark", due: 2026-12-08, status: open, decision: D1 }
`);
}

export const CONFIG = `tracking_issue: true
project: ${PROJECT_URL}
fields: { due: Due, status: Status }
`;

export interface Scenario {
  fake: GitHubFake;
  port: GitHubPort;
  /** Pushes a register text to main; returns the push range. */
  push(text: string | null): { sha: string; before: string };
  /** One reconcile run of the pushed range (push() first). */
  run(
    range: { sha: string; before: string },
    extra?: Partial<OpenFollowUpsInput>,
  ): ReturnType<typeof openFollowUps>;
  logs: string[];
  config: Config;
}

export async function scenario(
  onTestFinished: TestContext['onTestFinished'],
  options: { config?: string; project?: boolean } = {},
): Promise<Scenario> {
  const fake = await startGitHubFake({ repos: [REPO] });
  fake.setAssignable(REPO, ['dkim', 'lpark']);
  if (options.project !== false)
    fake.planning.addProject({
      owner: 'acme',
      number: 7,
      fields: [
        { name: 'Due', dataType: 'DATE' },
        { name: 'Status', dataType: 'SINGLE_SELECT', options: ['Todo', 'In Progress', 'Done'] },
      ],
    });
  onTestFinished(async () => {
    fake.assertNoViolations();
    await fake.close();
  });
  const octokit = new (Octokit.plugin(paginateRest))({
    auth: fake.token,
    baseUrl: fake.url,
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  const port = createOctokitPort(octokit as unknown as OctokitLike, { owner: 'acme', repo: 'decisions' });
  const logs: string[] = [];
  const log: Logger = {
    info: (m) => logs.push(`info: ${m}`),
    warning: (m) => logs.push(`warning: ${m}`),
    notice: (m) => logs.push(`notice: ${m}`),
  };
  const config = parseConfig(options.config ?? CONFIG);
  return {
    fake,
    port,
    logs,
    config,
    push(text) {
      const before = fake.state(REPO).refs['refs/heads/main'] as string;
      const sha = fake.commit(REPO, { [FILE]: text }, { branch: 'main' });
      return { sha, before };
    },
    run(range, extra = {}) {
      return openFollowUps({
        port,
        repo: { owner: 'acme', repo: 'decisions', serverUrl: fake.url },
        merge: range,
        config,
        issuesFor: 'both',
        labels: ['follow-up'],
        maxIssues: 50,
        dryRun: false,
        isOurs: authoredBy('github-actions[bot]'),
        login: 'github-actions[bot]',
        log,
        ...extra,
      });
    },
  };
}

/** The repository's issues that are not pull requests. */
export const issuesOf = (fake: GitHubFake) => fake.state(REPO).issues.filter((i) => !i.isPull);
export const trackingIssues = (fake: GitHubFake) =>
  issuesOf(fake).filter((i) => i.title.startsWith('Follow-ups:'));
export const itemIssue = (fake: GitHubFake, id: string) => {
  const found = issuesOf(fake).find((i) => i.title.startsWith(`[${id}]`));
  if (!found) throw new Error(`no issue for ${id}`);
  return found;
};
/** Sub-issue numbers of the one tracking issue. */
export const subIssues = (fake: GitHubFake) => {
  const [tracking] = trackingIssues(fake);
  return tracking ? fake.planning.subIssueNumbers(REPO, tracking.number) : [];
};
/** Numbers of the issues blocking an item's issue. */
export const blockersOf = (fake: GitHubFake, id: string) =>
  fake.planning.blockerNumbers(REPO, itemIssue(fake, id).number).sort((a, b) => a - b);
