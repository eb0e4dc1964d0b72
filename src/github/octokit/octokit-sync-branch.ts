import type { GitHubPort, PullSummary } from '../github-port.js';
import { statusOf } from './octokit-like.js';
import type { PortContext } from './port-context.js';

/**
 * The write-back's branch and pull request: the default branch, a branch rebuilt on it, and the
 * pull requests from that branch. Pull creation may be retried blindly: GitHub refuses a second
 * open pull request from the same head to the same base (422), so a lost answer never doubles it.
 */
export function syncBranchMethods(
  ctx: PortContext,
): Pick<GitHubPort, 'getDefaultBranch' | 'rebuildBranch' | 'listPullsFrom' | 'createPull' | 'updatePull'> {
  const { octokit, base, call, orNull } = ctx;
  const refSha = async (branch: string) => {
    const found = await call(`read branch ${branch}`, () =>
      orNull(() =>
        octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...base, ref: `heads/${branch}` }),
      ),
    );
    return found ? (found.data.object.sha as string) : undefined;
  };
  const commitOf = async (sha: string) =>
    (
      await call(`read commit ${sha.slice(0, 7)}`, () =>
        octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...base, commit_sha: sha }),
      )
    ).data as { tree: { sha: string }; parents: { sha: string }[]; message: string };

  return {
    async getDefaultBranch() {
      const { data } = await call('read the repository', () =>
        octokit.request('GET /repos/{owner}/{repo}', base),
      );
      const name = data.default_branch as string;
      const sha = await refSha(name);
      if (!sha) throw new Error(`the default branch ${name} has no commit`);
      return { name, sha };
    },

    async rebuildBranch(branch, baseSha, message, files, marker) {
      const tip = await refSha(branch);
      const tipCommit = tip ? await commitOf(tip) : undefined;
      if (tipCommit && !tipCommit.message.includes(marker)) return { sha: tip as string, outcome: 'foreign' };
      const parent = await commitOf(baseSha);
      const { data: tree } = await call(`write the tree of ${branch}`, () =>
        octokit.request('POST /repos/{owner}/{repo}/git/trees', {
          ...base,
          base_tree: parent.tree.sha,
          tree: files.map((f) => ({ path: f.path, mode: '100644', type: 'blob', content: f.content })),
        }),
      );
      if (tip && tipCommit && tipCommit.tree.sha === tree.sha && tipCommit.parents[0]?.sha === baseSha)
        return { sha: tip, outcome: 'unchanged' };
      const { data: commit } = await call(`commit to ${branch}`, () =>
        octokit.request('POST /repos/{owner}/{repo}/git/commits', {
          ...base,
          message,
          tree: tree.sha,
          parents: [baseSha],
        }),
      );
      const force = () =>
        call(`move ${branch}`, () =>
          octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
            ...base,
            ref: `heads/${branch}`,
            sha: commit.sha,
            force: true,
          }),
        );
      if (tip) {
        await force();
        return { sha: commit.sha, outcome: 'updated' };
      }
      try {
        await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
          ...base,
          ref: `refs/heads/${branch}`,
          sha: commit.sha,
        });
      } catch (error) {
        // 422 "Reference already exists": a concurrent run made it; both write the same files.
        if (statusOf(error) !== 422) throw error;
        await force();
      }
      return { sha: commit.sha, outcome: 'created' };
    },

    async listPullsFrom(branch) {
      const pulls = await call(`list pull requests from ${branch}`, () =>
        octokit.paginate('GET /repos/{owner}/{repo}/pulls', {
          ...base,
          head: `${base.owner}:${branch}`,
          state: 'open',
          per_page: 100,
        }),
      );
      return pulls.map(toPullSummary);
    },

    async createPull(draft) {
      const { data } = await call(`open a pull request from ${draft.head}`, () =>
        octokit.request('POST /repos/{owner}/{repo}/pulls', { ...base, ...draft }),
      );
      return toPullSummary(data);
    },

    async updatePull(number, patch) {
      const { data } = await call(`update pull request #${number}`, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
          ...base,
          pull_number: number,
          ...patch,
        }),
      );
      return toPullSummary(data);
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: REST payloads are mapped field by field here.
function toPullSummary(data: any): PullSummary {
  return {
    number: data.number,
    url: data.html_url,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'open' ? 'open' : 'closed',
    headRef: data.head?.ref,
    headSha: data.head?.sha,
    baseRef: data.base?.ref,
    ...(data.user?.login ? { author: data.user.login, authorType: data.user.type } : {}),
  };
}
