/** A Projects v2 board, from its URL. */
export interface ProjectRef {
  /** Whose board: an organisation's or a user's (the GraphQL root field to ask). */
  ownerKind: 'organization' | 'user';
  login: string;
  number: number;
}

const PROJECT_URL =
  /^https?:\/\/[^/\s]+\/(orgs|users)\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/projects\/(\d+)(?:[/?#].*)?$/;

/**
 * `https://github.com/orgs/acme/projects/7` (or `/users/octocat/projects/2`, any host, any view
 * path after the number) as a reference; undefined when it is not such a URL.
 */
export function parseProjectUrl(url: string): ProjectRef | undefined {
  const match = PROJECT_URL.exec(url.trim());
  if (!match) return undefined;
  const number = Number.parseInt(match[3] as string, 10);
  if (!Number.isSafeInteger(number) || number < 1) return undefined;
  return { ownerKind: match[1] === 'orgs' ? 'organization' : 'user', login: match[2] as string, number };
}
