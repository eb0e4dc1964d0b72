// Real webhook payloads for tests: GitHub's published examples (@octokit/webhooks-examples) with the
// repository, pull request and installation rewritten consistently, each checked against its own
// definition in @octokit/webhooks-schemas (e.g. `pull_request$closed`) before it is returned.
import { createRequire } from 'node:module';
import { sign } from '@octokit/webhooks-methods';
import type {
  CheckRunRerequestedEvent,
  IssuesClosedEvent,
  IssuesOpenedEvent,
  IssuesReopenedEvent,
  PullRequestClosedEvent,
  PullRequestOpenedEvent,
  PullRequestReadyForReviewEvent,
  PullRequestReopenedEvent,
  PullRequestSynchronizeEvent,
  PushEvent,
  WorkflowDispatchEvent,
} from '@octokit/webhooks-types';
import { Ajv, type ValidateFunction } from 'ajv';
import { addGitHubFormats } from '../github-fake/formats.js';
import { editPayload, normalizeTimestamps, type PayloadParams } from './webhook-edit.js';

export type { PayloadParams } from './webhook-edit.js';

const require = createRequire(import.meta.url);

/** Pull request actions the builders cover. */
export type PullRequestAction = 'opened' | 'synchronize' | 'reopened' | 'ready_for_review' | 'closed';

/** The payload type of each pull request action. */
export interface PullRequestPayloads {
  opened: PullRequestOpenedEvent;
  synchronize: PullRequestSynchronizeEvent;
  reopened: PullRequestReopenedEvent;
  ready_for_review: PullRequestReadyForReviewEvent;
  closed: PullRequestClosedEvent;
}

interface ExampleGroup {
  name: string;
  examples: Record<string, unknown>[];
}

let examples: ExampleGroup[] | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/** The schema definition a payload is checked against: `pull_request$closed`, `push$event`. */
export function webhookDefinitionName(event: string, action?: string): string {
  return `${event}$${action ?? 'event'}`;
}

function validatorFor(definition: string): ValidateFunction {
  const cached = validators.get(definition);
  if (cached) return cached;
  if (!ajv) {
    const schema = require('@octokit/webhooks-schemas/schema.json') as {
      definitions: Record<string, unknown>;
    };
    ajv = addGitHubFormats(new Ajv({ strict: false, logger: false, allErrors: true }));
    // Only the definitions: the root's oneOf over every event takes seconds to compile.
    ajv.addSchema({ $id: 'webhooks', definitions: schema.definitions });
  }
  const validate = ajv.getSchema(`webhooks#/definitions/${definition}`);
  if (!validate) throw new Error(`@octokit/webhooks-schemas has no definition ${definition}`);
  validators.set(definition, validate);
  return validate;
}

/**
 * Checks a payload against its event's definition and returns it; throws with Ajv's errors (path
 * and message, one per line) when it does not conform.
 */
export function validateWebhook<T>(event: string, action: string | undefined, payload: T): T {
  const definition = webhookDefinitionName(event, action);
  const validate = validatorFor(definition);
  if (validate(payload)) return payload;
  const errors = (validate.errors ?? []).map(
    (e) => `  ${e.instancePath || '(root)'} ${e.message ?? e.keyword}`,
  );
  throw new Error(`webhook payload does not match ${definition}:\n${errors.join('\n')}`);
}

/** The first published example of an event/action that conforms to its definition, deep-copied. */
function example(
  event: string,
  action: string | undefined,
  accept: (payload: Record<string, unknown>) => boolean = () => true,
) {
  examples ??= require('@octokit/webhooks-examples/api.github.com/index.json') as ExampleGroup[];
  const validate = validatorFor(webhookDefinitionName(event, action));
  const found = examples
    .find((group) => group.name === event)
    ?.examples.map((payload) => normalizeTimestamps(payload) as Record<string, unknown>)
    .find(
      (payload) =>
        (action === undefined || payload.action === action) && accept(payload) && validate(payload),
    );
  if (!found) throw new Error(`@octokit/webhooks-examples has no valid ${event} ${action ?? ''} example`);
  return found;
}

/**
 * A `pull_request` payload. `closed` is unmerged unless `merged: true`; the examples ship no merged
 * one, so merged_at, merge_commit_sha (= mergeSha) and merged_by are set here.
 */
export function pullRequestPayload<A extends PullRequestAction>(
  action: A,
  params: PayloadParams & { merged?: boolean },
): PullRequestPayloads[A] {
  const payload = editPayload(
    example('pull_request', action),
    params,
    action === 'closed' ? { merged: params.merged ?? false } : {},
  );
  return validateWebhook('pull_request', action, payload) as unknown as PullRequestPayloads[A];
}

/** A `check_run` `rerequested` payload for the run `checkName` on headSha (linked to `number`). */
export function checkRunRerequestedPayload(
  params: PayloadParams & { checkRunId?: number; checkName?: string; appId?: number; appSlug?: string },
): CheckRunRerequestedEvent {
  const payload = editPayload(example('check_run', 'rerequested'), params);
  return validateWebhook('check_run', 'rerequested', payload) as unknown as CheckRunRerequestedEvent;
}

/** A `push` payload: `branch` (default: the default branch) moved from baseSha to headSha. */
export function pushPayload(params: PayloadParams & { branch?: string }): PushEvent {
  const payload = editPayload(
    example('push', undefined, (p) => p.head_commit !== null && String(p.ref).startsWith('refs/heads/')),
    params,
  );
  return validateWebhook('push', undefined, payload) as unknown as PushEvent;
}

/** A `workflow_dispatch` payload on `branch` with `inputs`. */
export function workflowDispatchPayload(
  params: PayloadParams & { branch?: string; inputs?: Record<string, string> },
): WorkflowDispatchEvent {
  const payload = editPayload(example('workflow_dispatch', undefined), params);
  return validateWebhook('workflow_dispatch', undefined, payload) as unknown as WorkflowDispatchEvent;
}

/** An `issues` `opened` payload: an event the app does not handle. */
export function issuesOpenedPayload(params: PayloadParams): IssuesOpenedEvent {
  const payload = editPayload(example('issues', 'opened'), params);
  return validateWebhook('issues', 'opened', payload) as unknown as IssuesOpenedEvent;
}

/**
 * An `issues` `closed` or `reopened` payload (from the published `reopened` example): issue `number` opened by `author` (default the
 * Actions bot), closed or reopened by `user` (the sender, default `octocat`).
 */
export function issuesPayload<A extends 'closed' | 'reopened'>(
  action: A,
  params: PayloadParams & { author?: string; stateReason?: 'completed' | 'not_planned' },
): A extends 'closed' ? IssuesClosedEvent : IssuesReopenedEvent {
  // The examples ship no `closed` one: it is the `reopened` example closed, then validated as closed.
  const payload = editPayload(example('issues', 'reopened'), params);
  payload.action = action;
  const number = params.number ?? 1;
  const author = params.author ?? 'github-actions[bot]';
  const api = String(payload.repository.url);
  const web = String(payload.repository.html_url);
  Object.assign(payload.issue, {
    number,
    url: `${api}/issues/${number}`,
    html_url: `${web}/issues/${number}`,
    user: { ...payload.sender, login: author, type: author.endsWith('[bot]') ? 'Bot' : 'User' },
    ...(params.title ? { title: params.title } : {}),
    ...(action === 'closed'
      ? {
          state: 'closed',
          state_reason: params.stateReason ?? 'completed',
          closed_at: payload.issue.updated_at,
        }
      : { state: 'open', state_reason: 'reopened', closed_at: null }),
  });
  return validateWebhook('issues', action, payload) as never;
}

/**
 * The event file of a `schedule` run: GitHub sends only the cron line (there is no webhook and no
 * schema for it, so nothing is validated).
 */
export function schedulePayload(cron = '0 6 * * 1'): { schedule: string } {
  return { schedule: cron };
}

/**
 * Headers GitHub sends with a webhook delivery, signed with `secret` (x-hub-signature-256), for
 * POSTing `body` to a Probot server. `event` is the X-GitHub-Event name, e.g. `pull_request`.
 */
export async function webhookHeaders(
  event: string,
  body: string,
  secret: string,
  id = 'fake-delivery-1',
): Promise<Record<string, string>> {
  return {
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': id,
    'x-hub-signature-256': await sign(secret, body),
    'user-agent': 'GitHub-Hookshot/fake',
  };
}

/**
 * A `workflow_run` `completed` payload for a run on `headSha`. `pullRequests` fills
 * `workflow_run.pull_requests` as GitHub does for same-repository pull requests; it stays
 * EMPTY by default, as GitHub sends it for pull requests from forks.
 */
export function workflowRunPayload(
  params: PayloadParams & { pullRequests?: Array<{ number: number; headSha: string }> },
): Record<string, unknown> {
  const payload = editPayload(example('workflow_run', 'completed'), params);
  const run = payload.workflow_run as Record<string, unknown>;
  run.head_sha = params.headSha;
  const template = (run.pull_requests as unknown[])[0] as Record<string, unknown> | undefined;
  run.pull_requests = (params.pullRequests ?? []).map((p) => ({
    ...(template ?? {}),
    id: p.number,
    number: p.number,
    url: `https://api.github.com/repos/${params.owner}/${params.repo}/pulls/${p.number}`,
    head: {
      ref: 'feature',
      sha: p.headSha,
      repo: { id: 1, url: 'https://api.github.com/repos/x/y', name: params.repo },
    },
    base: {
      ref: 'main',
      sha: params.baseSha ?? p.headSha,
      repo: { id: 1, url: 'https://api.github.com/repos/x/y', name: params.repo },
    },
  }));
  return validateWebhook('workflow_run', 'completed', payload) as unknown as Record<string, unknown>;
}
