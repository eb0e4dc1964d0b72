import { createHash } from 'node:crypto';

/** A file in a snapshot: its blob's sha and git mode. */
export interface FileEntry {
  sha: string;
  mode: string;
}

/** A tree entry as GitHub's trees API lists it (`path` is the name within its tree). */
export interface TreeItem {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
  size?: number;
}

/** A commit with the full file snapshot it points at. */
export interface CommitRecord {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  date: string;
  /** Path → blob of every file in the commit's tree. */
  files: Map<string, FileEntry>;
}

/** A change to a file: new content, or null to delete it. */
export type FileChange = string | Buffer | null;

const AUTHOR = 'Decision Register Fake <fake@example.com>';

function sha1(kind: string, body: Buffer): string {
  return createHash('sha1').update(`${kind} ${body.length}\0`).update(body).digest('hex');
}

/**
 * Git objects of one repository with real git object ids: a blob's sha is sha1("blob <len>\0" + content),
 * trees and commits are hashed the way git hashes them, so shas are stable across runs.
 */
export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, TreeItem[]>();
  readonly commits = new Map<string, CommitRecord>();
  /** Full ref name (refs/heads/main) → commit sha. */
  readonly refs = new Map<string, string>();
  private clock = Date.UTC(2024, 0, 1) / 1000;

  /** Stores content as a blob and returns its sha. */
  putBlob(content: string | Buffer): string {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const sha = sha1('blob', data);
    this.blobs.set(sha, data);
    return sha;
  }

  /** Writes the nested trees for a flat path → blob map and returns the root tree's sha. */
  writeTree(files: Map<string, FileEntry>): string {
    const root = new Map<string, FileEntry | Map<string, unknown>>();
    for (const [path, entry] of files) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.get(part);
        if (!(next instanceof Map)) {
          next = new Map();
          dir.set(part, next);
        }
        dir = next as Map<string, FileEntry | Map<string, unknown>>;
      }
      dir.set(parts.at(-1) ?? path, entry);
    }
    return this.writeDir(root);
  }

  private writeDir(dir: Map<string, FileEntry | Map<string, unknown>>): string {
    const items: TreeItem[] = [];
    for (const [name, value] of dir) {
      if (value instanceof Map) {
        const sha = this.writeDir(value as Map<string, FileEntry | Map<string, unknown>>);
        items.push({ path: name, mode: '040000', type: 'tree', sha });
      } else {
        const entry = value as FileEntry;
        items.push({
          path: name,
          mode: entry.mode,
          type: 'blob',
          sha: entry.sha,
          size: this.blobs.get(entry.sha)?.length ?? 0,
        });
      }
    }
    // git orders entries by name, a tree's name compared as if it ended in '/'.
    const key = (item: TreeItem) => (item.type === 'tree' ? `${item.path}/` : item.path);
    items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const body = Buffer.concat(
      items.flatMap((item) => [
        Buffer.from(`${item.mode.replace(/^0/, '')} ${item.path}\0`),
        Buffer.from(item.sha, 'hex'),
      ]),
    );
    const sha = sha1('tree', body);
    this.trees.set(sha, items);
    return sha;
  }

  /** Every file under a tree, as path → blob. Undefined when the tree is unknown. */
  flattenTree(treeSha: string, prefix = ''): Map<string, FileEntry> | undefined {
    const items = this.trees.get(treeSha);
    if (!items) return undefined;
    const files = new Map<string, FileEntry>();
    for (const item of items) {
      const path = `${prefix}${item.path}`;
      if (item.type === 'tree') {
        for (const [sub, entry] of this.flattenTree(item.sha, `${path}/`) ?? []) files.set(sub, entry);
      } else {
        files.set(path, { sha: item.sha, mode: item.mode });
      }
    }
    return files;
  }

  /** Creates a commit of a tree. Dates advance one second per commit so order is visible. */
  createCommit(tree: string, parents: string[], message: string): CommitRecord {
    this.clock += 1;
    const stamp = `${this.clock} +0000`;
    const text = [
      `tree ${tree}`,
      ...parents.map((parent) => `parent ${parent}`),
      `author ${AUTHOR} ${stamp}`,
      `committer ${AUTHOR} ${stamp}`,
      '',
      message,
    ].join('\n');
    const files = this.flattenTree(tree) ?? new Map<string, FileEntry>();
    const date = new Date(this.clock * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const record: CommitRecord = {
      sha: sha1('commit', Buffer.from(text)),
      tree,
      parents,
      message,
      date,
      files,
    };
    this.commits.set(record.sha, record);
    return record;
  }

  /** Applies file changes on top of a parent commit (or nothing) and commits the result. */
  commitFiles(
    changes: Record<string, FileChange>,
    parent: string | undefined,
    message: string,
  ): CommitRecord {
    const files = new Map(parent ? this.commits.get(parent)?.files : undefined);
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) files.delete(path);
      else files.set(path, { sha: this.putBlob(content), mode: '100644' });
    }
    return this.createCommit(this.writeTree(files), parent ? [parent] : [], message);
  }

  /**
   * Resolves what GitHub accepts as a ref: a full or abbreviated commit sha, a branch or tag name,
   * `heads/x`, `tags/x` or `refs/...`.
   */
  resolve(ref: string): string | undefined {
    if (this.commits.has(ref)) return ref;
    for (const name of [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      const sha = this.refs.get(name);
      if (sha) return sha;
    }
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      for (const sha of this.commits.keys()) if (sha.startsWith(ref)) return sha;
    }
    return undefined;
  }

  /** True when `ancestor` is `descendant` or reachable through its parents. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const queue = [descendant];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const sha = queue.shift() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }
}
