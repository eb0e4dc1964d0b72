// #11 point 5: requests are checked against GHES 3.17's description too, where it has the operation.
import { describe, expect, it } from 'vitest';
import { ContractValidator } from '../index.js';

const request = (body: unknown) => ({
  method: 'POST',
  query: {},
  headers: { 'content-type': 'application/json' },
  body,
});

describe('GHES 3.17 contract', () => {
  it('validates a request against GHES as well as api.github.com, and names GHES in what it reports', async () => {
    const contract = await ContractValidator.create();
    const match = await contract.match('POST', '/repos/acme/decisions/issues');
    if (!match) throw new Error('issues/create not matched');
    expect(await contract.validateRequest(match, request({ title: 'ok' }))).toEqual([]);
    expect(await contract.ghesProblems(match, request({ title: 'ok' }))).toEqual([]);
    // Control: GHES's own check fails on a body it rejects, and says it was GHES.
    const ghes = await contract.ghesProblems(match, request({ title: 'ok', labels: 'not-a-list' }));
    expect(ghes).toEqual(['GHES 3.17: body/labels must be array']);
    // Both say the same; it is reported once.
    expect(await contract.validateRequest(match, request({ title: 'ok', labels: 'not-a-list' }))).toEqual([
      'body/labels must be array',
    ]);
  });

  it('skips operations GHES 3.17 lacks (sub-issues, dependencies), which the tool must fall back from', async () => {
    const contract = await ContractValidator.create();
    expect(await contract.onGhes('issues/create')).toBe(true);
    expect(await contract.onGhes('issues/update')).toBe(true);
    for (const op of ['issues/add-sub-issue', 'issues/list-sub-issues', 'issues/add-blocked-by-dependency'])
      expect(await contract.onGhes(op)).toBe(false);
    const match = await contract.match('POST', '/repos/acme/decisions/issues/1/sub_issues');
    if (!match) throw new Error('issues/add-sub-issue not matched');
    expect(await contract.ghesProblems(match, request({ sub_issue_id: 1 }))).toBeUndefined();
    expect(await contract.validateRequest(match, request({ sub_issue_id: 'one' }))).toEqual([
      'body/sub_issue_id must be integer',
    ]);
  });
});
