// The bundled Action (dist/index.js) under Node 24 on pull_request events, against the
// OpenAPI-checked GitHub fake. Each scenario asserts the fake's final state, the exit code, the
// annotations, GITHUB_OUTPUT and the job summary, and prints its request count.
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubFake } from '../github-fake/index.js';
import { secondaryRateLimit } from '../github-fake/index.js';
import { openPull, printRequests, pushToPull, REPO, runReview } from './action-harness.js';
import { brokenRegister, cleanRegister, noisyRegister } from './registers.js';

const PATH = 'decisions/2026-11-24-operationalization.yml';
const MARKER = '<!-- decision-register:review -->';
let fake: GitHubFake | undefined;

afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

const reviewComments = (f: GitHubFake) => f.state(REPO).comments.filter((c) => c.body.includes(MARKER));

describe('the Action on a pull request', () => {
  it('clean PR: passes, posts an all-clear comment, sets outputs', async () => {
    const pr = await openPull({ 'README.md': 'hi\n' }, { [PATH]: cleanRegister() });
    fake = pr.fake;
    const run = await runReview(pr, { action: 'opened' });
    printRequests('clean PR', fake);

    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.outputs.errors).toBe('0');
    expect(run.outputs.warnings).toBe('0');
    const comments = reviewComments(fake);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('all clear');
    expect(run.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${comments[0]!.id}$`));
    expect(run.findingsJson).toMatchObject({
      version: 1,
      summary: { files: 1, errors: 0, warnings: 0 },
      findings: [],
    });
    // list-files + 2 reads (head, base: absent) + config + list comments + create + re-list.
    expect(fake.countBy('pulls/list-files')).toBe(1);
    expect(fake.countBy('search/issues-and-pull-requests')).toBe(0);
  });

  it('PR with errors: fails, annotates the lines, comments with a table, then a fixing push clears the same comment', async () => {
    const pr = await openPull({ [PATH]: cleanRegister() }, { [PATH]: brokenRegister() });
    fake = pr.fake;
    const first = await runReview(pr);
    printRequests('PR with errors', fake);

    expect(first.code).toBe(1);
    expect(first.failure).toMatch(/2 error/);
    expect(first.outputs.errors).toBe('2');
    const errors = first.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => [a.file, a.line, a.title?.split(' ')[0]])).toEqual([
      [PATH, 11, 'owner-vague'],
      [PATH, 20, 'due-missing'],
    ]);
    const [comment] = reviewComments(fake);
    expect(comment!.body).toContain('owner-vague');
    expect(comment!.body).toContain(`blob/${pr.headSha}/decisions/2026-11-24-operationalization.yml#L11`);
    expect(first.summary).toContain('due-missing');

    const before = fake.log.length;
    pushToPull(pr, { [PATH]: cleanRegister() });
    const second = await runReview(pr);
    printRequests('push that fixes them', fake, before);
    expect(second.code).toBe(0);
    const after = reviewComments(fake);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(comment!.id);
    expect(after[0]!.body).toContain('all clear');
    expect(fake.countBy('issues/update-comment')).toBe(1);
  });

  it('runs the same review on pull_request_target, reading the config from the base', async () => {
    const config = 'rules:\n  owner-vague: warning\n';
    const pr = await openPull(
      { '.github/decision-register.yml': config },
      // The PR tries to switch the rule off; the base's config judges it.
      {
        [PATH]: brokenRegister(),
        '.github/decision-register.yml': 'rules:\n  owner-vague: off\n  due-missing: off\n',
      },
    );
    fake = pr.fake;
    const run = await runReview(pr, { eventName: 'pull_request_target' });
    expect(run.code).toBe(1);
    expect(run.outputs.errors).toBe('1');
    expect(run.outputs.warnings).toBe('1');
    expect(run.annotations.map((a) => [a.level, a.title?.split(' ')[0]])).toEqual([
      ['error', 'due-missing'],
      ['warning', 'owner-vague'],
    ]);
    expect(reviewComments(fake)).toHaveLength(1);
  });

  it('reads unchanged registers when the PR adds ids, and reports an id taken elsewhere', async () => {
    const other = 'decisions/2026-10-01-kickoff.yml';
    const pr = await openPull(
      { [other]: cleanRegister({ prefix: 'K' }).replace('id: KD1', 'id: D1') },
      { [PATH]: cleanRegister() },
    );
    fake = pr.fake;
    const run = await runReview(pr);
    printRequests('new ids, one unchanged register', fake);
    expect(run.code).toBe(1);
    expect(run.annotations.map((a) => [a.file, a.title?.split(' ')[0]])).toEqual([[PATH, 'id-duplicate']]);
    expect(fake.countBy('git/get-tree')).toBe(1);
    expect(fake.countBy('git/get-blob')).toBe(1);
  });

  it('two concurrent runs on one PR leave exactly one comment', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    const [a, b] = await Promise.all([runReview(pr), runReview(pr)]);
    printRequests('concurrent double run', fake);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(reviewComments(fake)).toHaveLength(1);
  });

  it('fork PR with a read-only token: explains, still annotates and fails, never crashes', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() }, { readOnly: true });
    fake = pr.fake;
    const run = await runReview(pr);
    printRequests('fork PR, read-only token', fake);
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(2);
    expect(run.annotations.some((a) => a.level === 'notice' && /pull_request_target/.test(a.message))).toBe(
      true,
    );
    expect(run.summary).toContain('owner-vague');
    expect(reviewComments(fake)).toHaveLength(0);
    // The only place the token may appear is the runner's own mask command.
    const logged = (run.stdout + run.stderr).replace(/^::add-mask::.*$/m, '');
    expect(logged).not.toContain(fake.token);
  });

  it('retries a 502 and a secondary rate limit with retry-after, then succeeds', async () => {
    const pr = await openPull({}, { [PATH]: cleanRegister() });
    fake = pr.fake;
    const bad = fake.inject({ operationId: 'pulls/list-files', status: 502 });
    const limited = fake.inject({ operationId: 'issues/create-comment', ...secondaryRateLimit() });
    const run = await runReview(pr);
    printRequests('502 then success + secondary rate limit', fake);
    expect(run.code, run.stdout).toBe(0);
    expect(bad.fired).toBe(1);
    expect(limited.fired).toBe(1);
    expect(fake.countBy('pulls/list-files')).toBe(2);
    expect(reviewComments(fake)).toHaveLength(1);
  });

  it('a comment deleted meanwhile is replaced by a new one', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    await runReview(pr);
    const [first] = reviewComments(fake);
    // The next run finds it; someone deletes it while the update is on its way (a 404).
    const slow = fake.inject({ operationId: 'issues/update-comment', delayMs: 1000 });
    pushToPull(pr, { [PATH]: cleanRegister() });
    const running = runReview(pr);
    while (slow.seen === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.deleteComment(first!.id)).toBe(true);
    const run = await running;
    printRequests('deleted comment', fake);
    expect(run.code, run.stdout).toBe(0);
    const after = reviewComments(fake);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(first!.id);
    expect(after[0]!.body).toContain('all clear');
  });

  it('paginates 250 changed files, of which 3 are registers', async () => {
    const head: Record<string, string> = {};
    for (let i = 0; i < 247; i++) head[`docs/page-${i}.md`] = `# Page ${i}\n`;
    head['decisions/a.yml'] = cleanRegister({ prefix: 'a' });
    head['decisions/b.yml'] = cleanRegister({ prefix: 'b' });
    head['team/q4.decisions.md'] = '# Q4 decisions\n\nNothing decided yet.\n';
    const pr = await openPull({}, head);
    fake = pr.fake;
    const run = await runReview(pr);
    const total = printRequests('250 files, 3 registers', fake);
    expect(run.code, run.stdout).toBe(0);
    expect(fake.countBy('pulls/list-files')).toBe(3);
    expect(run.outputs.errors).toBe('0');
    expect(run.findingsJson).toMatchObject({ summary: { files: 3 } });
    // 3 list pages + config + 3×(head + base) + 3 comment calls + 1 issue listing (the merge
    // preview): nothing for the 247 other files.
    expect(total).toBeLessThanOrEqual(3 + 1 + 6 + 3 + 1);
  });

  it('keeps the comment under 65,536 characters and points to the job summary', async () => {
    const pr = await openPull({}, { [PATH]: noisyRegister(1500) });
    fake = pr.fake;
    const run = await runReview(pr);
    printRequests('65,536-character overflow', fake);
    expect(run.code).toBe(1);
    const [comment] = reviewComments(fake);
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    expect(comment!.body).toMatch(/\d+ more findings? in the job summary/);
    expect(run.outputs.errors).toBe('1500');
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(run.summary).toMatch(/annotation/);
  });
});
