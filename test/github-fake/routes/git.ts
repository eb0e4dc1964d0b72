import type { FileEntry, TreeItem } from '../git-store.js';
import { renderBlob, renderCommit, renderRef, renderTree } from '../render-git.js';
import { notFound, type RepoContext, type RepoRouteHandler, stringParam, validationFailed } from './types.js';

/** A tree sha, or a commit/branch whose tree is meant (GitHub accepts both for get-tree). */
function resolveTree(ctx: RepoContext, treeish: string): string | undefined {
  const { git } = ctx.repo;
  if (git.trees.has(treeish)) return treeish;
  const commit = git.resolve(treeish);
  return commit ? git.commits.get(commit)?.tree : undefined;
}

const getTree: RepoRouteHandler = (ctx) => {
  const sha = resolveTree(ctx, ctx.params.tree_sha ?? '');
  if (!sha) return notFound();
  const { git } = ctx.repo;
  const recursive = stringParam(ctx.query.recursive) !== undefined;
  const items: TreeItem[] = [];
  const walk = (treeSha: string, prefix: string) => {
    for (const item of git.trees.get(treeSha) ?? []) {
      items.push({ ...item, path: `${prefix}${item.path}` });
      if (recursive && item.type === 'tree') walk(item.sha, `${prefix}${item.path}/`);
    }
  };
  walk(sha, '');
  return { status: 200, body: renderTree(ctx, sha, items) };
};

const getBlob: RepoRouteHandler = (ctx) => {
  const sha = ctx.params.file_sha ?? '';
  const data = ctx.repo.git.blobs.get(sha);
  return data ? { status: 200, body: renderBlob(ctx, sha, data) } : notFound();
};

const getRef: RepoRouteHandler = (ctx) => {
  const ref = `refs/${ctx.params.ref ?? ''}`;
  const sha = ctx.repo.git.refs.get(ref);
  return sha ? { status: 200, body: renderRef(ctx, ref, sha) } : notFound();
};

const createRef: RepoRouteHandler = (ctx) => {
  const ref = String(ctx.body.ref);
  const sha = String(ctx.body.sha);
  const { git } = ctx.repo;
  if (!/^refs\/[^/]+\/.+/.test(ref))
    return validationFailed([], 'Reference name must start with refs/ and contain two slashes');
  if (git.refs.has(ref)) return validationFailed([], 'Reference already exists');
  if (!git.commits.has(sha)) return validationFailed([], 'Object does not exist');
  git.refs.set(ref, sha);
  return {
    status: 201,
    body: renderRef(ctx, ref, sha),
    headers: { location: `${ctx.links.api}/repos/${ctx.repo.fullName}/git/${ref}` },
  };
};

const updateRef: RepoRouteHandler = (ctx) => {
  const ref = `refs/${ctx.params.ref ?? ''}`;
  const sha = String(ctx.body.sha);
  const { git } = ctx.repo;
  const current = git.refs.get(ref);
  if (!current) return validationFailed([], 'Reference does not exist');
  if (!git.commits.has(sha)) return validationFailed([], 'Object does not exist');
  if (ctx.body.force !== true && !git.isAncestor(current, sha)) {
    return validationFailed([], 'Update is not a fast forward');
  }
  git.refs.set(ref, sha);
  followBranch(ctx, ref, sha);
  return { status: 200, body: renderRef(ctx, ref, sha) };
};

/** Open pull requests from a branch of this repository follow it, as on GitHub (their head moves). */
function followBranch(ctx: RepoContext, ref: string, sha: string): void {
  for (const pull of ctx.repo.pulls.values()) {
    if (pull.state === 'open' && pull.headRepo === ctx.repo.fullName && `refs/heads/${pull.headRef}` === ref)
      pull.headSha = sha;
  }
}

const createBlob: RepoRouteHandler = (ctx) => {
  const encoding = ctx.body.encoding === 'base64' ? 'base64' : 'utf8';
  const sha = ctx.repo.git.putBlob(Buffer.from(String(ctx.body.content), encoding));
  const url = `${ctx.links.api}/repos/${ctx.repo.fullName}/git/blobs/${sha}`;
  return { status: 201, body: { url, sha }, headers: { location: url } };
};

interface TreeInput {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha?: string | null;
  content?: string;
}

const createTree: RepoRouteHandler = (ctx) => {
  const { git } = ctx.repo;
  const base = ctx.body.base_tree
    ? git.flattenTree(String(ctx.body.base_tree))
    : new Map<string, FileEntry>();
  if (!base) return validationFailed([], 'base_tree is not a valid tree oid');
  const files = new Map(base);
  for (const entry of ctx.body.tree as TreeInput[]) {
    const prefix = `${entry.path}/`;
    if (entry.sha === null) {
      // null deletes the path, and everything under it for a tree.
      files.delete(entry.path);
      for (const path of [...files.keys()]) if (path.startsWith(prefix)) files.delete(path);
    } else if (entry.content !== undefined) {
      files.set(entry.path, { sha: git.putBlob(entry.content), mode: entry.mode });
    } else if (entry.type === 'tree' && entry.sha) {
      const sub = git.flattenTree(entry.sha);
      if (!sub) return validationFailed([], `tree.sha ${entry.sha} is not a valid tree`);
      for (const [path, file] of sub) files.set(`${prefix}${path}`, file);
    } else if (entry.sha) {
      if (!git.blobs.has(entry.sha)) return validationFailed([], `tree.sha ${entry.sha} is not a valid blob`);
      files.set(entry.path, { sha: entry.sha, mode: entry.mode });
    }
  }
  const sha = git.writeTree(files);
  return { status: 201, body: renderTree(ctx, sha, git.trees.get(sha) ?? []) };
};

const createCommit: RepoRouteHandler = (ctx) => {
  const { git } = ctx.repo;
  const tree = String(ctx.body.tree);
  const parents = (ctx.body.parents ?? []) as string[];
  if (!git.trees.has(tree)) return validationFailed([], 'Tree SHA does not exist');
  if (parents.some((parent) => !git.commits.has(parent)))
    return validationFailed([], 'Parent SHA does not exist');
  const commit = git.createCommit(tree, parents, String(ctx.body.message));
  return { status: 201, body: renderCommit(ctx, commit) };
};

const getCommit: RepoRouteHandler = (ctx) => {
  const commit = ctx.repo.git.commits.get(ctx.params.commit_sha ?? '');
  return commit ? { status: 200, body: renderCommit(ctx, commit) } : notFound();
};

/** Git database routes by operationId. */
export const gitRoutes: Record<string, RepoRouteHandler> = {
  'git/get-tree': getTree,
  'git/get-blob': getBlob,
  'git/get-ref': getRef,
  'git/create-ref': createRef,
  'git/update-ref': updateRef,
  'git/create-blob': createBlob,
  'git/create-tree': createTree,
  'git/create-commit': createCommit,
  'git/get-commit': getCommit,
};
