// The app's `issues` webhook (closed / reopened) against the GitHub fake playing the App: the
// sync pull request from decision-register/sync, only for follow-up issues the app opened.
import { afterEach, describe, expect, it } from 'vitest';
import { markerFor } from '../../../src/plan/comment-marker.js';
import type { GitHubFake } from '../../github-fake/index.js';
import { issuesPayload } from '../../support/webhook-payloads.js';
import { startHarness } from '../probot-harness.js';
import { BOT_LOGIN, NAME, OWNER, REGISTER, REPO, registerYaml } from '../scenario.js';

let fake: GitHubFake | undefined;
afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

const YAML = registerYaml([
  'actions:',
  '  - id: A1',
  '    title: Draft the rota # from the meeting',
  '    status: open',
  '    owner: Ana',
  '  - id: A2',
  '    title: Book the room',
  '    status: open',
  '    owner: Ben',
]);

async function setUp(author = BOT_LOGIN) {
  const h = await startHarness();
  fake = h.fake;
  h.fake.commit(REPO, { [REGISTER]: YAML });
  const a1 = h.fake.addIssue(REPO, {
    title: '[A1] Draft the rota',
    body: `…\n${markerFor('followup', `${REGISTER}#A1`)}`,
    user: author,
  });
  h.fake.closeIssue(REPO, a1);
  const deliver = (action: 'closed' | 'reopened', id: string, sender = 'ana') =>
    h.probot.receive({
      id,
      name: 'issues',
      payload: issuesPayload(action, { owner: OWNER, repo: NAME, number: a1, author, user: sender }),
    } as never);
  return { h, a1, deliver };
}

const syncPulls = (f: GitHubFake) =>
  f.state(REPO).pulls.filter((p) => p.headRef === 'decision-register/sync');

describe('issues webhook (write-back)', () => {
  it('opens one sync pull request setting the item done and writing issue: N, comments kept; a redelivery adds nothing', async () => {
    const { h, a1, deliver } = await setUp();
    await deliver('closed', 'd-1');
    const text = h.fake.readFile(REPO, 'decision-register/sync', REGISTER) ?? '';
    expect(text).toContain(
      `    title: Draft the rota # from the meeting\n    status: done\n    owner: Ana\n    issue: ${a1}\n`,
    );
    expect(syncPulls(h.fake)).toHaveLength(1);
    expect(h.fake.state(REPO).issues.find((i) => i.number === syncPulls(h.fake)[0]?.number)?.user.login).toBe(
      BOT_LOGIN,
    );
    expect(h.fake.readFile(REPO, 'main', REGISTER)).toBe(YAML);
    await deliver('closed', 'd-2'); // a second delivery of the same change (new id)
    expect(syncPulls(h.fake)).toHaveLength(1);
  });

  it('ignores an issue someone else opened, without reading the repository', async () => {
    const { h, deliver } = await setUp('octocat');
    const before = h.fake.log.length;
    await deliver('closed', 'd-1');
    // Only learning who the app is (GET /app, once per process); nothing about the repository.
    expect(h.fake.log.slice(before).map((e) => e.operationId)).toEqual(['apps/get-authenticated']);
    expect(syncPulls(h.fake)).toHaveLength(0);
  });

  it('ignores a close the app made itself (the register said so already)', async () => {
    const { h, deliver } = await setUp();
    await deliver('closed', 'd-1', BOT_LOGIN);
    expect(syncPulls(h.fake)).toHaveLength(0);
  });
});
