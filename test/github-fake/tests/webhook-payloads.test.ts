import { verify } from '@octokit/webhooks-methods';
import { describe, expect, it } from 'vitest';
import {
  checkRunRerequestedPayload,
  issuesOpenedPayload,
  type PullRequestAction,
  pullRequestPayload,
  pushPayload,
  validateWebhook,
  webhookHeaders,
  workflowDispatchPayload,
} from '../../support/webhook-payloads.js';

const params = {
  owner: 'acme',
  repo: 'decisions',
  number: 7,
  headSha: 'a'.repeat(40),
  baseSha: 'b'.repeat(40),
  mergeSha: 'c'.repeat(40),
  installationId: 99,
};

describe('webhook payload builders', () => {
  it.each<PullRequestAction>(['opened', 'synchronize', 'reopened', 'ready_for_review', 'closed'])(
    'builds a consistent pull_request %s',
    (action) => {
      const payload = pullRequestPayload(action, params);
      expect(payload).toMatchObject({
        action,
        number: 7,
        installation: { id: 99 },
        repository: {
          full_name: 'acme/decisions',
          name: 'decisions',
          owner: { login: 'acme' },
          default_branch: 'main',
        },
        pull_request: {
          number: 7,
          merged: false,
          head: { sha: params.headSha, ref: 'feature', repo: { full_name: 'acme/decisions' } },
          base: { sha: params.baseSha, ref: 'main', repo: { full_name: 'acme/decisions' } },
        },
      });
      expect(payload.pull_request.html_url).toMatch(/\/acme\/decisions\/pull\/7$/);
      expect(JSON.stringify(payload)).not.toMatch(/Hello-World/);
    },
  );

  it('builds a merged pull_request closed with merge fields the examples lack', () => {
    const payload = pullRequestPayload('closed', { ...params, merged: true });
    expect(payload.pull_request).toMatchObject({
      state: 'closed',
      merged: true,
      merge_commit_sha: params.mergeSha,
    });
    expect(payload.pull_request.merged_at).toBe(payload.pull_request.closed_at);
    expect(payload.pull_request.merged_at).toEqual(expect.any(String));
  });

  it('builds a pull request from a fork', () => {
    const payload = pullRequestPayload('opened', { ...params, fork: true, user: 'mallory' });
    expect(payload.pull_request.head.repo).toMatchObject({
      full_name: 'mallory/decisions',
      fork: true,
      owner: { login: 'mallory' },
    });
    expect(payload.pull_request.head.label).toBe('mallory:feature');
    expect(payload.pull_request.base.repo?.full_name).toBe('acme/decisions');
    expect(payload.sender.login).toBe('mallory');
  });

  it('builds check_run rerequested, push, workflow_dispatch and issues opened', () => {
    const rerun = checkRunRerequestedPayload({ ...params, checkName: 'decision-register', appId: 4242 });
    expect(rerun.check_run).toMatchObject({
      head_sha: params.headSha,
      name: 'decision-register',
      app: { id: 4242 },
      pull_requests: [{ number: 7 }],
    });
    const push = pushPayload(params);
    expect(push).toMatchObject({
      ref: 'refs/heads/main',
      before: params.baseSha,
      after: params.headSha,
      head_commit: { id: params.headSha },
    });
    expect(workflowDispatchPayload({ ...params, inputs: { mode: 'full' } })).toMatchObject({
      ref: 'refs/heads/main',
      inputs: { mode: 'full' },
    });
    expect(issuesOpenedPayload(params).issue).toMatchObject({ number: 7, state: 'open' });
  });

  it('rejects a corrupted payload with the schema errors', () => {
    const payload = pullRequestPayload('closed', params) as unknown as {
      pull_request: Record<string, unknown>;
    };
    payload.pull_request.merged = 'yes';
    expect(() => validateWebhook('pull_request', 'closed', payload)).toThrow(
      /does not match pull_request\$closed:\n.*\/pull_request\/merged must be boolean/,
    );
    expect(() => validateWebhook('pull_request', 'closed', { action: 'closed' })).toThrow(
      /must have required property 'number'/,
    );
    expect(() => validateWebhook('pull_request', 'teleported', {})).toThrow(
      'no definition pull_request$teleported',
    );
  });

  it('signs a delivery the way GitHub does', async () => {
    const body = JSON.stringify(pushPayload(params));
    const headers = await webhookHeaders('push', body, 'secret');
    expect(headers['x-github-event']).toBe('push');
    expect(await verify('secret', body, headers['x-hub-signature-256'] ?? '')).toBe(true);
  });
});
