/** Kinds of write a token may be refused, e.g. label creation only for a fork's read-only token. */
export type WriteKind = 'comments' | 'issues' | 'labels' | 'checks' | 'contents';

/** Every write kind. */
export const WRITE_KINDS: readonly WriteKind[] = ['comments', 'issues', 'labels', 'checks', 'contents'];

/** Which write kind each implemented write operation needs. */
const OPERATION_KINDS: Record<string, WriteKind> = {
  'issues/create-comment': 'comments',
  'issues/update-comment': 'comments',
  'issues/delete-comment': 'comments',
  'repos/create-commit-comment': 'comments',
  'repos/update-commit-comment': 'comments',
  'repos/delete-commit-comment': 'comments',
  'issues/create': 'issues',
  'issues/update': 'issues',
  'issues/add-sub-issue': 'issues',
  'issues/add-blocked-by-dependency': 'issues',
  'issues/create-label': 'labels',
  'checks/create': 'checks',
  'checks/update': 'checks',
  'git/create-ref': 'contents',
  'git/update-ref': 'contents',
  'git/create-blob': 'contents',
  'git/create-tree': 'contents',
  'git/create-commit': 'contents',
  'repos/create-or-update-file-contents': 'contents',
};

/**
 * What the tokens of a fake may write. GitHub answers a refused write with 403 "Resource not
 * accessible by integration" — what a pull request from a fork gets with its read-only GITHUB_TOKEN.
 */
export class Permissions {
  private readonly levels = new Map<WriteKind, 'read' | 'write'>(WRITE_KINDS.map((kind) => [kind, 'write']));

  constructor(readOnly = false) {
    if (readOnly) this.set('all', 'read');
  }

  /** Sets one kind, or all of them. */
  set(kind: WriteKind | 'all', level: 'read' | 'write'): void {
    for (const one of kind === 'all' ? WRITE_KINDS : [kind]) this.levels.set(one, level);
  }

  /** True when the operation is not a write, or its kind is writable. */
  allows(operationId: string): boolean {
    const kind = OPERATION_KINDS[operationId];
    return kind === undefined || this.levels.get(kind) === 'write';
  }
}
