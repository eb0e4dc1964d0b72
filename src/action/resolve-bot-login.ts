import type { OctokitLike } from '../github/octokit-like.js';

/**
 * The login our comments are posted as, when it can be known. A personal token can ask GitHub
 * (`GET /user`); installation tokens (GITHUB_TOKEN, app tokens) can't, and then comments are
 * recognised as ours by marker plus bot authorship.
 */
export async function resolveBotLogin(octokit: OctokitLike, token: string): Promise<string | undefined> {
  if (!/^(ghp_|github_pat_|gho_|ghu_)/.test(token)) return undefined;
  try {
    const { data } = await octokit.request('GET /user');
    return typeof data.login === 'string' ? data.login : undefined;
  } catch {
    return undefined;
  }
}
