import type { Actor, CommentRecord, IssueRecord, LabelRecord } from './records.js';
import { type Json, type Links, nodeId, rebase, renderUser } from './render-common.js';
import type { FakeState, RepoState } from './state.js';
import type { ContractValidator } from './validator.js';

/** What renderers need besides the record. */
export interface RenderScope {
  links: Links;
  repo: RepoState;
  contract: ContractValidator;
  state: FakeState;
}

const EMPTY_REACTIONS = {
  total_count: 0,
  '+1': 0,
  '-1': 0,
  laugh: 0,
  hooray: 0,
  confused: 0,
  heart: 0,
  rocket: 0,
  eyes: 0,
};

/** How GitHub relates an author to the repository. */
export function authorAssociation(repo: RepoState, actor: Actor): string {
  if (actor.login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  return actor.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR';
}

/** A label object. */
export function renderLabel(scope: Pick<RenderScope, 'links' | 'repo'>, label: LabelRecord): Json {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${scope.links.api}/repos/${scope.repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

/** An issue object; pull requests carry the `pull_request` key, as in GitHub's issue lists. */
export function renderIssue(scope: RenderScope, issue: IssueRecord): Json {
  const { links, repo } = scope;
  const repoApi = `${links.api}/repos/${repo.fullName}`;
  const url = `${repoApi}/issues/${issue.number}`;
  const htmlUrl = `${links.web}/${repo.fullName}/${issue.isPull ? 'pull' : 'issues'}/${issue.number}`;
  const labels = issue.labels.map((name) => {
    const label = repo.labels.get(name.toLowerCase());
    return label ? renderLabel(scope, label) : undefined;
  });
  const assignees = issue.assignees.map((login) => renderUser({ login, type: 'User' }, links));
  const rendered: Json = {
    ...rebase(scope.contract.template('issue'), links, repo.fullName),
    id: issue.id,
    node_id: nodeId('Issue', issue.id),
    url,
    repository_url: repoApi,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: htmlUrl,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(issue.user, links),
    labels: labels.filter((label) => label !== undefined),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: repo.comments.filter((comment) => comment.issueNumber === issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: null,
    pinned_comment: null,
    author_association: authorAssociation(repo, issue.user),
    reactions: { url: `${url}/reactions`, ...EMPTY_REACTIONS },
    timeline_url: `${url}/timeline`,
  };
  if (issue.isPull) {
    const pull = repo.pulls.get(issue.number);
    const pullUrl = `${repoApi}/pulls/${issue.number}`;
    rendered.pull_request = {
      url: pullUrl,
      html_url: htmlUrl,
      diff_url: `${htmlUrl}.diff`,
      patch_url: `${htmlUrl}.patch`,
      merged_at: pull?.merged ? issue.closedAt : null,
    };
  } else {
    delete rendered.pull_request;
  }
  return rendered;
}

/** An issue comment object. */
export function renderComment(scope: Pick<RenderScope, 'links' | 'repo'>, comment: CommentRecord): Json {
  const { links, repo } = scope;
  const repoApi = `${links.api}/repos/${repo.fullName}`;
  const isPull = repo.issues.get(comment.issueNumber)?.isPull ?? false;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${repoApi}/issues/comments/${comment.id}`,
    html_url: `${links.web}/${repo.fullName}/${isPull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderUser(comment.user, links),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApi}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(repo, comment.user),
    reactions: { url: `${repoApi}/issues/comments/${comment.id}/reactions`, ...EMPTY_REACTIONS },
  };
}
