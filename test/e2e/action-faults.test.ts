// The bundled Action under faults it cannot fix: GitHub refusing every comment, answering with
// something that is not JSON, or not answering at all. Findings are never lost (annotations, job
// summary, outputs), and each failure is one line in words with the endpoint or host.
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { GitHubFake } from '../github-fake/index.js';
import { runActionProcess } from '../support/run-action.js';
import { pullRequestPayload } from '../support/webhook-payloads.js';
import { NAME, OWNER, openPull, printRequests, REPO, runReview, TODAY } from './action-harness.js';
import { brokenRegister } from './registers.js';

const PATH = 'decisions/2026-11-24-operationalization.yml';
let fake: GitHubFake | undefined;
const servers: Server[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  fake?.assertNoViolations();
  await fake?.close();
  fake = undefined;
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

describe('the Action when the comment cannot be written', () => {
  it('500 on every comment create: annotations, summary and outputs still there, exit per fail-on, one clear line', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    fake.inject({ operationId: 'issues/create-comment', status: 500, times: Number.POSITIVE_INFINITY });
    const run = await runReview(pr);
    printRequests('500 on every comment create', fake);

    expect(run.code).toBe(1);
    expect(run.failure).toBe('Decision register review: 2 error(s) to fix.');
    expect(run.annotations.filter((a) => a.level === 'error' && a.file === PATH)).toHaveLength(2);
    const line = run.annotations.find((a) => a.title === 'decision-register: no pull request comment');
    expect(line?.message).toBe(
      `Could not write the pull request comment: comment on #${pr.number}: Server Error (HTTP 500). ` +
        'The findings are in the annotations and the job summary; re-run the job to write the comment.',
    );
    expect(run.summary).toContain('owner-vague');
    expect(run.summary).toContain('The pull request comment could not be written');
    expect(run.outputs.errors).toBe('2');
    expect(fake.state(REPO).comments).toHaveLength(0);
    // One try and one quick retry, not four over 14 s.
    expect(fake.countBy('issues/create-comment')).toBe(2);
  });

  it('fail-on never: the same fault exits 0, still with the annotations and the error line', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    fake.inject({ operationId: 'issues/create-comment', status: 500, times: Number.POSITIVE_INFINITY });
    const run = await runReview(pr, { inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(run.annotations.filter((a) => a.level === 'error' && a.file === PATH)).toHaveLength(2);
    expect(run.annotations.some((a) => a.title === 'decision-register: no pull request comment')).toBe(true);
  });

  it('a 502 HTML page on the comment: says GitHub answered with something that is not JSON', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    fake.inject({
      operationId: 'issues/create-comment',
      status: 502,
      times: Number.POSITIVE_INFINITY,
      raw: '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>',
      headers: { 'content-type': 'text/html' },
    });
    const run = await runReview(pr);
    expect(run.code).toBe(1);
    const line = run.annotations.find((a) => a.title === 'decision-register: no pull request comment');
    expect(line?.message).toContain(
      `comment on #${pr.number}: GitHub answered POST /repos/${REPO}/issues/${pr.number}/comments with HTTP 502 and a body that is not JSON (text/html).`,
    );
    expect(run.stdout + run.stderr).not.toContain('<html>');
    expect(run.annotations.filter((a) => a.level === 'error' && a.file === PATH)).toHaveLength(2);
  });
});

describe('faults during a review still end with exactly one comment', () => {
  it('a connection reset on the comment list: retried, one comment', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    const reset = fake.inject({ operationId: 'issues/list-comments', reset: true });
    const run = await runReview(pr);
    printRequests('connection reset on list-comments', fake);
    expect(run.code, run.stdout).toBe(1);
    expect(reset.fired).toBe(1);
    expect(fake.state(REPO).comments).toHaveLength(1);
  });

  it('a comment created but its answer lost (500 after the write): one comment survives', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    fake.inject({ operationId: 'issues/create-comment', status: 500, thenApply: true });
    const run = await runReview(pr);
    printRequests('comment created, answer lost', fake);
    expect(run.code, run.stdout).toBe(1);
    expect(fake.countBy('issues/create-comment')).toBe(2);
    expect(fake.state(REPO).comments).toHaveLength(1);
    expect(fake.state(REPO).comments[0]!.body).toContain('owner-vague');
  });
});

describe('the Action when GitHub answers with something that is not JSON', () => {
  it('a 200 with broken JSON on the file list: endpoint and status in words, no TypeError', async () => {
    const pr = await openPull({}, { [PATH]: brokenRegister() });
    fake = pr.fake;
    fake.inject({
      operationId: 'pulls/list-files',
      status: 200,
      raw: '[{"filename": "decisions/',
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    const run = await runReview(pr);
    expect(run.code).toBe(1);
    expect(run.failure).toBe(
      `list files of #${pr.number}: GitHub answered GET /repos/${REPO}/pulls/${pr.number}/files with HTTP 200 and a body that is not JSON (application/json)`,
    );
    expect(run.stdout + run.stderr).not.toMatch(/Cannot use 'in' operator|TypeError/);
  });
});

/** Runs the Action against an API URL that is not the fake (a closed port, a resetting server). */
function runAgainst(apiUrl: string) {
  const payload = pullRequestPayload('synchronize', {
    owner: OWNER,
    repo: NAME,
    number: 1,
    headSha: 'a'.repeat(40),
    baseSha: 'b'.repeat(40),
  });
  return runActionProcess({
    apiUrl,
    token: 'ghs_fake_installation_token',
    eventName: 'pull_request',
    payload,
    repository: REPO,
    sha: 'a'.repeat(40),
    inputs: { today: TODAY },
  });
}

async function listen(onSocket: (socket: Socket) => void): Promise<number> {
  const server = createServer((socket) => {
    sockets.push(socket);
    onSocket(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as { port: number }).port;
}

describe('the Action when GitHub cannot be reached', () => {
  it('a closed port: connection refused, the host, two retries, exit 1, in about a second', async () => {
    const port = await listen(() => {});
    await new Promise((resolve) => servers.pop()?.close(resolve));
    const started = Date.now();
    const run = await runAgainst(`http://127.0.0.1:${port}`);
    console.log(`[network] refused: exit ${run.code} after ${Date.now() - started} ms`);
    expect(run.code).toBe(1);
    expect(run.failure).toBe(
      `read .github/decision-register.yml@bbbbbbb: GitHub at 127.0.0.1:${port} did not answer GET /repos/${REPO}/contents/.github%2Fdecision-register.yml: the connection was refused (nothing listens there) (ECONNREFUSED); gave up after 2 retries.`,
    );
    expect(run.stdout + run.stderr).not.toMatch(/HTTP 500/);
  });

  it('a server that resets every connection: its own words and the retries made', async () => {
    let connections = 0;
    const port = await listen((socket) => {
      connections++;
      socket.destroy();
    });
    const run = await runAgainst(`http://127.0.0.1:${port}`);
    expect(run.code).toBe(1);
    expect(run.failure).toMatch(
      new RegExp(
        `^read \\.github/decision-register\\.yml@bbbbbbb: GitHub at 127\\.0\\.0\\.1:${port} did not answer GET /repos/${REPO}/contents/\\.github%2Fdecision-register\\.yml: the connection was reset before GitHub answered \\((ECONNRESET|UND_ERR_SOCKET)\\); gave up after 2 retries\\.$`,
      ),
    );
    expect(connections).toBe(3);
  });

  it('https to a server that does not speak TLS: the handshake failed, no retry', async () => {
    let connections = 0;
    const port = await listen((socket) => {
      connections++;
      socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
    });
    const run = await runAgainst(`https://127.0.0.1:${port}`);
    expect(run.code).toBe(1);
    expect(run.failure).toMatch(
      new RegExp(
        `^read \\.github/decision-register\\.yml@bbbbbbb: GitHub at 127\\.0\\.0\\.1:${port} did not answer GET /repos/${REPO}/contents/\\.github%2Fdecision-register\\.yml: the TLS handshake failed \\(certificate or protocol problem\\) \\((ERR_SSL_|ERR_TLS_)\\w+\\); not retried\\.$`,
      ),
    );
    expect(connections).toBe(1);
  });

  it('a host name that does not resolve: the DNS words and the host (RFC 6761 .invalid never resolves)', async () => {
    const run = await runAgainst('http://decision-register.invalid');
    expect(run.code).toBe(1);
    // Offline resolvers answer EAI_AGAIN (retried twice) instead of ENOTFOUND (not retried).
    expect(run.failure).toMatch(
      /^read \.github\/decision-register\.yml@bbbbbbb: GitHub at decision-register\.invalid did not answer GET \/repos\/[^ ]+: (the host name does not resolve \(DNS: no such host\) \(ENOTFOUND\); not retried\.|the host name could not be resolved right now \(DNS lookup failed\) \(EAI_AGAIN\); gave up after 2 retries\.)$/,
    );
  });
});
