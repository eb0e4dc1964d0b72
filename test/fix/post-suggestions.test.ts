// postSuggestions against the GitHub fake (requests validated against GitHub's OpenAPI, review
// lines checked against the PR's hunks as GitHub does): multi-line start_line/line on the wire,
// a changed body updated in place, a moved suggestion deleted and posted anew, and a line outside
// the hunk refused by GitHub (422) coming back for the sticky comment without failing.
import { afterEach, describe, expect, it } from 'vitest';
import { postSuggestions } from '../../src/flows/review/post-suggestions.js';
import { createOctokitPort } from '../../src/github/octokit/octokit-port.js';
import { authoredBy } from '../../src/github/sticky-comment.js';
import type { Suggestion } from '../../src/plan/fixes/plan-suggestions.js';
import { type GitHubFake, startGitHubFake } from '../github-fake/index.js';
import { createFakeOctokit } from '../github-fake/octokit.js';
import { makeFinding } from '../render/make-finding.js';

const REPO = 'acme/decisions';
const PATH = 'decisions/r.yml';
const quiet = { info: () => {}, notice: () => {}, warning: () => {}, debug: () => {} };
const isOurs = authoredBy('github-actions[bot]');
let fake: GitHubFake | undefined;

afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
});

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);
const BASE = [...lines(12), ''].join('\n');

/** A PR whose head changes lines `changed` of a 12-line file: one hunk around them. */
async function pullChanging(changed: number[]) {
  fake = await startGitHubFake({ repos: [REPO] });
  const head = lines(12).map((l, i) => (changed.includes(i + 1) ? `${l} changed` : l));
  const baseSha = fake.commit(REPO, { [PATH]: BASE });
  const headSha = fake.commit(REPO, { [PATH]: [...head, ''].join('\n') }, { parent: baseSha, branch: 'b' });
  const number = fake.addPull(REPO, { headSha, baseSha, headRef: 'b' });
  const port = createOctokitPort(createFakeOctokit(fake), { owner: 'acme', repo: 'decisions' });
  return { fake, port, pull: { number, headSha } };
}

function suggestion(
  startLine: number,
  line: number,
  message = 'Decision D1 has two lines to fix',
): Suggestion {
  const finding = makeFinding({
    file: PATH,
    line: startLine,
    rule: 'owner-unknown',
    message,
    fix: { description: 'Fix both', edits: [] },
  });
  return {
    path: PATH,
    startLine,
    line,
    lines: ['fixed a', 'fixed b'],
    findings: [finding],
    key: `${PATH}\nD1`,
  };
}

const ours = (f: GitHubFake) =>
  f.state(REPO).reviewComments.filter((c) => c.user.login === 'github-actions[bot]');

describe('postSuggestions', () => {
  it('posts a multi-line suggestion with start_line and line on the RIGHT side', async () => {
    const { fake, port, pull } = await pullChanging([5, 6]);
    const outcome = await postSuggestions(port, pull, [suggestion(5, 6)], isOurs, quiet);
    expect(outcome).toMatchObject({ created: 1, fallback: [] });
    const sent = fake.log.find((e) => e.operationId === 'pulls/create-review')!.body as {
      comments: Array<Record<string, unknown>>;
    };
    expect(sent.comments[0]).toMatchObject({
      path: PATH,
      start_line: 5,
      start_side: 'RIGHT',
      line: 6,
      side: 'RIGHT',
    });
    expect(ours(fake).map((c) => [c.startLine, c.line])).toEqual([[5, 6]]);
    expect(ours(fake)[0]!.body).toContain('```suggestion\nfixed a\nfixed b\n```');
  });

  it('updates a changed body in place, and deletes and re-posts a suggestion that moved', async () => {
    const { fake, port, pull } = await pullChanging([5, 6, 7]);
    await postSuggestions(port, pull, [suggestion(5, 6)], isOurs, quiet);
    const [first] = ours(fake);

    const reworded = await postSuggestions(port, pull, [suggestion(5, 6, 'Reworded')], isOurs, quiet);
    expect(reworded).toMatchObject({ created: 0, updated: 1, deleted: 0, kept: 0 });
    expect(ours(fake).map((c) => c.id)).toEqual([first!.id]);
    expect(ours(fake)[0]!.body).toContain('Reworded');

    const moved = await postSuggestions(port, pull, [suggestion(6, 7, 'Reworded')], isOurs, quiet);
    expect(moved).toMatchObject({ created: 1, updated: 0, deleted: 1, kept: 0 });
    expect(ours(fake).map((c) => [c.id === first!.id, c.startLine, c.line])).toEqual([[false, 6, 7]]);
    expect(fake.countBy('pulls/create-review')).toBe(2);

    const again = await postSuggestions(port, pull, [suggestion(6, 7, 'Reworded')], isOurs, quiet);
    expect(again).toMatchObject({ created: 0, updated: 0, deleted: 0, kept: 1 });
  });

  it('gives back a suggestion GitHub refuses for a line outside the hunk (422), without failing', async () => {
    const { fake, port, pull } = await pullChanging([2]);
    const outside = suggestion(11, 12);
    const outcome = await postSuggestions(port, pull, [outside], isOurs, quiet);
    expect(outcome).toMatchObject({ created: 0, fallback: [outside] });
    expect(fake.log.find((e) => e.operationId === 'pulls/create-review')?.status).toBe(422);
    expect(ours(fake)).toEqual([]);
  });
});
