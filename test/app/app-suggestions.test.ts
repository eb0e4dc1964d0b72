// The App's pull-request review shares the Action's suggestion flow (on by default): a certain
// fix on a changed line is posted as one review of suggested changes by the App's bot, and a
// redelivery of the same event adds no second review.
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubFake } from '../github-fake/index.js';
import { startHarness } from './probot-harness.js';
import { BOT_LOGIN, cleanRegister, REPO, seedPull } from './scenario.js';

let fake: GitHubFake | undefined;
afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

// The owners directory maps Carla Diaz to @cdiaz, so `owner: Carla` has one certain fix.
const CONFIG = 'owners:\n  Carla Diaz: "@cdiaz"\n';
const byName = (register: string) =>
  register.replace('    owner: Ana\n    due: 2030-01-13', '    owner: Carla\n    due: 2030-01-13');

describe('suggested changes from the App', () => {
  it('posts one review with the suggestion as the App bot, and none again on a redelivery', async () => {
    const h = await startHarness();
    fake = h.fake;
    const after = byName(cleanRegister());
    expect(after).not.toBe(cleanRegister());
    const pull = seedPull(h.fake, { before: cleanRegister(), after, config: CONFIG });
    await h.probot.receive({ id: 'delivery-1', name: 'pull_request', payload: pull.payload } as never);

    const state = h.fake.state(REPO);
    expect(state.reviews.map((r) => r.user.login)).toEqual([BOT_LOGIN]);
    expect(state.reviewComments).toHaveLength(1);
    expect(state.reviewComments[0]).toMatchObject({
      path: 'decisions/2030-01-06.yml',
      user: { login: BOT_LOGIN },
    });
    expect(state.reviewComments[0]!.body).toContain('```suggestion\n    owner: "@cdiaz"\n```');

    await h.probot.receive({ id: 'delivery-2', name: 'pull_request', payload: pull.payload } as never);
    expect(h.fake.countBy('pulls/create-review')).toBe(1);
    expect(h.fake.state(REPO).reviewComments).toHaveLength(1);
  });
});
