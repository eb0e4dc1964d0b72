// The Action's `issues` trigger: pickMode on real payloads (published examples, validated).
import { describe, expect, it } from 'vitest';
import { pickMode } from '../../../src/action/pick-mode.js';
import { issuesOpenedPayload, issuesPayload } from '../../support/webhook-payloads.js';

const params = { owner: 'acme', repo: 'reviews', number: 12 };
const pick = (payload: unknown, mode: 'auto' | 'review' = 'auto') =>
  pickMode(mode, 'issues', payload as Parameters<typeof pickMode>[2]);

describe('pickMode on issues events', () => {
  it('writes back on closed and reopened, naming the issue and its author', () => {
    expect(pick(issuesPayload('closed', params))).toEqual({
      kind: 'write-back',
      issue: { number: 12, author: 'github-actions[bot]', action: 'closed' },
    });
    expect(pick(issuesPayload('reopened', { ...params, author: 'octocat' }))).toMatchObject({
      kind: 'write-back',
      issue: { author: 'octocat', action: 'reopened' },
    });
  });

  it('skips other actions and other modes', () => {
    expect(pick(issuesOpenedPayload(params)).kind).toBe('skip');
    expect(pick(issuesPayload('closed', params), 'review').kind).toBe('skip');
  });
});
