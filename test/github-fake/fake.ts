import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthRegistry, type FakeAppOptions, type TokenKind } from './app-auth.js';
import { type FaultHandle, FaultInjector, type FaultSpec } from './faults.js';
import type { FileChange } from './git-store.js';
import type { HookDeliveries } from './hook-deliveries.js';
import { Permissions, type WriteKind } from './permissions.js';
import { type PlanningFeature, type PlanningStore, planningOf } from './planning-store.js';
import type { Actor, PullRecord } from './records.js';
import { actorOf, type IssueOptions, type PullOptions, seedIssue, seedPull } from './seed.js';
import {
  type ContractViolation,
  createRequestHandler,
  type RequestLogEntry,
  type ResponseTamper,
} from './server.js';
import { type RepoSnapshot, snapshotRepo } from './snapshot.js';
import { FakeState, githubTime, type RepoOptions } from './state.js';
import type { ContractValidator } from './validator.js';

/** Options of {@link startGitHubFake}. */
export interface GitHubFakeOptions {
  /** Token the client sends (`Authorization: token X` or `Bearer X`). Default `ghs_fake_installation_token`. */
  token?: string;
  /** What the token is: an installation token (GITHUB_TOKEN-like, a bot) or a user's PAT. Default installation. */
  tokenKind?: TokenKind;
  /** Login the token acts as. Default `github-actions[bot]` (installation) or `octocat` (pat). */
  login?: string;
  /** Refuse every write with 403, like a fork pull request's GITHUB_TOKEN. */
  readOnly?: boolean;
  /** Play GitHub for this App: verify its JWTs, issue installation tokens acting as `<slug>[bot]`. */
  app?: FakeAppOptions;
  /** Repositories to add up front (default branch `main`). */
  repos?: string[];
  /** Port on 127.0.0.1; default 0 (any free port). */
  port?: number;
}

/**
 * A stateful GitHub REST fake on 127.0.0.1. Every request is checked against GitHub's OpenAPI
 * description and so is every response; breaches land in {@link contractViolations}.
 * Create it with {@link startGitHubFake}.
 */
export class GitHubFake {
  /** Every request, in arrival order (no credentials). */
  readonly log: RequestLogEntry[] = [];
  /** Contract breaches; tests should end with {@link assertNoViolations}. */
  readonly contractViolations: ContractViolation[] = [];
  private readonly model = new FakeState();
  private readonly faults = new FaultInjector();
  private readonly permissions: Permissions;
  private readonly auth: AuthRegistry;
  private readonly tamper: { fn?: ResponseTamper } = {};
  private readonly disabled = new Set<string>();
  private readonly server: Server;
  private port = 0;

  /** @internal use startGitHubFake */
  constructor(
    readonly contract: ContractValidator,
    private readonly options: GitHubFakeOptions = {},
  ) {
    const app = options.app;
    this.auth = new AuthRegistry(
      app
        ? {
            id: app.id,
            slug: app.slug ?? 'decision-register',
            installationId: app.installationId ?? 1,
            otherInstallationIds: app.otherInstallationIds ?? [],
          }
        : undefined,
      app?.publicKeyPem ?? app?.privateKeyPem,
    );
    const kind = options.tokenKind ?? 'installation';
    const login = options.login ?? (kind === 'installation' ? 'github-actions[bot]' : 'octocat');
    this.auth.addToken(this.token, { kind, actor: actorOf(login) });
    this.permissions = new Permissions(options.readOnly);
    for (const repo of options.repos ?? []) this.addRepo(repo);
    const deps = { state: this.model, auth: this.auth, faults: this.faults, permissions: this.permissions };
    this.server = createServer(
      createRequestHandler({
        ...deps,
        contract,
        log: this.log,
        violations: this.contractViolations,
        tamper: this.tamper,
        disabled: this.disabled,
      }),
    );
  }

  /** @internal */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** `http://127.0.0.1:PORT` */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  /** Same as url: what GITHUB_API_URL / Octokit's baseUrl take. */
  get apiUrl(): string {
    return this.url;
  }
  /** `127.0.0.1:PORT`, for Probot's GHE_HOST (with GHE_PROTOCOL=http; paths then start with /api/v3). */
  get gheHost(): string {
    return `127.0.0.1:${this.port}`;
  }
  /** The token clients should send. */
  get token(): string {
    return this.options.token ?? 'ghs_fake_installation_token';
  }
  /** Environment for an Action process pointed at the fake (GraphQL at /graphql and /api/graphql). */
  actionEnv(): Record<string, string> {
    return {
      GITHUB_API_URL: this.url,
      GITHUB_SERVER_URL: this.url,
      GITHUB_GRAPHQL_URL: `${this.url}/graphql`,
      GITHUB_TOKEN: this.token,
    };
  }
  /** Environment for a Probot process pointed at the fake (add APP_ID and PRIVATE_KEY yourself). */
  probotEnv(): Record<string, string> {
    return { GHE_HOST: this.gheHost, GHE_PROTOCOL: 'http' };
  }

  /** Stops the server, dropping kept-alive and delayed connections. */
  async close(): Promise<void> {
    this.faults.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Adds a repository `owner/name` with an empty initial commit on its default branch. */
  addRepo(fullName: string, options: RepoOptions = {}): void {
    this.model.addRepo(fullName, options);
  }

  /**
   * Commits files (content, or null to delete) on top of `parent` or the branch head (default
   * branch when neither is given) and returns the commit sha. With `branch` (or no parent) the branch
   * moves to the new commit, and is created when missing; with only `parent` the commit is detached.
   */
  commit(
    fullName: string,
    files: Record<string, FileChange>,
    options: { parent?: string; branch?: string; message?: string } = {},
  ): string {
    return this.model.commit(this.model.repo(fullName), files, options).sha;
  }

  /** A file's text at a ref (branch, tag or sha), or undefined. */
  readFile(fullName: string, ref: string, path: string): string | undefined {
    const { git } = this.model.repo(fullName);
    const sha = git.resolve(ref);
    const blob = sha ? git.commits.get(sha)?.files.get(path) : undefined;
    return blob ? git.blobs.get(blob.sha)?.toString('utf8') : undefined;
  }

  /** Adds a pull request (and its issue side, sharing the number space) and returns its number. */
  addPull(fullName: string, options: PullOptions): number {
    return seedPull(this.model, this.model.repo(fullName), options);
  }

  /**
   * Moves an existing pull request: a push to its branch (new headSha) or its merge
   * (`merged`, `mergeCommitSha`, which also closes it).
   */
  updatePull(
    fullName: string,
    number: number,
    patch: Partial<Pick<PullRecord, 'headSha' | 'baseSha' | 'merged' | 'mergeCommitSha' | 'state'>>,
  ): void {
    const repo = this.model.repo(fullName);
    const pull = repo.pulls.get(number);
    if (!pull) throw new Error(`pull request #${number} does not exist in ${fullName}`);
    Object.assign(pull, patch);
    if (patch.merged) pull.state = 'closed';
    const issue = repo.issues.get(number);
    if (issue && pull.state === 'closed' && issue.state !== 'closed') {
      issue.state = 'closed';
      issue.closedAt = githubTime();
    }
  }

  /** Closes an issue the way a person does in the UI (state_reason completed). */
  closeIssue(fullName: string, number: number): void {
    const issue = this.model.repo(fullName).issues.get(number);
    if (!issue) throw new Error(`#${number} does not exist in ${fullName}`);
    issue.state = 'closed';
    issue.stateReason = 'completed';
    issue.closedAt = githubTime();
  }

  /** Adds an issue and returns its number. */
  addIssue(fullName: string, options: IssueOptions): number {
    return seedIssue(this.model, this.model.repo(fullName), options);
  }

  /** Adds a comment to an issue or pull request and returns its id. */
  addComment(fullName: string, issueNumber: number, body: string, user?: string | Actor): number {
    const repo = this.model.repo(fullName);
    if (!repo.issues.has(issueNumber)) throw new Error(`#${issueNumber} does not exist in ${fullName}`);
    return this.model.addComment(repo, issueNumber, body, actorOf(user)).id;
  }

  /**
   * Edits a comment's body the way a person with write access can in the UI: the author stays
   * who wrote it. False when there was none.
   */
  editComment(id: number, body: string): boolean {
    const found = this.model.findComment(id);
    if (!found) return false;
    found.comment.body = body;
    found.comment.updatedAt = githubTime();
    return true;
  }

  /** Adds a line comment (as a one-comment review by `user`) to a pull request; returns its id. */
  addReviewComment(
    fullName: string,
    pullNumber: number,
    comment: { path: string; line: number; body: string; user?: string | Actor },
  ): number {
    const repo = this.model.repo(fullName);
    const pull = repo.pulls.get(pullNumber);
    if (!pull) throw new Error(`pull #${pullNumber} does not exist in ${fullName}`);
    const user = actorOf(comment.user);
    const now = githubTime();
    const reviewId = this.model.nextId('review');
    repo.reviews.push({ id: reviewId, pullNumber, body: '', commitId: pull.headSha, user, submittedAt: now });
    const id = this.model.nextId('comment');
    repo.reviewComments.push({
      id,
      reviewId,
      pullNumber,
      path: comment.path,
      line: comment.line,
      startLine: null,
      body: comment.body,
      commitId: pull.headSha,
      user,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  }

  /** Adds a label (no-op when it exists). */
  addLabel(fullName: string, name: string, options: { color?: string; description?: string } = {}): void {
    this.model.ensureLabel(this.model.repo(fullName), name, options.color, options.description ?? null);
  }

  /** Replaces who can be assigned issues (default: the repository owner only). */
  setAssignable(fullName: string, logins: string[]): void {
    const repo = this.model.repo(fullName);
    repo.assignable = new Set(logins.map((login) => login.toLowerCase()));
  }

  /** Deletes a comment behind the client's back (it then gets 404). False when there was none. */
  deleteComment(id: number): boolean {
    const found = this.model.findComment(id);
    if (!found) return false;
    found.repo.comments.splice(found.repo.comments.indexOf(found.comment), 1);
    return true;
  }

  /** A deep copy of a repository's state, for assertions. */
  /** The App's webhook delivery log; set `target` to deliver to the app under test. */
  get hookDeliveries(): HookDeliveries {
    return this.model.hook;
  }

  state(fullName: string): RepoSnapshot {
    return snapshotRepo(this.model.repo(fullName));
  }

  /** Accepts another token, e.g. a user's PAT next to the installation token. */
  addToken(token: string, identity: { kind: TokenKind; login: string; type?: Actor['type'] }): void {
    this.auth.addToken(token, {
      kind: identity.kind,
      actor: { login: identity.login, type: identity.type ?? (identity.kind === 'pat' ? 'User' : 'Bot') },
    });
  }

  /** Allows or refuses (403) one kind of write, or all; e.g. `setPermission('labels', 'read')`. */
  setPermission(kind: WriteKind | 'all', level: 'read' | 'write'): void {
    this.permissions.set(kind, level);
  }

  /** Sub-issues, dependencies and Projects v2 boards (`planning.addProject`, `subIssueNumbers`…). */
  get planning(): PlanningStore {
    return planningOf(this.model);
  }

  /** Switches a planning feature off, as on an older GitHub Enterprise Server (404 / GraphQL error). */
  disable(feature: PlanningFeature): void {
    this.disabled.add(feature);
  }

  /** Scripts a failure; see {@link FaultSpec}. */
  inject(spec: FaultSpec): FaultHandle {
    return this.faults.inject(spec);
  }

  /** Removes every injected fault. */
  clearFaults(): void {
    this.faults.clear();
  }

  /** Number of requests for an operationId. */
  countBy(operationId: string): number {
    return this.log.filter((entry) => entry.operationId === operationId).length;
  }

  /** Number of requests received. */
  get requestCount(): number {
    return this.log.length;
  }

  /** Throws a readable error listing every contract violation, if any. */
  assertNoViolations(): void {
    if (this.contractViolations.length === 0) return;
    const lines = this.contractViolations.map((v) =>
      [
        `- ${v.kind}: ${v.method} ${v.path} (${v.operationId ?? 'no operation'}${v.status ? `, ${v.status}` : ''})`,
        ...v.errors.map((e) => `    ${e}`),
      ].join('\n'),
    );
    throw new Error(`GitHub fake saw ${lines.length} contract violation(s):\n${lines.join('\n')}`);
  }

  /**
   * Test-only: replaces response bodies before they are validated and sent, to prove response
   * validation catches a wrong response. Pass undefined to stop.
   */
  tamperResponses(fn: ResponseTamper | undefined): void {
    this.tamper.fn = fn;
  }
}
