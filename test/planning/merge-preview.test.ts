// #11 point 7: the sticky PR comment lists what the merge will do to follow-up issues, before it
// happens — and the merge then does exactly that.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/flows/logger.js';
import { reviewPullRequest } from '../../src/flows/review/review-pull-request.js';
import { authoredBy } from '../../src/github/sticky-comment.js';
import { planMergePreview } from '../../src/plan/planning/plan-merge-preview.js';
import { FILE, itemIssue, planningRegister, REPO, scenario } from './planning-harness.js';

const edited = (t: string) =>
  t
    .replace('due: 2026-12-02, status: open, decision: D2', 'due: 2026-12-02, status: done, decision: D2')
    .replace('due: 2026-12-01, status: open, decision: D1', 'due: 2026-12-03, status: open, decision: D1')
    .replace(/ {2}- \{ id: O3,[^\n]*\n/, '')
    .replace(
      'actions:\n',
      'actions:\n  - { id: A4, title: Write the runbook, owner: "@dkim", due: 2026-12-09, status: open }\n',
    );

describe('merge preview in the sticky comment', { timeout: 60_000 }, () => {
  it('lists open / update / close with issue numbers, and the merge does exactly that', async ({
    onTestFinished,
  }) => {
    const s = await scenario(onTestFinished, { config: 'tracking_issue: true\n', project: false });
    await s.run(s.push(planningRegister()));
    const main = s.fake.state(REPO).refs['refs/heads/main'] as string;
    const head = s.fake.commit(REPO, { [FILE]: planningRegister(edited) }, { parent: main, branch: 'notes' });
    const number = s.fake.addPull(REPO, { headSha: head, baseSha: main, headRef: 'notes' });
    const review = await reviewPullRequest({
      port: s.port,
      repo: { owner: 'acme', repo: 'decisions', serverUrl: s.fake.url },
      pull: { number, headSha: head, baseSha: main },
      config: s.config,
      filterMode: 'added',
      today: '2026-11-25',
      mentionOwners: false,
      dryRun: false,
      isOurs: authoredBy('github-actions[bot]'),
      log: silentLogger,
      followUps: { issuesFor: 'both', login: 'github-actions[bot]' },
    });
    const [a1, a2, o3] = ['A1', 'A2', 'O3'].map((id) => itemIssue(s.fake, id).number);
    const body = review.commentBody;
    const file = FILE; // cells escape '#' and brackets
    expect(body).toContain('### 📋 When this is merged: 1 open, 1 update, 2 close');
    expect(body).toContain(`| ${file}\\#A4 | new | open: \\[A4\\] Write the runbook (due 2026-12-09) |`);
    expect(body).toContain(`| ${file}\\#A1 | #${a1} | update (title, owner or due) |`);
    expect(body).toContain(`| ${file}\\#A2 | #${a2} | close as completed (done) |`);
    expect(body).toContain(`| ${file}\\#O3 | #${o3} | close as not planned (removed from the register) |`);
    expect(s.fake.state(REPO).comments.some((c) => c.body.includes('When this is merged'))).toBe(true);

    // The merge (a push of the same register) does what the comment said.
    const outcome = await s.run(s.push(planningRegister(edited)));
    expect(outcome.created.map((i) => i.key)).toEqual([`${FILE}#A4`]);
    expect(outcome.updated.map((i) => i.number)).toEqual([a1]);
    expect(outcome.closed.map((i) => [i.number, i.why]).sort()).toEqual(
      [
        [a2, 'done'],
        [o3, 'removed'],
      ].sort(),
    );
  });

  it('is empty when the merge changes no issue, and escapes item keys', () => {
    expect(
      planMergePreview({ steps: [], inSync: [], problems: [] }, { newTracking: [], trackingIssue: false }),
    ).toBe('');
    const text = planMergePreview(
      {
        steps: [
          {
            kind: 'update',
            key: 'd.md#~a | b <img src=x>',
            draft: {} as never,
            issue: { number: 3, url: '', title: '', body: '', state: 'open' },
            changes: ['title'],
          },
        ],
        inSync: [],
        problems: [],
      },
      { newTracking: [], trackingIssue: false },
    );
    expect(text).not.toContain('<img');
    expect(text).not.toContain('a | b');
  });
});
