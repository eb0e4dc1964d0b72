import { createSign } from 'node:crypto';
import { createAppAuth } from '@octokit/auth-app';
import { Octokit } from '@octokit/core';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubFake, generateTestKeyPair, startGitHubFake, type TestKeyPair } from '../index.js';

const REPO = 'acme/decisions';
const [owner, repo] = ['acme', 'decisions'];
const APP_ID = 4242;
const QUIET = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const AppOctokit = Octokit.plugin(restEndpointMethods);

function jwt(privateKeyPem: string, claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKeyPem, 'base64url')}`;
}

describe('GitHub fake: GitHub App authentication', () => {
  let fake: GitHubFake;
  let keys: TestKeyPair;
  let other: TestKeyPair;

  beforeAll(async () => {
    keys = generateTestKeyPair();
    other = generateTestKeyPair();
    fake = await startGitHubFake({
      repos: [REPO],
      app: { id: APP_ID, slug: 'decision-register', publicKeyPem: keys.publicKeyPem, installationId: 77 },
    });
  });
  afterAll(async () => {
    fake.assertNoViolations();
    await fake.close();
  });

  const appOctokit = (privateKey: string, ghe = false) =>
    new AppOctokit({
      authStrategy: createAppAuth,
      auth: { appId: APP_ID, privateKey, installationId: 77 },
      baseUrl: ghe ? `${fake.url}/api/v3` : fake.url,
      log: QUIET,
    });

  it('issues an installation token for a JWT signed with the right key; writes act as <slug>[bot]', async () => {
    const octokit = appOctokit(keys.privateKeyPem, true);
    const issue = fake.addIssue(REPO, { title: 'x' });
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue,
      body: 'from the app',
    });
    expect(data.user).toMatchObject({ login: 'decision-register[bot]', type: 'Bot' });
    expect(fake.log.map((e) => e.operationId)).toEqual([
      'apps/create-installation-access-token',
      'issues/create-comment',
    ]);
  });

  it('accepts a PKCS#8 key too, and serves GET /app and the repository installation to the JWT', async () => {
    const app = new AppOctokit({
      authStrategy: createAppAuth,
      auth: { appId: APP_ID, privateKey: keys.privateKeyPkcs8Pem },
      baseUrl: fake.url,
      log: QUIET,
    });
    expect((await app.rest.apps.getAuthenticated()).data).toMatchObject({
      id: APP_ID,
      slug: 'decision-register',
    });
    expect((await app.rest.apps.getRepoInstallation({ owner, repo })).data).toMatchObject({
      id: 77,
      account: { login: owner },
    });
  });

  it('answers 401 to a JWT signed with another key, and issues no token', async () => {
    const before = fake.log.length;
    const octokit = appOctokit(other.privateKeyPem);
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 401 });
    expect(fake.log.slice(before).map((e) => [e.operationId, e.status])).toEqual([
      ['apps/create-installation-access-token', 401],
    ]);
  });

  it('checks iss and exp, and refuses a JWT where a token is needed', async () => {
    const now = Math.floor(Date.now() / 1000);
    const call = async (token: string, path = '/app') =>
      (await fetch(`${fake.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).status;
    expect(await call(jwt(keys.privateKeyPem, { iat: now - 30, exp: now + 500, iss: String(APP_ID) }))).toBe(
      200,
    );
    expect(await call(jwt(keys.privateKeyPem, { iat: now - 30, exp: now + 500, iss: 1 }))).toBe(401);
    expect(await call(jwt(keys.privateKeyPem, { iat: now - 700, exp: now - 10, iss: APP_ID }))).toBe(401);
    expect(await call(jwt(keys.privateKeyPem, { iat: now, exp: now + 3600, iss: APP_ID }))).toBe(401);
    expect(
      await call(jwt(keys.privateKeyPem, { iat: now - 30, exp: now + 500, iss: APP_ID }), `/repos/${REPO}`),
    ).toBe(401);
  });

  it('refuses a token for the wrong installation with 404', async () => {
    const octokit = new AppOctokit({
      authStrategy: createAppAuth,
      auth: { appId: APP_ID, privateKey: keys.privateKeyPem, installationId: 78 },
      baseUrl: fake.url,
      log: QUIET,
    });
    await expect(octokit.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 404 });
  });
});
