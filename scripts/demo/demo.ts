// `npm start`: the main job on the bundled examples, with no GitHub. The CLI report, then a meeting
// pull request replayed through the real Action (dist/index.js under Node 24) against the local
// GitHub stand-in: the review comment and annotations, a fixing push, the merge's follow-up
// issues and a re-run that opens none, and the example dashboard.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startGitHubFake } from '../../test/github-fake/index.js';
import { type ActionRun, runActionProcess } from '../../test/support/run-action.js';
import { pullRequestPayload } from '../../test/support/webhook-payloads.js';

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
fake.assertNoViolations();
console.log(`\nEvery one of the ${fake.requestCount} requests matched GitHub's OpenAPI description.`);
await fake.close();

step('6. The status dashboard');
const out = resolve('node_modules/.cache/decision-register/demo-dashboard');
cli('dashboard', 'fixtures/examples/operationalization-review.yml', '--out', out, '--today', TODAY);
console.log(`\nOpen ${out}/index.html in a browser, or read ${out}/STATUS.md.`);
