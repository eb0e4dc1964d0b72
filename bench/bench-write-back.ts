/**
 * `npm run bench:write-back`: GitHub requests of the issues → register sync, against the GitHub
 * fake on loopback (contract-checked), through the real port and flow. A 50-item register whose
 * items all have issues of the tool's: the first sync (5 issues closed, every number written back,
 * the pull request opened), an update (5 more closed), a redelivery (nothing new). Goal (#11):
 * requests do not grow with the items — one listing of the tool's issues, no Search API, no
 * request per item.
 */
import { cpus, loadavg } from 'node:os';
import { defaultConfig } from '../src/config/default-config.js';
import { silentLogger } from '../src/flows/logger.js';
import { syncRegisterPull } from '../src/flows/write-back/sync-register-pull.js';
import { createOctokitPort } from '../src/github/octokit/octokit-port.js';
import { authoredBy } from '../src/github/sticky-comment.js';
import { markerFor } from '../src/plan/comment-marker.js';
import { startGitHubFake } from '../test/github-fake/index.js';
import { createFakeOctokit } from '../test/github-fake/octokit.js';

const REPO = 'acme/decisions';
const FILE = 'decisions/2026-11-24.yml';
const ITEMS = 50;
const BOT = 'github-actions[bot]';

const lines = ['review:', '  title: Bench review', 'actions:'];
for (let i = 1; i <= ITEMS; i++)
  lines.push(`  - id: A${i}`, `    title: Action ${i} # kept`, '    owner: "@dkim"', '    status: open');
const fake = await startGitHubFake({ repos: [REPO] });
fake.commit(REPO, { [FILE]: `${lines.join('\n')}\n` });
const issues: number[] = [];
for (let i = 1; i <= ITEMS; i++)
  issues.push(
    fake.addIssue(REPO, { title: `A${i}`, body: markerFor('followup', `${FILE}#A${i}`), user: BOT }),
  );
const port = createOctokitPort(createFakeOctokit(fake), { owner: 'acme', repo: 'decisions' });
const sync = () =>
  syncRegisterPull({
    port,
    repo: { owner: 'acme', repo: 'decisions', serverUrl: 'https://github.com' },
    config: defaultConfig(),
    issuesFor: 'both',
    identity: { login: BOT, isOurs: authoredBy(BOT) },
    log: silentLogger,
  });

console.log(
  `write-back sync requests (${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})`,
);
const rows: [string, number, string][] = [];
const measure = async (label: string, closeFrom: number, closeTo: number) => {
  for (let i = closeFrom; i < closeTo; i++) fake.closeIssue(REPO, issues[i] as number);
  const before = fake.log.length;
  const started = performance.now();
  const out = await sync();
  const requests = fake.log.slice(before);
  const ms = (performance.now() - started).toFixed(0);
  const ops = new Map<string, number>();
  for (const r of requests) ops.set(r.operationId ?? r.path, (ops.get(r.operationId ?? r.path) ?? 0) + 1);
  rows.push([label, requests.length, [...ops].map(([op, n]) => `${op}×${n}`).join(', ')]);
  console.log(
    `  ${label.padEnd(44)} ${String(requests.length).padStart(3)} requests, ${ms} ms, ${out.plan?.changes.length ?? 0} item(s) in the PR`,
  );
};
await measure('first sync: 5 closed, 50 numbers, PR opened', 0, 5);
await measure('update: 5 more closed', 5, 10);
await measure('redelivery: nothing new', 10, 10);
for (const [label, , ops] of rows) console.log(`    ${label}: ${ops}`);
const search = fake.log.filter((r) => r.operationId?.startsWith('search/')).length;
const most = Math.max(...rows.map((r) => r[1]));
const pulls = fake.state(REPO).pulls.length;
console.log(
  `goal: requests independent of items (≤ 20 for 50 items), no Search API, one PR — ${most <= 20 && search === 0 && pulls === 1 ? 'met' : 'NOT met'} (most ${most}, search ${search}, pull requests ${pulls})`,
);
fake.assertNoViolations();
await fake.close();
