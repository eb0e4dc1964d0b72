import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/action/create-octokit.js';
import { silentLogger } from '../../../src/flows/logger.js';
import { type GitHubFake, startGitHubFake } from '../../github-fake/index.js';

const REPO = 'acme/plans';
// A name nothing resolves: only a proxy that maps it to the fake can carry a request there.
const HOST = 'api.github.invalid';

/** A forward proxy (absolute-URI requests and CONNECT tunnels) that sends everything to `port`. */
function startProxy(port: number, seen: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/');
    const upstream = httpRequest(
      { host: '127.0.0.1', port, method: req.method, path: url.pathname + url.search, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  server.on('connect', (req, socket, head) => {
    seen.push(`CONNECT ${req.url}`);
    const upstream = connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

describe("the Action's Octokit behind a proxy", () => {
  let fake: GitHubFake;
  let proxy: Server;
  const seen: string[] = [];
  const saved = { ...process.env };
  beforeEach(async () => {
    fake = await startGitHubFake({ repos: [REPO] });
    seen.length = 0;
    proxy = await startProxy(Number(new URL(fake.url).port), seen);
    process.env.GITHUB_API_URL = `http://${HOST}:${new URL(fake.url).port}`;
  });
  afterEach(async () => {
    process.env = { ...saved };
    proxy.close();
    fake.assertNoViolations();
    await fake.close();
  });

  const getRepo = async () => {
    const octokit = await createOctokit(fake.token, silentLogger);
    return octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'plans' });
  };

  it('sends its requests through HTTP_PROXY (loaded with @actions/github only then)', async () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const { data } = await getRepo();
    expect(data.full_name).toBe(REPO);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toContain(HOST);
  });

  it('control: without a proxy the same request cannot reach the fake, and the proxy sees nothing', async () => {
    delete process.env.HTTP_PROXY;
    delete process.env.http_proxy;
    await expect(getRepo()).rejects.toThrow(HOST);
    expect(seen).toEqual([]);
  });

  it('NO_PROXY for the host: no proxy', async () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.NO_PROXY = '.invalid';
    await expect(getRepo()).rejects.toThrow(HOST);
    expect(seen).toEqual([]);
  });
});
