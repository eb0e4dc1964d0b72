import type { RepoRef } from '../github-port.js';
import { type OctokitLike, statusOf } from './octokit-like.js';

/**
 * Commits files to `branch` with the Git Data API: one tree, one commit, one ref update. The
 * branch is created from the default branch when missing. When the files are already there the
 * tree is unchanged and no commit is made, so re-runs leave no empty commits. Returns the sha the
 * branch points at afterwards.
 */
export async function commitFiles(
  octokit: OctokitLike,
  repo: RepoRef,
  branch: string,
  message: string,
  files: { path: string; content: string }[],
): Promise<string> {
  const base = { owner: repo.owner, repo: repo.repo };
  let parentSha: string;
  let exists = true;
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ...base,
      ref: `heads/${branch}`,
    });
    parentSha = data.object.sha;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    exists = false;
    const { data: info } = await octokit.request('GET /repos/{owner}/{repo}', base);
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
      ...base,
      ref: `heads/${info.default_branch}`,
    });
    parentSha = data.object.sha;
  }
  const { data: parent } = await octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
    ...base,
    commit_sha: parentSha,
  });
  const { data: tree } = await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
    ...base,
    base_tree: parent.tree.sha,
    tree: files.map((file) => ({ path: file.path, mode: '100644', type: 'blob', content: file.content })),
  });
  if (tree.sha === parent.tree.sha) {
    if (!exists) await createRef(octokit, base, branch, parentSha);
    return parentSha;
  }
  const { data: commit } = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
    ...base,
    message,
    tree: tree.sha,
    parents: [parentSha],
  });
  if (exists) {
    await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ...base,
      ref: `heads/${branch}`,
      sha: commit.sha,
    });
  } else {
    await createRef(octokit, base, branch, commit.sha);
  }
  return commit.sha;
}

async function createRef(
  octokit: OctokitLike,
  base: { owner: string; repo: string },
  branch: string,
  sha: string,
): Promise<void> {
  await octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...base, ref: `refs/heads/${branch}`, sha });
}
