// Suggested changes: the bundled Action (dist/index.js) posts certain fixes on the diff as one
// review, keeps them current across pushes without duplicates, leaves people's comments alone,
// and falls back to the sticky comment when GitHub refuses the review.
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubFake } from '../github-fake/index.js';
import { openPull, printRequests, pushToPull, REPO, runReview } from './action-harness.js';
import { cleanRegister } from './registers.js';

const PATH = 'decisions/2026-11-24-operationalization.yml';
const MARKER = '<!-- decision-register:review -->';
let fake: GitHubFake | undefined;

afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

/** D1's owner written as a name: `Dana` is attendee Dana Kim, so the fix is `"@dkim"`. */
const byName = (register: string) =>
  register.replace('    owner: "@dkim"\n    due: 2026-12-08', '    owner: Dana\n    due: 2026-12-08');

describe('suggested changes on a pull request', () => {
  it('posts one review with a suggestion, keeps it on later runs, deletes it once fixed, leaves people alone', async () => {
    const pr = await openPull({ [PATH]: cleanRegister() }, { [PATH]: byName(cleanRegister()) });
    fake = pr.fake;
    const human = fake.addReviewComment(REPO, pr.number, {
      path: PATH,
      line: 10,
      body: '<!-- decision-register:suggestion:0000 --> I copied the marker',
      user: 'octocat',
    });
    const first = await runReview(pr);
    printRequests('suggestion posted', fake);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const state = fake.state(REPO);
    expect(state.reviews.filter((r) => r.user.login === 'github-actions[bot]')).toHaveLength(1);
    const ours = state.reviewComments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ path: PATH, line: 11, startLine: null });
    expect(ours[0]!.body).toContain('```suggestion\n    owner: "@dkim"\n```');
    expect(ours[0]!.body).toContain('`owner-unknown`');

    // A push elsewhere: the same suggestion stays, no second review.
    pushToPull(pr, {
      [PATH]: byName(cleanRegister()).replace('title: Draft workload order', 'title: Draft the order'),
    });
    const second = await runReview(pr);
    expect(second.code).toBe(0);
    expect(fake.countBy('pulls/create-review')).toBe(1);
    expect(fake.state(REPO).reviewComments.map((c) => c.id)).toEqual([human, ours[0]!.id]);

    // The author applies the fix: the suggestion goes, the person's comment stays.
    pushToPull(pr, { [PATH]: cleanRegister() });
    const third = await runReview(pr);
    expect(third.code).toBe(0);
    expect(fake.state(REPO).reviewComments.map((c) => c.id)).toEqual([human]);
    expect(fake.countBy('pulls/delete-review-comment')).toBe(1);
  });

  it('lists the fix in the sticky comment when GitHub refuses the review (422), and still passes', async () => {
    const pr = await openPull({ [PATH]: cleanRegister() }, { [PATH]: byName(cleanRegister()) });
    fake = pr.fake;
    fake.inject({ operationId: 'pulls/create-review', status: 422, times: Infinity });
    const run = await runReview(pr);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(fake.state(REPO).reviewComments).toEqual([]);
    const [comment] = fake.state(REPO).comments.filter((c) => c.body.includes(MARKER));
    expect(comment!.body).toContain('### Fixes outside this diff');
    expect(comment!.body).toContain('```diff\n-    owner: Dana\n+    owner: "@dkim"\n```');
  });

  it('lists a fix on a line outside the diff in the sticky comment, sending GitHub no review to refuse', async () => {
    // The owner name is already in the base: the PR only renames an output far below it, and
    // filter-mode file reports the whole changed register.
    const before = byName(cleanRegister());
    const pr = await openPull(
      { [PATH]: before },
      { [PATH]: before.replace('title: Readiness checklist', 'title: Readiness list') },
    );
    fake = pr.fake;
    const run = await runReview(pr, { inputs: { 'filter-mode': 'file' } });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(fake.countBy('pulls/create-review')).toBe(0);
    expect(fake.log.filter((e) => e.status === 422)).toEqual([]);
    expect(fake.state(REPO).reviewComments).toEqual([]);
    const [comment] = fake.state(REPO).comments.filter((c) => c.body.includes(MARKER));
    expect(comment!.body).toContain('### Fixes outside this diff');
    expect(comment!.body).toContain('```diff\n-    owner: Dana\n+    owner: "@dkim"\n```');
  });

  it('posts no review with suggestions: false', async () => {
    const pr = await openPull({ [PATH]: cleanRegister() }, { [PATH]: byName(cleanRegister()) });
    fake = pr.fake;
    const run = await runReview(pr, { inputs: { suggestions: 'false' } });
    expect(run.code).toBe(0);
    expect(fake.countBy('pulls/create-review')).toBe(0);
    expect(fake.countBy('pulls/list-review-comments')).toBe(0);
  });
});
