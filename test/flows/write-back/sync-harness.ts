// A repository on the GitHub fake with a Markdown register and the tool's issues for its items.
import { defaultConfig } from '../../../src/config/default-config.js';
import { syncRegisterPull } from '../../../src/flows/write-back/sync-register-pull.js';
import { createOctokitPort } from '../../../src/github/octokit/octokit-port.js';
import { authoredBy } from '../../../src/github/sticky-comment.js';
import { markerFor } from '../../../src/plan/comment-marker.js';
import { type GitHubFake, startGitHubFake } from '../../github-fake/index.js';
import { createFakeOctokit } from '../../github-fake/octokit.js';

export const REPO = 'acme/reviews';
export const PATH = 'decisions/2026-11-24.md';
export const BOT = 'github-actions[bot]';
export const REGISTER = [
  '# Review',
  '',
  '## Next actions',
  '',
  '- [ ] Draft the workload order @praman',
  '- [ ] Book the readiness review @dkim',
  '',
  '## Follow-up outputs',
  '',
  '| ID | Output       | Owner  | Status |',
  '| -- | ------------ | ------ | ------ |',
  '| O1 | Program plan | @lortg | open   |',
  '',
].join('\n');
export const KEYS = {
  draft: `${PATH}#~draft the workload order praman`,
  book: `${PATH}#~book the readiness review dkim`,
  plan: `${PATH}#O1`,
};

export interface Harness {
  fake: GitHubFake;
  issue: Record<keyof typeof KEYS, number>;
  sync: (log?: Lines, writeBack?: 'pull-request' | 'off') => ReturnType<typeof syncRegisterPull>;
  /** Requests since the last call, as `METHOD operationId`. */
  requests: () => string[];
}

export type Lines = string[];

export async function harness(register = REGISTER): Promise<Harness> {
  const fake = await startGitHubFake({ repos: [REPO] });
  fake.commit(REPO, { [PATH]: register });
  const issue = {} as Record<keyof typeof KEYS, number>;
  for (const [name, key] of Object.entries(KEYS) as [keyof typeof KEYS, string][])
    issue[name] = fake.addIssue(REPO, { title: name, body: `…\n\n${markerFor('followup', key)}`, user: BOT });
  const port = createOctokitPort(createFakeOctokit(fake), { owner: 'acme', repo: 'reviews' });
  let seen = 0;
  return {
    fake,
    issue,
    sync: (lines: Lines = [], writeBack?: 'pull-request' | 'off') =>
      syncRegisterPull({
        port,
        repo: { owner: 'acme', repo: 'reviews', serverUrl: 'https://github.com' },
        config: { ...defaultConfig(), ...(writeBack ? { write_back: writeBack } : {}) },
        issuesFor: 'both',
        identity: { login: BOT, isOurs: authoredBy(BOT) },
        log: {
          info: (m) => lines.push(m),
          warning: (m) => lines.push(`warning: ${m}`),
          notice: (m) => lines.push(m),
        },
      }),
    requests: () => {
      const list = fake.log.slice(seen).map((e) => `${e.method} ${e.operationId ?? e.path}`);
      seen = fake.log.length;
      return list;
    },
  };
}

/** The open sync pull requests and the register on their branch. */
export function syncState(fake: GitHubFake) {
  const state = fake.state(REPO);
  const pulls = state.pulls.filter((p) => p.headRef === 'decision-register/sync');
  return {
    pulls,
    open: pulls.filter((p) => p.state === 'open'),
    text: fake.readFile(REPO, 'decision-register/sync', PATH),
    main: fake.readFile(REPO, 'main', PATH),
  };
}
