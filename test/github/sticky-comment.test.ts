// Only comments the tool wrote are ever edited, deleted or counted as its sticky comment: foreign
// comments carrying the hidden marker (another bot, a person, an edit, a quoted reply) stay as
// they are, against the GitHub fake through the production port.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../src/github/github-port.js';
import { authoredBy, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { markerFor } from '../../src/plan/comment-marker.js';
import { fakePort, REPO } from '../agenda/fake-port.js';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';

const MARKER = markerFor('review');
const US = 'github-actions[bot]';
const body = (text: string) => `${MARKER}\n## Decision register review\n\n${text}\n`;

let fake: GitHubFake;
let pull: number;
beforeEach(async () => {
  fake = await startGitHubFake({ repos: [REPO] });
  const sha = fake.commit(REPO, { 'README.md': 'hi\n' });
  pull = fake.addPull(REPO, { headSha: sha, baseSha: sha });
});
afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

const comments = () => fake.state(REPO).comments;
const byId = (id: number) => comments().find((c) => c.id === id);

/** Foreign comments of every kind that carry our marker, seeded before our run. */
function seedForeign(): Record<string, { id: number; body: string }> {
  const seeds: Record<string, string> = {
    'another bot': body('I am another app, pretending.'),
    'a person': `Copied from the bot:\n\n${body('please edit me')}`,
    'a quoted reply': `> ${MARKER}\n> ## Decision register review\n> 2 errors\n\nWhy is D3 an error?`,
  };
  const authors: Record<string, string> = {
    'another bot': 'other-app[bot]',
    'a person': 'mallory',
    'a quoted reply': 'dkim',
  };
  const seeded: Record<string, { id: number; body: string }> = {};
  for (const [kind, text] of Object.entries(seeds)) {
    seeded[kind] = { id: fake.addComment(REPO, pull, text, authors[kind]), body: text };
  }
  return seeded;
}

describe.each([
  ['our login is known', US],
  ['our login is unknown (learned from our own comment)', undefined],
])('sticky comment, %s', (_, login) => {
  it('leaves every foreign comment with the marker untouched and creates ours', async () => {
    const seeded = seedForeign();
    const foreign: Comment[] = [];
    const result = await upsertStickyComment(
      fakePort(fake),
      pull,
      MARKER,
      body('all clear'),
      authoredBy(login),
      {
        onForeign: (c) => foreign.push(...c),
      },
    );
    expect(result.action).toBe('created');
    for (const { id, body: text } of Object.values(seeded)) expect(byId(id)?.body).toBe(text);
    const ours = comments().filter((c) => c.user.login === US);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(body('all clear'));
    expect(foreign.map((c) => c.author).sort()).toEqual(['dkim', 'mallory', 'other-app[bot]']);
    expect(fake.countBy('issues/delete-comment')).toBe(0);
  });

  it('updates our own comment in place, also after a person edited it, and never a foreign edit', async () => {
    const port = fakePort(fake);
    const first = await upsertStickyComment(port, pull, MARKER, body('2 errors'), authoredBy(login));
    // Someone edits their own comment afterwards to carry the marker; another edits ours.
    const later = fake.addComment(REPO, pull, 'LGTM', 'mallory');
    fake.editComment(later, body('fake all clear'));
    fake.editComment(first.comment.id, body('tampered by a maintainer'));

    const second = await upsertStickyComment(port, pull, MARKER, body('1 error'), authoredBy(login));
    expect(second.comment.id).toBe(first.comment.id);
    expect(byId(first.comment.id)?.body).toBe(body('1 error'));
    expect(byId(later)?.body).toBe(body('fake all clear'));
    expect(comments().filter((c) => c.body.includes(MARKER))).toHaveLength(2);
  });

  it('never deletes a foreign comment as a "duplicate"', async () => {
    const port = fakePort(fake);
    const older = fake.addComment(REPO, pull, body('older, by another bot'), 'other-app[bot]');
    await upsertStickyComment(port, pull, MARKER, body('ours'), authoredBy(login));
    await upsertStickyComment(port, pull, MARKER, body('ours, again'), authoredBy(login));
    expect(byId(older)?.body).toBe(body('older, by another bot'));
    expect(
      comments()
        .filter((c) => c.user.login === US)
        .map((c) => c.body),
    ).toEqual([body('ours, again')]);
  });
});

describe('sticky comment left duplicated by a run that died mid-dedupe', () => {
  it.each([
    ['the body is unchanged', body('all clear')],
    ['the body changed', body('1 error')],
  ])('keeps our oldest, removes our newer ones, leaves a foreign one: %s', async (_, next) => {
    const oldest = fake.addComment(REPO, pull, body('all clear'), US);
    const foreign = fake.addComment(REPO, pull, body('all clear'), 'other-app[bot]');
    fake.addComment(REPO, pull, body('all clear'), US);
    fake.addComment(REPO, pull, body('all clear'), US);
    const result = await upsertStickyComment(fakePort(fake), pull, MARKER, next, authoredBy(US));
    expect(result).toMatchObject({ deduplicated: 2, comment: { id: oldest } });
    expect(comments().map((c) => [c.id, c.user.login, c.body])).toEqual([
      [oldest, US, next],
      [foreign, 'other-app[bot]', body('all clear')],
    ]);
  });
});

describe('sticky comment with an unknown login', () => {
  it('finds the comment of an earlier run again once our first write shows the login', async () => {
    const port = fakePort(fake);
    const first = await upsertStickyComment(port, pull, MARKER, body('2 errors'), authoredBy(US));
    const again = await upsertStickyComment(port, pull, MARKER, body('all clear'), authoredBy(undefined));
    expect(again.comment.id).toBe(first.comment.id);
    expect(again.action).toBe('updated');
    expect(comments().map((c) => c.body)).toEqual([body('all clear')]);
  });
});
