// `npx local-action . src/main.ts .env`, the standard way to run an Action locally: GitHub's
// @github/local-action stubs the toolkit and calls src/main.ts's run(). Here it reviews a pull
// request on the OpenAPI-checked fake, as the README's "Run it locally" section describes.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubFake } from '../github-fake/index.js';
import { NODE24 } from '../support/run-action.js';
import { pullRequestPayload } from '../support/webhook-payloads.js';
import { NAME, OWNER, openPull, REPO, TODAY } from './action-harness.js';
import { brokenRegister } from './registers.js';

const PATH = 'decisions/2026-11-24-operationalization.yml';
let fake: GitHubFake | undefined;
let dir: string | undefined;

afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  fake = undefined;
  dir = undefined;
});

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((done, reject) => {
    const child = spawn(resolve('node_modules/.bin/local-action'), args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => done({ code, out }));
  });
}

describe('@github/local-action runs src/main.ts', () => {
  it('reviews a pull request: the sticky comment lands on the fake and the step fails on errors', {
    timeout: 180_000,
  }, async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    dir = await mkdtemp(join(tmpdir(), 'dr-local-action-'));
    const event = join(dir, 'event.json');
    await writeFile(
      event,
      JSON.stringify(
        pullRequestPayload('opened', {
          owner: OWNER,
          repo: NAME,
          number: pr.number,
          headSha: pr.headSha,
          baseSha: pr.baseSha,
        }),
      ),
    );
    await writeFile(join(dir, 'summary.md'), '');
    const dotenv = join(dir, '.env');
    await writeFile(
      dotenv,
      [
        'ACTIONS_STEP_DEBUG=false',
        `INPUT_GITHUB-TOKEN=${fake.token}`,
        `INPUT_TODAY=${TODAY}`,
        'GITHUB_EVENT_NAME=pull_request',
        `GITHUB_EVENT_PATH=${event}`,
        `GITHUB_REPOSITORY=${REPO}`,
        `GITHUB_SHA=${pr.headSha}`,
        `GITHUB_API_URL=${fake.url}`,
        `GITHUB_GRAPHQL_URL=${fake.url}/graphql`,
        'GITHUB_SERVER_URL=https://github.com',
        `RUNNER_TEMP=${dir}`,
        `GITHUB_STEP_SUMMARY=${join(dir, 'summary.md')}`,
        '',
      ].join('\n'),
    );
    const { code, out } = await run(['.', 'src/main.ts', dotenv], {
      PATH: `${dirname(NODE24)}:${process.env.PATH ?? ''}`,
      HOME: dir,
    });
    expect(out).toMatch(/owner-vague/);
    expect(out).toMatch(/2 error\(s\)/);
    const comments = fake.state(REPO).comments.filter((c) => c.body.includes('decision-register:review'));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('owner-vague');
    expect(out).toMatch(/::set-output name=errors::2/);
    expect(out).toMatch(/::error::Decision register review: 2 error\(s\) to fix\./);
    // local-action 7 reports its own exit code from its stubbed @actions/core, which the bundle's
    // lazily loaded review mode does not reach; the failure shows in the ::error:: line above.
    expect(code === 0 || code === 1).toBe(true);
  });
});
