import type { Comment, Issue, ReviewComment } from '../github-port.js';

/** A REST issue comment as the port's Comment. */
// biome-ignore lint/suspicious/noExplicitAny: REST payloads are mapped field by field here.
export function toComment(data: any): Comment {
  return {
    id: data.id,
    url: data.html_url,
    body: data.body ?? '',
    author: data.user?.login,
    authorType: data.user?.type,
    createdAt: data.created_at,
  };
}

/** A REST issue as the port's Issue (labels may be names or objects). */
// biome-ignore lint/suspicious/noExplicitAny: as above.
export function toIssue(data: any): Issue {
  return {
    number: data.number,
    ...(typeof data.id === 'number' ? { id: data.id } : {}),
    url: data.html_url,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'closed' ? 'closed' : 'open',
    ...(data.state_reason !== undefined ? { stateReason: data.state_reason } : {}),
    ...(data.user?.login ? { author: data.user.login, authorType: data.user.type } : {}),
    labels: (data.labels ?? []).map((label: string | { name?: string }) =>
      typeof label === 'string' ? label : (label.name ?? ''),
    ),
    assignees: (data.assignees ?? []).map((user: { login: string }) => user.login),
  };
}

/** A REST pull request review comment as the port's ReviewComment. */
// biome-ignore lint/suspicious/noExplicitAny: as above.
export function toReviewComment(data: any): ReviewComment {
  return {
    ...toComment(data),
    path: data.path,
    line: typeof data.line === 'number' ? data.line : null,
    startLine: typeof data.start_line === 'number' ? data.start_line : null,
  };
}
