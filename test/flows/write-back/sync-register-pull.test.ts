import { afterEach, describe, expect, it } from 'vitest';
import { type GitHubFake, secondaryRateLimit } from '../../github-fake/index.js';
import { BOT, type Harness, harness, PATH, REPO, syncState } from './sync-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  h?.fake.assertNoViolations();
  await h?.fake.close();
  h = undefined;
});

const close = (fake: GitHubFake, number: number) => fake.closeIssue(REPO, number);

describe('syncRegisterPull', () => {
  it('opens one pull request from decision-register/sync that ticks the closed item and writes every number back', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    const out = await h.sync();
    const s = syncState(h.fake);
    expect(s.open).toHaveLength(1);
    expect(out.pull).toMatchObject({ number: s.open[0]?.number, created: true });
    expect(s.text).toContain(`- [x] Draft the workload order @praman (#${h.issue.draft})\n`);
    expect(s.text).toContain(`- [ ] Book the readiness review @dkim (#${h.issue.book})\n`);
    expect(s.text).toContain(`| O1 | Program plan | @lortg | open   | #${h.issue.plan}    |\n`);
    // The default branch is never written to.
    expect(s.main).not.toContain('(#');
    const issue = h.fake.state(REPO).issues.find((i) => i.number === s.open[0]?.number);
    expect(issue?.user.login).toBe(BOT);
    expect(issue?.body).toContain('status → **done**');
  });

  it('updates its pull request while it is open, and a repeated run changes nothing', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    await h.sync();
    close(h.fake, h.issue.book);
    await h.sync();
    let s = syncState(h.fake);
    expect(s.pulls).toHaveLength(1);
    expect(s.text).toContain(`- [x] Book the readiness review @dkim (#${h.issue.book})`);
    h.requests();
    const before = h.fake.state(REPO).refs['refs/heads/decision-register/sync'];
    await h.sync(); // a redelivered webhook
    s = syncState(h.fake);
    expect(s.pulls).toHaveLength(1);
    expect(h.fake.state(REPO).refs['refs/heads/decision-register/sync']).toBe(before);
    expect(h.requests().filter((r) => !r.startsWith('GET'))).toEqual(['POST git/create-tree']);
  });

  it('rebuilds on the default branch when the register moved, keeping what a person typed there', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    await h.sync();
    const edited = (h.fake.readFile(REPO, 'main', PATH) ?? '').replace(
      '## Next actions',
      '## Next actions\n\nAdded by a person.',
    );
    h.fake.commit(REPO, { [PATH]: edited });
    await h.sync();
    const s = syncState(h.fake);
    expect(s.open).toHaveLength(1);
    expect(s.text).toContain('Added by a person.');
    expect(s.text).toContain('- [x] Draft the workload order @praman');
    const tip = h.fake.state(REPO).refs['refs/heads/decision-register/sync'];
    const commit = h.fake.state(REPO).commits.find((c) => c.sha === tip);
    expect(commit?.parents).toEqual([h.fake.state(REPO).refs['refs/heads/main']]);
  });

  it('never overwrites a commit someone else pushed to the sync branch', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    await h.sync();
    const mine = `${h.fake.readFile(REPO, 'decision-register/sync', PATH)}\nTyped on the branch.\n`;
    h.fake.commit(REPO, { [PATH]: mine }, { branch: 'decision-register/sync', message: 'a person' });
    close(h.fake, h.issue.book);
    const lines: string[] = [];
    await h.sync(lines);
    expect(syncState(h.fake).text).toContain('Typed on the branch.');
    expect(lines.join('\n')).toMatch(/has a commit this tool did not make/);
  });

  it('closes its pull request when nothing is left to write back', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    await h.sync();
    const fixed = syncState(h.fake).text ?? '';
    h.fake.commit(REPO, { [PATH]: fixed }); // a person merged the same edits by hand
    await h.sync();
    expect(syncState(h.fake).open).toHaveLength(0);
  });

  it('reports a hand-written number of someone else’s issue or a pull request, and never touches it', async () => {
    h = await harness();
    const theirs = h.fake.addIssue(REPO, { title: 'Not ours', user: 'octocat' });
    const register = (h.fake.readFile(REPO, 'main', PATH) ?? '').replace('@praman', `@praman (#${theirs})`);
    h.fake.commit(REPO, { [PATH]: register });
    const lines: string[] = [];
    await h.sync(lines);
    expect(lines.join('\n')).toContain(`names #${theirs}, which is not a follow-up issue this tool opened`);
    expect(syncState(h.fake).text).toContain(`@praman (#${theirs})\n`);
    expect(h.fake.log.some((e) => e.method !== 'GET' && e.path.endsWith(`/issues/${theirs}`))).toBe(false);
  });

  it('writes nothing with write_back: off (control: the same repository with it on does)', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    h.requests();
    expect(await h.sync([], 'off')).toEqual({ skipped: 'write_back is off' });
    expect(h.requests()).toEqual([]);
    const on = await h.sync();
    // Numbers alone are worth a pull request: all three items get theirs.
    expect(on.plan?.changes).toHaveLength(3);
    expect(syncState(h.fake).open).toHaveLength(1);
  });
});

describe('syncRegisterPull, exactly once under faults', () => {
  it('two concurrent runs open one pull request with every state', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    close(h.fake, h.issue.book);
    await Promise.all([h.sync(), h.sync()]);
    const s = syncState(h.fake);
    expect(s.pulls).toHaveLength(1);
    expect(s.text).toContain('- [x] Draft the workload order');
    expect(s.text).toContain('- [x] Book the readiness review');
  });

  it('a 502 after the pull request was made (lost answer) still leaves one', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    const fault = h.fake.inject({ operationId: 'pulls/create', status: 502, thenApply: true });
    const out = await h.sync();
    expect(fault.fired).toBe(1);
    expect(syncState(h.fake).pulls).toHaveLength(1);
    expect(out.pull?.number).toBe(syncState(h.fake).pulls[0]?.number);
  });

  it('a run killed after moving the branch is finished by the re-run', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    h.fake.inject({ operationId: 'pulls/create', reset: true, times: Infinity });
    await expect(h.sync()).rejects.toThrow();
    expect(syncState(h.fake).pulls).toHaveLength(0);
    h.fake.clearFaults();
    await h.sync();
    await h.sync();
    expect(syncState(h.fake).pulls).toHaveLength(1);
  });

  it('a secondary rate limit mid-run (after the branch moved) fails it; the re-run makes one pull request', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    // The branch is moved, then opening the pull request is refused (403, retry-after).
    const fault = h.fake.inject(secondaryRateLimit({ operationId: 'pulls/create' }));
    await expect(h.sync()).rejects.toThrow(/secondary rate limit/);
    expect(fault.fired).toBe(1);
    expect(syncState(h.fake).pulls).toHaveLength(0);
    expect(syncState(h.fake).text).toContain('- [x] Draft');
    h.fake.clearFaults();
    await h.sync();
    await h.sync();
    expect(syncState(h.fake).pulls).toHaveLength(1);
  });

  it('a 5xx on moving the branch fails the run; the re-run makes one pull request', async () => {
    h = await harness();
    close(h.fake, h.issue.draft);
    h.fake.inject({ operationId: 'git/create-ref', status: 500, times: Infinity, thenApply: true });
    await expect(h.sync()).rejects.toThrow();
    h.fake.clearFaults();
    await h.sync();
    expect(syncState(h.fake).pulls).toHaveLength(1);
    expect(syncState(h.fake).text).toContain('- [x] Draft');
  });
});
