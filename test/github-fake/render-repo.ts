import type { PullRecord } from './records.js';
import { type Json, nodeId, rebase, renderUser } from './render-common.js';
import { type RenderScope, renderIssue } from './render-issues.js';
import { actorId } from './state.js';

/** The identity of a repository as rendered; forks of a pull request's head need not exist in state. */
export interface RepoIdentity {
  id: number;
  fullName: string;
  ownerType: 'User' | 'Organization';
  defaultBranch: string;
  private: boolean;
  fork: boolean;
}

/** A full repository object, from GitHub's example with this repository's identity. */
export function renderRepo(scope: RenderScope, identity: RepoIdentity): Json {
  const [owner = '', name = ''] = identity.fullName.split('/');
  const repo = rebase(
    scope.contract.template('full-repository-default-response'),
    scope.links,
    identity.fullName,
  );
  // The example describes a fork of a template inside an organisation; ours is none of those.
  for (const key of ['template_repository', 'organization', 'parent', 'source']) delete repo[key];
  return {
    ...repo,
    id: identity.id,
    node_id: nodeId('Repository', identity.id),
    name,
    full_name: identity.fullName,
    owner: renderUser({ login: owner, type: identity.ownerType }, scope.links),
    private: identity.private,
    visibility: identity.private ? 'private' : 'public',
    fork: identity.fork,
    html_url: `${scope.links.web}/${identity.fullName}`,
    url: `${scope.links.api}/repos/${identity.fullName}`,
    default_branch: identity.defaultBranch,
    language: null,
    homepage: null,
    mirror_url: null,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

/** The identity of a repository kept in state. */
export function repoIdentity(scope: RenderScope): RepoIdentity {
  const { repo } = scope;
  return {
    id: repo.id,
    fullName: repo.fullName,
    ownerType: repo.ownerType,
    defaultBranch: repo.defaultBranch,
    private: repo.private,
    fork: false,
  };
}

/** A pull request object; its title, body, labels and author come from its issue side. */
export function renderPull(scope: RenderScope, pull: PullRecord): Json {
  const { links, repo } = scope;
  const issue = repo.issues.get(pull.number);
  if (!issue) throw new Error(`pull #${pull.number} has no issue record`);
  const issueJson = renderIssue(scope, issue);
  const template = rebase(scope.contract.template('pull-request'), links, repo.fullName);
  const base = repoIdentity(scope);
  const isFork = pull.headRepo.toLowerCase() !== repo.fullName.toLowerCase();
  const head: RepoIdentity = isFork
    ? { ...base, id: actorId(pull.headRepo), fullName: pull.headRepo, fork: true }
    : base;
  const side = (identity: RepoIdentity, ref: string, sha: string) => {
    const owner = identity.fullName.split('/')[0] ?? '';
    return {
      label: `${owner}:${ref}`,
      ref,
      sha,
      user: renderUser({ login: owner, type: identity.ownerType }, links),
      repo: renderRepo(scope, identity),
    };
  };
  const api = `${links.api}/repos/${repo.fullName}`;
  const html = `${links.web}/${repo.fullName}/pull/${pull.number}`;
  const files = pull.files ?? scope.state.diff(repo, pull.baseSha, pull.headSha);
  return {
    ...template,
    url: `${api}/pulls/${pull.number}`,
    id: issue.id,
    node_id: nodeId('PullRequest', issue.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: issue.title,
    user: issueJson.user,
    body: issue.body,
    labels: issueJson.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.merged ? (issue.closedAt ?? issue.updatedAt) : null,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: issueJson.assignee,
    assignees: issueJson.assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: side(head, pull.headRef, pull.headSha),
    base: side(base, pull.baseRef, pull.baseSha),
    _links: {
      self: { href: `${api}/pulls/${pull.number}` },
      html: { href: html },
      issue: { href: `${api}/issues/${pull.number}` },
      comments: { href: `${api}/issues/${pull.number}/comments` },
      review_comments: { href: `${api}/pulls/${pull.number}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${pull.number}/commits` },
      statuses: { href: `${api}/statuses/${pull.headSha}` },
    },
    author_association: issueJson.author_association,
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: pull.state === 'open' ? true : null,
    rebaseable: pull.state === 'open' ? true : null,
    mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
    merged_by: pull.merged ? issueJson.user : null,
    comments: issueJson.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: files.reduce((sum, file) => sum + (file.additions ?? 0), 0),
    deletions: files.reduce((sum, file) => sum + (file.deletions ?? 0), 0),
    changed_files: files.length,
  };
}
