// `npm start`: the main job on the bundled examples, with no GitHub. The CLI report, then a meeting
// pull request replayed through the real Action (dist/index.js under Node 24) against the local
// GitHub stand-in: the review comment and annotations, a fixing push, the merge's follow-up
// issues and a re-run that opens none, then the loop back: the sync pull request writing the
// issue numbers into the register, a push marking an item done (its issue closes), someone closing
// an issue on GitHub (the sync pull request says so), ending with that pull request's diff; and
// the example dashboard.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { startGitHubFake } from '../../test/github-fake/index.js';
import { type ActionRun, runActionProcess } from '../../test/support/run-action.js';
import { issuesPayload, pullRequestPayload, pushPayload } from '../../test/support/webhook-payloads.js';

const TODAY = '2026-11-25';
const REPO = 'acme/platform-reviews';
const [OWNER, NAME] = REPO.split('/') as [string, string];
const PATH = 'decisions/2026-11-24-operationalization-review.yml';
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[22m` : text);
const step = (title: string) => console.log(`\n${bold(`━━ ${title} `.padEnd(78, '━'))}\n`);
const indent = (text: string) => text.replace(/^/gm, '  │ ');

function cli(...args: string[]): void {
  console.log(`$ node dist/cli.js ${args.join(' ')}`);
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  process.stdout.write(run.stdout + run.stderr);
  console.log(`(exit code ${run.status})`);
}

function showAnnotations(run: ActionRun): void {
  for (const a of run.annotations) {
    console.log(`  ${a.level.padEnd(7)} ${a.file ?? ''}${a.line ? `:${a.line}` : ''}  ${a.message}`);
  }
  if (run.failure) console.log(`  step failed: ${run.failure}`);
}

step('1. The CLI on the example registers (fixtures/examples)');
cli('check', 'fixtures/examples/*', '--today', TODAY);
step('   …and on the first draft pushed after the meeting');
cli('check', 'fixtures/demo/operationalization-review.draft.yml', '--today', TODAY);
step('   …whose certain fixes `fix --dry-run` shows as a diff (without --dry-run: applied in place)');
cli('fix', '--dry-run', 'fixtures/demo/operationalization-review.draft.yml', '--today', TODAY);

const fake = await startGitHubFake({ repos: [REPO] });
fake.setAssignable(REPO, ['dkim', 'lortega', 'praman', 'mchen', 'tnovak', 'abello', 'jberg']);
const draft = await readFile('fixtures/demo/operationalization-review.draft.yml', 'utf8');
const fixed = await readFile('fixtures/examples/operationalization-review.yml', 'utf8');
const baseSha = fake.commit(REPO, { 'README.md': '# Platform reviews\n' });
let headSha = fake.commit(REPO, { [PATH]: draft }, { parent: baseSha, branch: 'operationalization-review' });
const number = fake.addPull(REPO, { headSha, baseSha, headRef: 'operationalization-review' });

const review = (action: 'opened' | 'synchronize') =>
  runActionProcess({
    apiUrl: fake.url,
    token: fake.token,
    eventName: 'pull_request',
    payload: pullRequestPayload(action, { owner: OWNER, repo: NAME, number, headSha, baseSha }),
    repository: REPO,
    sha: headSha,
    inputs: { today: TODAY },
  });
const reviewComment = () =>
  fake.state(REPO).comments.find((c) => c.body.includes('decision-register:review'));

step(`2. Pull request #${number} adds the draft register: the Action reviews it`);
const first = await review('opened');
console.log('Annotations on the PR diff:');
showAnnotations(first);
console.log(`\nThe sticky comment on #${number}:\n`);
console.log(indent(reviewComment()?.body ?? '(none)'));
const suggestion = fake.state(REPO).reviewComments[0];
console.log(
  `\nThe review with a suggested change on ${suggestion?.path ?? ''}:${suggestion?.line ?? ''} (one click commits it):\n`,
);
console.log(indent(suggestion?.body ?? '(none)'));

step('3. A push fixes the register: the same comment turns all-clear');
headSha = fake.commit(REPO, { [PATH]: fixed }, { parent: headSha, branch: 'operationalization-review' });
fake.updatePull(REPO, number, { headSha });
const second = await review('synchronize');
console.log(`Exit code ${second.code}; comment ${reviewComment()?.id} updated:\n`);
console.log(indent(reviewComment()?.body ?? '(none)'));

step(`4. #${number} is merged: one issue per follow-up output and next action`);
const mergeSha = fake.commit(REPO, { [PATH]: fixed }, { parent: baseSha, branch: 'main' });
fake.updatePull(REPO, number, { merged: true, mergeCommitSha: mergeSha });
const merged = () =>
  runActionProcess({
    apiUrl: fake.url,
    token: fake.token,
    eventName: 'pull_request',
    payload: pullRequestPayload('closed', {
      owner: OWNER,
      repo: NAME,
      number,
      headSha,
      baseSha,
      mergeSha,
      merged: true,
    }),
    repository: REPO,
    sha: mergeSha,
    inputs: { today: TODAY },
  });
console.log('(GitHub asks for a pause between content-creating requests; this takes a few seconds.)\n');
const merge = await merged();
for (const issue of fake.state(REPO).issues.filter((i) => !i.isPull)) {
  console.log(
    `  #${issue.number} ${issue.title}  → assigned: ${issue.assignees.join(', ') || '(owner mentioned)'}`,
  );
}
console.log(`\ncreated-issues output: ${merge.outputs['created-issues']}`);
console.log('\nThe example issue body:\n');
console.log(indent(fake.state(REPO).issues.find((i) => !i.isPull)?.body ?? ''));

step('5. The same merge runs again: nothing new');
const again = await merged();
console.log(`created-issues: ${again.outputs['created-issues']}`);
console.log(
  `existing-issues: ${JSON.parse(again.outputs['existing-issues'] ?? '[]').length} issues already tracked`,
);

const SYNC = 'decision-register/sync';
const syncPull = () => fake.state(REPO).pulls.find((p) => p.headRef === SYNC && p.state === 'open');
const syncDiff = () =>
  createTwoFilesPatch(
    `a/${PATH}`,
    `b/${PATH}`,
    fake.readFile(REPO, 'main', PATH) ?? '',
    fake.readFile(REPO, SYNC, PATH) ?? '',
    'main',
    SYNC,
    { context: 1 },
  );
const issueOf = (id: string) =>
  fake.state(REPO).issues.find((i) => !i.isPull && i.title.startsWith(`[${id}]`));
const action = (eventName: string, payload: object, sha: string) =>
  runActionProcess({
    apiUrl: fake.url,
    token: fake.token,
    eventName,
    payload,
    repository: REPO,
    sha,
    inputs: { today: TODAY },
  });

step(`6. The merge also opened the sync pull request: the issue numbers go back into the register`);
const opened = syncPull();
console.log(
  `#${opened?.number} from ${SYNC} (never the default branch), ${fake.state(REPO).issues.find((i) => i.number === opened?.number)?.title}:\n`,
);
console.log(indent(syncDiff().split('\n').slice(0, 24).join('\n')));

step('7. A push to main marks A1 done: its issue closes');
const a1 = issueOf('A1');
const markedDone = (fake.readFile(REPO, 'main', PATH) ?? '').replace(
  /(id: A1,\n(?:.*\n)*?\s*status: )open/,
  '$1done',
);
const beforePush = fake.state(REPO).refs['refs/heads/main'] ?? '';
const pushSha = fake.commit(REPO, { [PATH]: markedDone }, { branch: 'main', message: 'A1 is done' });
await action(
  'push',
  pushPayload({ owner: OWNER, repo: NAME, baseSha: beforePush, headSha: pushSha }),
  pushSha,
);
const closed = fake.state(REPO).issues.find((i) => i.number === a1?.number);
console.log(`  #${closed?.number} ${closed?.title} → ${closed?.state} (${closed?.stateReason})`);
const note = fake
  .state(REPO)
  .comments.filter((c) => c.issueNumber === closed?.number)
  .at(-1);
console.log(indent(note?.body.split('\n')[0] ?? ''));

step('8. Someone closes the issue of A2 on GitHub: the sync pull request says so');
const a2 = issueOf('A2');
fake.closeIssue(REPO, a2?.number ?? 0);
await action(
  'issues',
  issuesPayload('closed', { owner: OWNER, repo: NAME, number: a2?.number ?? 0, user: 'abello' }),
  pushSha,
);
const updated = syncPull();
console.log(
  `The same pull request #${updated?.number} (${fake.state(REPO).pulls.filter((p) => p.headRef === SYNC).length} in all), rebuilt on the new main. Its diff:\n`,
);
console.log(indent(syncDiff()));
fake.assertNoViolations();
console.log(`\nEvery one of the ${fake.requestCount} requests matched GitHub's OpenAPI description.`);
await fake.close();

step('9. The status dashboard');
const out = resolve('node_modules/.cache/decision-register/demo-dashboard');
cli('dashboard', 'fixtures/examples/operationalization-review.yml', '--out', out, '--today', TODAY);
console.log(`\nOpen ${out}/index.html in a browser, or read ${out}/STATUS.md.`);
