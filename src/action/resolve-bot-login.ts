import type { OctokitLike } from '../github/octokit-like.js';

/**
 * The login our comments and issues are made as. A personal token asks `GET /user`; an
 * installation token (GITHUB_TOKEN, an app's token) can't, but GraphQL `viewer` answers it with
 * `<slug>[bot]`. Undefined when neither answers: comments are then recognised as ours by marker
 * plus bot authorship, and follow-up issues are listed without the `creator` filter.
 */
export async function resolveBotLogin(octokit: OctokitLike, token: string): Promise<string | undefined> {
  if (/^(ghp_|github_pat_|gho_|ghu_)/.test(token)) {
    try {
      const { data } = await octokit.request('GET /user');
      if (typeof data.login === 'string') return data.login;
    } catch {
      // Fall through to GraphQL.
    }
  }
  try {
    const answer = await octokit.graphql?.('query { viewer { login } }');
    const login = answer?.viewer?.login;
    return typeof login === 'string' && login !== '' ? login : undefined;
  } catch {
    return undefined;
  }
}
