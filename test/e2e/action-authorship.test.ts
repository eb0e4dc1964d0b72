// The bundled Action edits only its own sticky comment: comments by another bot or a person that
// carry its hidden marker are left alone and named in the log as foreign.
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubFake } from '../github-fake/index.js';
import { openPull, printRequests, REPO, runReview } from './action-harness.js';
import { brokenRegister } from './registers.js';

const PATH = 'decisions/2026-11-24-operationalization.yml';
const MARKER = '<!-- decision-register:review -->';
let fake: GitHubFake | undefined;

afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

describe('the Action and comments it did not write', () => {
  it('leaves foreign comments with its marker untouched, creates its own, then updates only that', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    const spoof = `${MARKER}\n## Decision register review\n\nAll clear, merge away.\n`;
    const bot = fake.addComment(REPO, pr.number, spoof, 'other-app[bot]');
    const person = fake.addComment(REPO, pr.number, `> ${MARKER}\n> quoted\n\nreply`, 'mallory');

    const run = await runReview(pr);
    printRequests('foreign comments with the marker', fake);
    expect(run.code, run.stdout).toBe(1);
    const state = fake.state(REPO).comments;
    expect(state.find((c) => c.id === bot)?.body).toBe(spoof);
    expect(state.find((c) => c.id === person)?.body).toBe(`> ${MARKER}\n> quoted\n\nreply`);
    const ours = state.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('owner-vague');
    expect(run.stdout).toMatch(
      new RegExp(
        `Ignored 2 foreign comment\\(s\\) carrying decision-register's marker \\(${bot} by other-app\\[bot\\], ${person} by mallory\\)`,
      ),
    );
    expect(fake.countBy('issues/update-comment')).toBe(0);
    expect(fake.countBy('issues/delete-comment')).toBe(0);

    // A second run finds its own comment again (and only it).
    await runReview(pr);
    expect(fake.state(REPO).comments.find((c) => c.id === bot)?.body).toBe(spoof);
    expect(fake.state(REPO).comments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
    expect(fake.countBy('issues/delete-comment')).toBe(0);
  });
});
