import type { OctokitLike } from '../github/octokit/octokit-like.js';

/**
 * The login our comments are posted as: `github-actions[bot]` for GITHUB_TOKEN, `<slug>[bot]` for
 * an app's installation token, the user for a personal token. GraphQL's `viewer` answers for every
 * kind of token (REST `GET /user` refuses installation tokens); `GET /user` is the fallback for a
 * personal token. Undefined when neither answers: then no existing comment is trusted until our own
 * first comment shows the login.
 */
export async function resolveBotLogin(
  octokit: OctokitLike,
  token: string,
  graphqlUrl = '/graphql',
): Promise<string | undefined> {
  try {
    const { data } = await octokit.request(`POST ${graphqlUrl}`, { query: 'query { viewer { login } }' });
    const login = data?.data?.viewer?.login;
    if (typeof login === 'string' && login !== '') return login;
  } catch {
    // Fall through to the REST question, or to learning the login from our first comment.
  }
  if (!/^(ghp_|github_pat_|gho_|ghu_)/.test(token)) return undefined;
  try {
    const answer = await octokit.graphql?.('query { viewer { login } }');
    const login = answer?.viewer?.login;
    return typeof login === 'string' && login !== '' ? login : undefined;
  } catch {
    return undefined;
  }
}
