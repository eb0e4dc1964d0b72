import type { ChangedFile, GitHubPort, TreeEntry } from '../github-port.js';
import { commitFiles } from './commit-files.js';
import type { PortContext } from './port-context.js';

/** Files, trees and blobs at a commit; commits to a branch. */
export function contentMethods(
  ctx: PortContext,
): Pick<GitHubPort, 'compareFiles' | 'readFile' | 'listTree' | 'readBlob' | 'commitFiles'> {
  const { octokit, repo, base, call, orNull } = ctx;
  const readBlob = async (sha: string): Promise<Uint8Array> => {
    const { data } = await call(`read blob ${sha}`, () =>
      octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...base, file_sha: sha }),
    );
    return Buffer.from(data.content ?? '', data.encoding === 'base64' ? 'base64' : 'utf8');
  };

  return {
    async compareFiles(baseSha, headSha) {
      const files: ChangedFile[] = [];
      // The compare endpoint pages its files (100 a page, 3,000 at most) but has no Link-based pagination.
      for (let page = 1; page <= 30; page++) {
        const { data } = await call(`compare ${baseSha.slice(0, 7)}...${headSha.slice(0, 7)}`, () =>
          octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
            ...base,
            basehead: `${baseSha}...${headSha}`,
            per_page: 100,
            page,
          }),
        );
        const batch: { filename: string; status: ChangedFile['status']; previous_filename?: string }[] =
          data.files ?? [];
        for (const file of batch) {
          files.push({
            path: file.filename,
            status: file.status,
            ...(file.previous_filename ? { previousPath: file.previous_filename } : {}),
          });
        }
        if (batch.length < 100) break;
      }
      return files;
    },

    async readFile(path, ref) {
      const data = await call(`read ${path}@${ref.slice(0, 7)}`, () =>
        orNull(async () => {
          const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            ...base,
            path,
            ref,
          });
          return response.data;
        }),
      );
      if (data === null || Array.isArray(data) || data.type !== 'file') return null;
      // Files over 1 MB come back without content; their blob still has it.
      if (data.encoding === 'none' || (data.content === '' && data.size > 0)) return readBlob(data.sha);
      return Buffer.from(data.content ?? '', 'base64');
    },

    async listTree(ref) {
      const { data } = await call(`list tree at ${ref.slice(0, 7)}`, () =>
        octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
          ...base,
          tree_sha: ref,
          recursive: 'true',
        }),
      );
      return (data.tree as { type: string; path: string; sha: string; size?: number }[])
        .filter((entry) => entry.type === 'blob')
        .map((entry): TreeEntry => ({ path: entry.path, sha: entry.sha, size: entry.size }));
    },

    readBlob,

    commitFiles: (branch, message, files) =>
      call(`commit to ${branch}`, () => commitFiles(octokit, repo, branch, message, files)),
  };
}
