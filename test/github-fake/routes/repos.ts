import { paginate } from '../pagination.js';
import type { ChangedFileRecord } from '../records.js';
import { rebase } from '../render-common.js';
import { renderCommit, renderContentEntry, wrappedBase64 } from '../render-git.js';
import { renderPull, renderRepo, repoIdentity } from '../render-repo.js';
import {
  intParam,
  notFound,
  type RepoContext,
  type RepoRouteHandler,
  type RouteResult,
  stringParam,
  validationFailed,
} from './types.js';

const CONTENTS_DOCS = 'https://docs.github.com/rest/repos/contents#get-repository-content';

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_PULL_FILES = 3000;

const getRepo: RepoRouteHandler = (ctx) => ({ status: 200, body: renderRepo(ctx, repoIdentity(ctx)) });

const getContent: RepoRouteHandler = (ctx) => {
  const ref = stringParam(ctx.query.ref) ?? ctx.repo.defaultBranch;
  const sha = ctx.repo.git.resolve(ref);
  const commit = sha ? ctx.repo.git.commits.get(sha) : undefined;
  if (!commit)
    return {
      status: 404,
      body: {
        message: `No commit found for the ref ${ref}`,
        documentation_url: CONTENTS_DOCS,
        status: '404',
      },
    };
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const file = commit.files.get(path);
  if (file) {
    const data = ctx.repo.git.blobs.get(file.sha) ?? Buffer.alloc(0);
    const accept = String(ctx.requestHeaders.accept ?? '');
    if (/vnd\.github(\.v3)?\.raw/.test(accept)) return { status: 200, raw: data };
    const entry = renderContentEntry(ctx, { path, sha: file.sha, size: data.length, type: 'file' }, ref);
    return { status: 200, body: { ...entry, content: wrappedBase64(data), encoding: 'base64' } };
  }
  // A directory: its direct children, files and sub-directories.
  const prefix = path === '' ? '' : `${path}/`;
  const children = new Map<string, { path: string; sha: string; size: number; type: 'file' | 'dir' }>();
  for (const [filePath, entry] of commit.files) {
    if (!filePath.startsWith(prefix)) continue;
    const [head, ...rest] = filePath.slice(prefix.length).split('/');
    if (!head) continue;
    const childPath = `${prefix}${head}`;
    if (rest.length === 0) {
      children.set(childPath, {
        path: childPath,
        sha: entry.sha,
        size: ctx.repo.git.blobs.get(entry.sha)?.length ?? 0,
        type: 'file',
      });
    } else if (!children.has(childPath)) {
      const tree = ctx.repo.git.writeTree(
        new Map(
          [...commit.files]
            .filter(([p]) => p.startsWith(`${childPath}/`))
            .map(([p, e]) => [p.slice(childPath.length + 1), e]),
        ),
      );
      children.set(childPath, { path: childPath, sha: tree, size: 0, type: 'dir' });
    }
  }
  if (children.size === 0) return notFound(CONTENTS_DOCS);
  return { status: 200, body: [...children.values()].map((child) => renderContentEntry(ctx, child, ref)) };
};

const putContent: RepoRouteHandler = (ctx) => {
  const { repo } = ctx;
  const branch = String(ctx.body.branch ?? repo.defaultBranch);
  const head = repo.git.refs.get(`refs/heads/${branch}`);
  if (!head) return validationFailed([], `Branch ${branch} not found`);
  const path = (ctx.params.path ?? '').replace(/^\/+/, '');
  const existing = repo.git.commits.get(head)?.files.get(path);
  if (existing && ctx.body.sha === undefined)
    return validationFailed([], 'Invalid request.\n\n"sha" wasn\'t supplied.');
  if (existing && ctx.body.sha !== existing.sha) {
    return {
      status: 409,
      body: {
        message: `${path} does not match ${String(ctx.body.sha)}`,
        documentation_url: 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents',
        status: '409',
      },
    };
  }
  const content = Buffer.from(String(ctx.body.content), 'base64');
  const commit = ctx.state.commit(repo, { [path]: content }, { branch, message: String(ctx.body.message) });
  const sha = commit.files.get(path)?.sha ?? '';
  const entry = renderContentEntry(ctx, { path, sha, size: content.length, type: 'file' }, branch);
  return { status: existing ? 200 : 201, body: { content: entry, commit: renderCommit(ctx, commit) } };
};

function findPull(ctx: RepoContext) {
  return ctx.repo.pulls.get(intParam(ctx.params.pull_number, -1));
}

const getPull: RepoRouteHandler = (ctx) => {
  const pull = findPull(ctx);
  return pull ? { status: 200, body: renderPull(ctx, pull) } : notFound();
};

function renderChangedFile(ctx: RepoContext, headSha: string, file: ChangedFileRecord) {
  const encoded = file.filename.split('/').map(encodeURIComponent).join('/');
  const web = `${ctx.links.web}/${ctx.repo.fullName}`;
  const additions = file.additions ?? 0;
  const deletions = file.deletions ?? 0;
  return {
    sha: file.sha ?? '0'.repeat(40),
    filename: file.filename,
    status: file.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${web}/blob/${headSha}/${encoded}`,
    raw_url: `${web}/raw/${headSha}/${encoded}`,
    contents_url: `${ctx.links.api}/repos/${ctx.repo.fullName}/contents/${encoded}?ref=${headSha}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
  };
}

const listFiles: RepoRouteHandler = (ctx): RouteResult => {
  const pull = findPull(ctx);
  if (!pull) return notFound();
  const files = (pull.files ?? ctx.state.diff(ctx.repo, pull.baseSha, pull.headSha)).slice(0, MAX_PULL_FILES);
  const page = paginate(files, ctx.query, ctx.links, ctx.path);
  return {
    status: 200,
    body: page.items.map((file) => renderChangedFile(ctx, pull.headSha, file)),
    headers: page.headers,
  };
};

/** `compare/{base}...{head}`: GitHub's comparison (from the spec's example) with the real files. */
const compareCommits: RepoRouteHandler = (ctx): RouteResult => {
  // The matcher splits `{basehead}` into base and head, as GitHub's path `compare/{base}...{head}` reads.
  const [base = '', head = ''] =
    ctx.params.base !== undefined
      ? [ctx.params.base, ctx.params.head]
      : (ctx.params.basehead ?? '').split('...');
  const baseSha = ctx.repo.git.resolve(base);
  const headSha = ctx.repo.git.resolve(head);
  if (!baseSha || !headSha) return notFound();
  const files = ctx.state.diff(ctx.repo, baseSha, headSha);
  const perPage = Math.min(intParam(ctx.query.per_page, 30), 100);
  const page = Math.max(intParam(ctx.query.page, 1), 1);
  const body = rebase(
    ctx.contract.example('repos/compare-commits', 200),
    ctx.links,
    ctx.repo.fullName,
  ) as Record<string, unknown>;
  body.files = files
    .slice((page - 1) * perPage, page * perPage)
    .map((f) => renderChangedFile(ctx, headSha, f));
  return { status: 200, body };
};

/** Repository, contents and pull request routes by operationId. */
export const repoRoutes: Record<string, RepoRouteHandler> = {
  'repos/get': getRepo,
  'repos/get-content': getContent,
  'repos/create-or-update-file-contents': putContent,
  'pulls/get': getPull,
  'pulls/list-files': listFiles,
  'repos/compare-commits': compareCommits,
};
