import type { CommitRecord, TreeItem } from './git-store.js';
import { type Json, type Links, nodeId } from './render-common.js';
import type { RepoState } from './state.js';

/** Scope of git object renderers. */
export interface GitScope {
  links: Links;
  repo: RepoState;
}

function repoApi(scope: GitScope): string {
  return `${scope.links.api}/repos/${scope.repo.fullName}`;
}

/** Base64 wrapped at 60 columns, as GitHub sends blob and file content. */
export function wrappedBase64(data: Buffer): string {
  return (data.toString('base64').match(/.{1,60}/g) ?? ['']).join('\n');
}

/** A git reference object. */
export function renderRef(scope: GitScope, ref: string, sha: string): Json {
  return {
    ref,
    node_id: nodeId('Ref', `${scope.repo.id}:${ref}`),
    url: `${repoApi(scope)}/git/${ref}`,
    object: { type: 'commit', sha, url: `${repoApi(scope)}/git/commits/${sha}` },
  };
}

/** A tree listing; `items` may come from a recursive flattening. */
export function renderTree(scope: GitScope, sha: string, items: TreeItem[]): Json {
  const api = repoApi(scope);
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    tree: items.map((item) => ({
      ...item,
      url: `${api}/git/${item.type === 'tree' ? 'trees' : 'blobs'}/${item.sha}`,
    })),
    truncated: false,
  };
}

/** A blob with base64 content. */
export function renderBlob(scope: GitScope, sha: string, data: Buffer): Json {
  return {
    sha,
    node_id: nodeId('Blob', sha),
    size: data.length,
    url: `${repoApi(scope)}/git/blobs/${sha}`,
    content: wrappedBase64(data),
    encoding: 'base64',
  };
}

/** A git commit object (unsigned). */
export function renderCommit(scope: GitScope, commit: CommitRecord): Json {
  const api = repoApi(scope);
  const person = { name: 'Decision Register Fake', email: 'fake@example.com', date: commit.date };
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', commit.sha),
    url: `${api}/git/commits/${commit.sha}`,
    html_url: `${scope.links.web}/${scope.repo.fullName}/commit/${commit.sha}`,
    author: person,
    committer: person,
    message: commit.message,
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/git/commits/${sha}`,
      html_url: `${scope.links.web}/${scope.repo.fullName}/commit/${sha}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** The metadata GitHub's contents API gives a file or directory entry (no content). */
export function renderContentEntry(
  scope: GitScope,
  entry: { path: string; sha: string; size: number; type: 'file' | 'dir' },
  ref: string,
): Json {
  const api = repoApi(scope);
  const encodedPath = entry.path.split('/').map(encodeURIComponent).join('/');
  const self = `${api}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`;
  const git = `${api}/git/${entry.type === 'dir' ? 'trees' : 'blobs'}/${entry.sha}`;
  const html = `${scope.links.web}/${scope.repo.fullName}/${entry.type === 'dir' ? 'tree' : 'blob'}/${ref}/${encodedPath}`;
  return {
    type: entry.type,
    size: entry.size,
    name: entry.path.split('/').at(-1) ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url:
      entry.type === 'file' ? `${scope.links.web}/raw/${scope.repo.fullName}/${ref}/${encodedPath}` : null,
    _links: { self, git, html },
  };
}
