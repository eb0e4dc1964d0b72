// Failures below HTTP and answers that are not JSON, put in words by the githubAnswers plugin:
// real sockets (a closed port, a server that resets or never answers, plain TCP behind https, a
// name that does not resolve) and the GitHub fake answering HTML or broken JSON.
import { createServer, type Server, type Socket } from 'node:net';
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubError } from '../../../src/github/github-port.js';
import { GitHubNetworkError, githubAnswers } from '../../../src/github/octokit/octokit-answers.js';
import type { OctokitLike } from '../../../src/github/octokit/octokit-like.js';
import { createOctokitPort } from '../../../src/github/octokit/octokit-port.js';
import { type GitHubFake, startGitHubFake } from '../../github-fake/index.js';

const TestOctokit = Octokit.plugin(githubAnswers as never, paginateRest);
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const client = (baseUrl: string, timeoutMs = 5000) =>
  new TestOctokit({
    baseUrl,
    auth: 'ghs_test',
    log: silent,
    answers: { retryDelayMs: 5, timeoutMs },
  } as never);

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A TCP server doing `onSocket` to each connection; returns its port and a connection count. */
async function tcpServer(
  onSocket: (socket: Socket) => void,
): Promise<{ port: number; connections: () => number }> {
  let connections = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.push(socket);
    onSocket(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, connections: () => connections };
}

async function closedPort(): Promise<number> {
  const { port } = await tcpServer(() => {});
  await new Promise((resolve) => servers.pop()?.close(resolve));
  return port;
}

async function failure(promise: Promise<unknown>): Promise<GitHubNetworkError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitHubNetworkError);
  return error as GitHubNetworkError;
}

describe('network failures', () => {
  it('connection refused: its own words, the host, two retries', async () => {
    const port = await closedPort();
    const error = await failure(
      client(`http://127.0.0.1:${port}`).request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'x' }),
    );
    expect(error.message).toBe(
      `GitHub at 127.0.0.1:${port} did not answer GET /repos/acme/x: the connection was refused (nothing listens there) (ECONNREFUSED); gave up after 2 retries.`,
    );
    expect([error.kind, error.retries, error.status]).toEqual(['refused', 2, 0]);
  });

  it('networkRetries false (behind plugin-retry, as in the app): the words, no retries of its own', async () => {
    const port = await closedPort();
    const octokit = new TestOctokit({
      baseUrl: `http://127.0.0.1:${port}`,
      auth: 'ghs_test',
      log: silent,
      answers: { retryDelayMs: 5, networkRetries: false },
    } as never);
    const error = await failure(octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'x' }));
    expect(error.message).toContain('the connection was refused');
    expect(error.message).toContain('not retried');
    expect(error.retries).toBe(0);
  });

  it('a reset: retried twice when the request is a read, never when it creates something', async () => {
    const server = await tcpServer((socket) => socket.destroy());
    const octokit = client(`http://127.0.0.1:${server.port}`);
    const read = await failure(octokit.request('GET /repos/acme/x/issues'));
    expect(read.message).toMatch(
      /: the connection was reset before GitHub answered \((ECONNRESET|UND_ERR_SOCKET)\); gave up after 2 retries\.$/,
    );
    expect(server.connections()).toBe(3);
    const create = await failure(octokit.request('POST /repos/acme/x/issues', { title: 't' }));
    expect(create.message).toMatch(/reset before GitHub answered .*; not retried\.$/);
    expect(server.connections()).toBe(4);
  });

  it('a timeout: one retry, then the words', async () => {
    const server = await tcpServer(() => {});
    const error = await failure(client(`http://127.0.0.1:${server.port}`, 150).request('GET /rate_limit'));
    expect(error.message).toBe(
      `GitHub at 127.0.0.1:${server.port} did not answer GET /rate_limit: the request timed out (TimeoutError); gave up after 1 retry.`,
    );
    expect(server.connections()).toBe(2);
  });

  it('TLS: no retry, says the handshake failed', async () => {
    const server = await tcpServer((socket) => socket.end('HTTP/1.1 200 OK\r\n\r\n'));
    const error = await failure(client(`https://127.0.0.1:${server.port}`).request('GET /rate_limit'));
    expect(error.message).toMatch(
      /: the TLS handshake failed \(certificate or protocol problem\) \(ERR_SSL_[A-Z_]+\); not retried\.$/,
    );
    expect(server.connections()).toBe(1);
  });

  it('a host name that does not resolve: no retry', async () => {
    const error = await failure(client('https://no-such-host.invalid').request('GET /rate_limit'));
    expect(error.message).toBe(
      'GitHub at no-such-host.invalid did not answer GET /rate_limit: the host name does not resolve (DNS: no such host) (ENOTFOUND); not retried.',
    );
  });

  it('a resolver that cannot answer right now (EAI_AGAIN): retried twice, its own words', async () => {
    // No resolver can be made to answer EAI_AGAIN on demand, so fetch fails the way undici does
    // (a TypeError "fetch failed" whose cause is the getaddrinfo error); the retry count is real.
    let calls = 0;
    const octokit = new TestOctokit({
      baseUrl: 'https://github.example',
      auth: 'ghs_test',
      log: silent,
      answers: { retryDelayMs: 5, timeoutMs: 5000 },
      request: {
        fetch: async () => {
          calls++;
          const lookup = Object.assign(new Error('getaddrinfo EAI_AGAIN github.example'), {
            code: 'EAI_AGAIN',
          });
          throw new TypeError('fetch failed', { cause: lookup });
        },
      },
    } as never);
    const error = await failure(octokit.request('GET /rate_limit'));
    expect(error.message).toBe(
      'GitHub at github.example did not answer GET /rate_limit: the host name could not be resolved right now (DNS lookup failed) (EAI_AGAIN); gave up after 2 retries.',
    );
    expect(calls).toBe(3);
  });

  it('through the port, the operation comes first and no "(HTTP 500)" follows', async () => {
    const port = await closedPort();
    const octokit = client(`http://127.0.0.1:${port}`) as unknown as OctokitLike;
    const error = await createOctokitPort(octokit, { owner: 'acme', repo: 'x' })
      .listChangedFiles(7)
      .catch((e: unknown) => e as Error);
    expect((error as Error).message).toBe(
      `list files of #7: GitHub at 127.0.0.1:${port} did not answer GET /repos/acme/x/pulls/7/files: the connection was refused (nothing listens there) (ECONNREFUSED); gave up after 2 retries.`,
    );
    expect((error as Error).message).not.toMatch(/HTTP 500/);
  });
});

describe('answers that are not JSON', () => {
  let fake: GitHubFake;
  afterEach(async () => {
    await fake.close();
  });

  const port = () =>
    createOctokitPort(
      new TestOctokit({ baseUrl: fake.url, auth: fake.token, log: silent }) as unknown as OctokitLike,
      {
        owner: 'acme',
        repo: 'decisions',
      },
    );

  it('a raw file asked for by mediaType (as Probot reads its config) is an answer, not a fault', async () => {
    fake = await startGitHubFake({ repos: ['acme/decisions'] });
    fake.commit('acme/decisions', { '.github/decision-register.yml': 'paths: [decisions/**]\n' });
    const octokit = new TestOctokit({ baseUrl: fake.url, auth: fake.token, log: silent }) as unknown as {
      request(route: string, options: object): Promise<{ data: unknown }>;
    };
    const route = 'GET /repos/{owner}/{repo}/contents/{path}';
    const params = { owner: 'acme', repo: 'decisions', path: '.github/decision-register.yml' };
    const { data } = await octokit.request(route, { ...params, mediaType: { format: 'raw' } });
    expect(String(data)).toBe('paths: [decisions/**]\n');
    // Control: the same text where JSON was asked for is refused in words.
    fake.inject({
      operationId: 'repos/get-content',
      status: 200,
      raw: 'paths: [x]\n',
      headers: { 'content-type': 'text/plain' },
    });
    const error = await octokit.request(route, params).catch((e: unknown) => e);
    expect((error as Error).message).toContain('a body that is not JSON (text/plain)');
  });

  it('a 200 with broken JSON on a paginated list says so, with endpoint and status', async () => {
    fake = await startGitHubFake({ repos: ['acme/decisions'] });
    const sha = fake.commit('acme/decisions', { 'a.md': 'x\n' });
    const pull = fake.addPull('acme/decisions', { headSha: sha, baseSha: sha });
    fake.inject({
      operationId: 'pulls/list-files',
      status: 200,
      raw: '[{"filename": "a.md", "sta',
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    const error = await port()
      .listChangedFiles(pull)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toBe(
      `list files of #${pull}: GitHub answered GET /repos/acme/decisions/pulls/${pull}/files with HTTP 200 and a body that is not JSON (application/json)`,
    );
    expect((error as GitHubError).status).toBe(200);
  });

  it('a 502 HTML page says so, keeps its status (so it is retried as a 5xx) and holds no HTML', async () => {
    fake = await startGitHubFake({ repos: ['acme/decisions'] });
    fake.inject({
      operationId: 'issues/list-comments',
      status: 502,
      raw: '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>Unicorn!</body></html>',
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    const error = (await port()
      .listComments(1)
      .catch((e: unknown) => e)) as GitHubError;
    expect(error.status).toBe(502);
    expect(error.message).toBe(
      'list comments of #1: GitHub answered GET /repos/acme/decisions/issues/1/comments with HTTP 502 and a body that is not JSON (text/html)',
    );
  });
});
