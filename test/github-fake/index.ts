// Offline GitHub REST fake for tests: stateful, on 127.0.0.1, contract-checked against GitHub's
// OpenAPI description (@octokit/openapi). See GitHubFake for the scripting API.
import { GitHubFake, type GitHubFakeOptions } from './fake.js';
import { ContractValidator } from './validator.js';

export type { FakeAppOptions, TestKeyPair, TokenKind } from './app-auth.js';
export { generateTestKeyPair, verifyAppJwt } from './app-auth.js';
export type { GitHubFakeOptions } from './fake.js';
export { GitHubFake } from './fake.js';
export type { FaultHandle, FaultSpec } from './faults.js';
export { secondaryRateLimit } from './faults.js';
export type { FileChange } from './git-store.js';
export type { WriteKind } from './permissions.js';
export type * from './records.js';
export type { IssueOptions, PullOptions } from './seed.js';
export type { ContractViolation, RequestLogEntry, ResponseTamper } from './server.js';
export type { CommitSummary, RepoSnapshot } from './snapshot.js';
export { ContractValidator } from './validator.js';

/**
 * Starts a GitHub fake on 127.0.0.1 (a free port unless `options.port`). The OpenAPI subset is
 * loaded once per process (generated and cached on first use), so later fakes start in milliseconds.
 *
 * @example
 * const fake = await startGitHubFake({ repos: ['acme/decisions'] });
 * const base = fake.commit('acme/decisions', { 'decisions.yaml': 'a: 1\n' });
 * const head = fake.commit('acme/decisions', { 'decisions.yaml': 'a: 2\n' }, { branch: 'feature' });
 * const number = fake.addPull('acme/decisions', { headSha: head, baseSha: base });
 * // … run the code under test with GITHUB_API_URL=fake.url, GITHUB_TOKEN=fake.token …
 * fake.assertNoViolations();
 * await fake.close();
 */
export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const contract = await ContractValidator.create();
  const fake = new GitHubFake(contract, options);
  await fake.listen();
  return fake;
}
