/**
 * `npm run bench:follow-ups`: GitHub requests of the follow-up reconcile, against the GitHub fake
 * on loopback (contract-checked), through the real port and flow. A 50-item register is merged
 * (50 issues opened), then pushes change 0, 5 and 10 of its items. Goal (#11): the requests of a
 * push stay proportional to the items that changed — one listing of the tool's issues, never one
 * search per item, never the Search API. A second pass turns on the planning features
 * (tracking issue with sub-issues, blocked-by dependencies, a Projects v2 board with date and
 * status fields) and prints their calls too.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { parseConfig } from '../src/config/parse-config.js';
import { openFollowUps } from '../src/flows/follow-ups/open-follow-ups.js';
import { silentLogger } from '../src/flows/logger.js';
import type { OctokitLike } from '../src/github/octokit/octokit-like.js';
import { createOctokitPort } from '../src/github/octokit/octokit-port.js';
import { authoredBy } from '../src/github/sticky-comment.js';
import { startGitHubFake } from '../test/github-fake/index.js';

const REPO = 'acme/decisions';
const FILE = 'decisions/2026-11-24.yml';
const ITEMS = 50;

/** 25 next actions and 25 follow-up outputs; `changed` of them edited (done, dropped, due moved). */
function register(changed: number): string {
  // D1 depends on D2: actions 1–5 (serving D1) are blocked by actions 6–10 (serving D2).
  const lines = [
    'review:',
    '  title: Bench review',
    '  date: 2026-11-24',
    'decisions:',
    '  - { id: D1, title: First, status: assigned, owner: "@dkim", due: 2026-12-08, depends_on: [D2] }',
    '  - { id: D2, title: Second, status: assigned, owner: "@dkim", due: 2026-12-08 }',
    'actions:',
  ];
  const serves = (i: number) => (i < 5 ? ', decision: D1' : i < 10 ? ', decision: D2' : '');
  const edit = (i: number) => {
    if (i >= changed) return { status: 'open', due: '2026-12-01' };
    return [
      { status: 'done', due: '2026-12-01' },
      { status: 'dropped', due: '2026-12-01' },
      { status: 'open', due: '2026-12-09' },
    ][i % 3]!;
  };
  for (let i = 0; i < ITEMS / 2; i++) {
    const { status, due } = edit(i);
    lines.push(
      `  - { id: A${i + 1}, title: Action ${i + 1}, owner: "@dkim", due: ${due}, status: ${status}${serves(i)} }`,
    );
  }
  lines.push('outputs:');
  for (let i = 0; i < ITEMS / 2; i++) {
    const { status, due } = edit(i + ITEMS / 2);
    lines.push(
      `  - { id: O${i + 1}, title: Output ${i + 1}, timing: follow-up, owner: "@dkim", due: ${due}, status: ${status} }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

console.log(
  `context: ${availableParallelism()} cores, load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);

async function pass(
  title: string,
  configText: string,
): Promise<{ fixed: number; perItem: number; searches: number }> {
  console.log(`\n${title}`);
  const fake = await startGitHubFake({ repos: [REPO] });
  fake.setAssignable(REPO, ['dkim']);
  fake.planning.addProject({
    owner: 'acme',
    number: 7,
    fields: [
      { name: 'Due', dataType: 'DATE' },
      { name: 'Status', dataType: 'SINGLE_SELECT', options: ['Todo', 'In Progress', 'Done'] },
    ],
  });
  const octokit = new (Octokit.plugin(paginateRest))({
    auth: fake.token,
    baseUrl: fake.url,
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  const port = createOctokitPort(octokit as unknown as OctokitLike, { owner: 'acme', repo: 'decisions' });
  const base = {
    port,
    repo: { owner: 'acme', repo: 'decisions', serverUrl: fake.url },
    config: parseConfig(configText),
    issuesFor: 'both' as const,
    labels: ['follow-up'],
    maxIssues: 100,
    dryRun: false,
    isOurs: authoredBy('github-actions[bot]'),
    login: 'github-actions[bot]',
    log: silentLogger,
  };

  async function measure(label: string, run: () => Promise<unknown>): Promise<number> {
    const from = fake.log.length;
    await run();
    const entries = fake.log.slice(from);
    const by = new Map<string, number>();
    for (const e of entries) {
      const op =
        e.operationId === 'graphql' ? `graphql:${(e.graphqlFields ?? []).join('+')}` : (e.operationId ?? '?');
      by.set(op, (by.get(op) ?? 0) + 1);
    }
    console.log(
      `${label.padEnd(44)} ${String(entries.length).padStart(4)} requests  (${[...by].map(([op, n]) => `${op}×${n}`).join(', ')})`,
    );
    return entries.length;
  }

  let head = fake.commit(REPO, { [FILE]: register(0) }, { branch: 'main' });
  const root = fake.state(REPO).commits.find((c) => c.parents.length === 0)!.sha;
  await measure(`merge: ${ITEMS} items, ${ITEMS} issues opened`, () =>
    openFollowUps({ ...base, merge: { sha: head, before: root } }),
  );
  const figures: Record<number, number> = {};
  for (const changed of [0, 5, 10]) {
    const before = head;
    // A register edit that changes `changed` follow-up items (0: a decision line only).
    head = fake.commit(REPO, { [FILE]: `${register(changed)}# edit ${changed}\n` }, { branch: 'main' });
    figures[changed] = await measure(`push: ${ITEMS}-item register, ${changed} items changed`, () =>
      openFollowUps({ ...base, merge: { sha: head, before } }),
    );
    // Back to all-open for the next case, without measuring.
    const reset = head;
    head = fake.commit(REPO, { [FILE]: register(0) }, { branch: 'main' });
    await openFollowUps({ ...base, merge: { sha: head, before: reset } });
  }
  const perItem = (figures[10]! - figures[5]!) / 5;
  const fixed = figures[0]!;
  console.log(
    `\nfixed cost ${fixed} requests; ${perItem.toFixed(1)} per changed item (5 → 10 changed: ${figures[5]} → ${figures[10]}).`,
  );
  const searches = fake.countBy('search/issues-and-pull-requests');
  fake.assertNoViolations();
  await fake.close();
  return { fixed, perItem, searches };
}

const goal = (r: { fixed: number; perItem: number; searches: number }, fixedMax: number) =>
  r.fixed <= fixedMax && r.perItem <= 4 && r.searches === 0 ? 'met' : 'NOT met';
const plain = await pass('Reconcile only (no planning config):', '');
const planned = await pass(
  'With planning (tracking_issue, project, fields):',
  'tracking_issue: true\nproject: https://github.com/orgs/acme/projects/7\nfields: { due: Due, status: Status }\n',
);
console.log(
  `\ngoal: proportional to changed items (fixed ≤ 10, ≤ 4 per item, no Search API): ${goal(plain, 10)}`,
);
console.log(
  `goal with planning (fixed ≤ 12: + project board and cards queries, ≤ 4 per item): ${goal(planned, 12)}`,
);
