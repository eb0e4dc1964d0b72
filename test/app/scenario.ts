import type { GitHubFake } from '../github-fake/index.js';
import { pullRequestPayload } from '../support/webhook-payloads.js';

/** The repository every app scenario plays in. */
export const OWNER = 'acme';
export const NAME = 'decisions';
export const REPO = `${OWNER}/${NAME}`;
/** The fake App: JWTs must carry this id; installation tokens act as `decision-register[bot]`. */
export const APP_ID = 4711;
export const BOT_LOGIN = 'decision-register[bot]';
export const SECRET = 'app-test-webhook-secret';
export const REGISTER = 'decisions/2030-01-06.yml';

/** A register with a review attended by Ana and Ben; `body` is the decisions/actions/outputs part. */
export function registerYaml(body: string[]): string {
  return [
    'review:',
    '  title: Weekly operations review',
    '  date: 2030-01-06',
    '  attendees:',
    '    - name: Ana',
    '      github: ana',
    '    - name: Ben',
    '      github: ben',
    ...body,
    '',
  ].join('\n');
}

/** A clean register: one assigned decision and one owned, dated action. */
export function cleanRegister(): string {
  return registerYaml([
    'decisions:',
    '  - id: D1',
    '    title: Move the on-call rota',
    '    status: assigned',
    '    owner: Ana',
    '    due: 2030-01-13',
    'actions:',
    '  - id: A1',
    '    title: Draft the rota',
    '    status: open',
    '    owner: Ana',
    '    due: 2030-01-10',
    '    decision: D1',
  ]);
}

/** cleanRegister's decision, and `count` open actions owned by a placeholder: one `owner-vague` error each. */
export function vagueRegister(count: number): string {
  const actions: string[] = [
    'decisions:',
    '  - id: D1',
    '    title: Move the on-call rota',
    '    status: assigned',
    '    owner: Ana',
    '    due: 2030-01-13',
    'actions:',
  ];
  for (let i = 1; i <= count; i++) {
    actions.push(
      `  - id: A${i}`,
      `    title: Task number ${i}`,
      '    status: open',
      '    owner: TBD',
      '    due: 2030-01-10',
    );
  }
  return registerYaml(actions);
}

/** Follow-up work recorded at the meeting: `outputs` follow-up outputs and `actions` next actions. */
export function followUpRegister(outputs: number, actions: number): string {
  const body: string[] = [
    'decisions:',
    '  - id: D1',
    '    title: Move the on-call rota',
    '    status: assigned',
    '    owner: Ana',
    '    due: 2030-01-13',
  ];
  if (actions > 0) body.push('actions:');
  for (let i = 1; i <= actions; i++) {
    body.push(
      `  - id: A${i}`,
      `    title: Action ${i}`,
      '    status: open',
      '    owner: Ana',
      '    due: 2030-01-10',
      '    decision: D1',
    );
  }
  if (outputs > 0) body.push('outputs:');
  for (let i = 1; i <= outputs; i++) {
    body.push(
      `  - id: O${i}`,
      `    title: Output ${i}`,
      '    status: open',
      '    timing: follow-up',
      '    owner: Ben',
      '    due: 2030-01-12',
      '    decision: D1',
    );
  }
  return registerYaml(body);
}

/** A pull request on the fake changing REGISTER from `before` to `after`, and its payload. */
export function seedPull(
  fake: GitHubFake,
  files: { before: string; after: string; config?: string },
  action: 'opened' | 'synchronize' = 'synchronize',
) {
  const base = fake.commit(REPO, {
    [REGISTER]: files.before,
    ...(files.config !== undefined ? { '.github/decision-register.yml': files.config } : {}),
  });
  const head = fake.commit(REPO, { [REGISTER]: files.after }, { branch: `feature-${base.slice(0, 6)}` });
  const number = fake.addPull(REPO, { headSha: head, baseSha: base });
  const payload = pullRequestPayload(action, {
    owner: OWNER,
    repo: NAME,
    number,
    headSha: head,
    baseSha: base,
  });
  return { number, headSha: head, baseSha: base, payload };
}

/**
 * A merged pull request that added `register` at `file` (merge commit on main), and its closed
 * payload. Item keys are path + id, so scenarios sharing a repository use different files.
 */
export function seedMerge(
  fake: GitHubFake,
  register: string,
  options: { config?: string; file?: string } = {},
) {
  const file = options.file ?? REGISTER;
  const config = options.config;
  const base = fake.commit(REPO, config !== undefined ? { '.github/decision-register.yml': config } : {});
  const head = fake.commit(
    REPO,
    { [file]: register },
    { parent: base, branch: `meeting-${base.slice(0, 6)}` },
  );
  const merge = fake.commit(REPO, { [file]: register }, { message: 'Merge pull request' });
  const number = fake.addPull(REPO, { headSha: head, baseSha: base, merged: true, mergeCommitSha: merge });
  const payload = pullRequestPayload('closed', {
    owner: OWNER,
    repo: NAME,
    number,
    headSha: head,
    baseSha: base,
    mergeSha: merge,
    merged: true,
  });
  return { number, mergeSha: merge, payload };
}

/**
 * Polls until `done(read())` holds (or `limitMs` passes), then keeps watching for `quietMs` and
 * returns the final value, so a late duplicate write still shows up in the assertion. The quiet
 * period outlasts Probot's spacing of content-creating requests (3 s).
 */
export async function settled<T>(
  read: () => T,
  done: (value: T) => boolean,
  options: { quietMs?: number; limitMs?: number } = {},
): Promise<T> {
  const started = Date.now();
  while (!done(read()) && Date.now() - started < (options.limitMs ?? 90_000)) {
    await new Promise((wait) => setTimeout(wait, 100));
  }
  await new Promise((wait) => setTimeout(wait, options.quietMs ?? 4_000));
  return read();
}

/** Polls `check` every 50 ms until it is true or `limitMs` passes; returns the last answer. */
export async function eventually(check: () => boolean, limitMs = 10_000): Promise<boolean> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > limitMs) return false;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  return true;
}
