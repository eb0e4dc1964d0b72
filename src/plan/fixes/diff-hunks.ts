/** A hunk of a changed file's patch: the head (RIGHT side) lines it shows. */
export interface Hunk {
  /** RIGHT-side line numbers in the hunk (context and added lines). */
  lines: Set<number>;
}

/**
 * Reads the hunks of a `patch` as `pulls/list-files` gives it. GitHub takes a review comment
 * only on a RIGHT line of one hunk, and a multi-line comment only within one hunk.
 */
export function parseHunks(patch: string | undefined): Hunk[] {
  const hunks: Hunk[] = [];
  let line = 0;
  let current: Hunk | undefined;
  for (const text of (patch ?? '').split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      current = { lines: new Set() };
      hunks.push(current);
      line = Number(header[1]);
    } else if (current && (text.startsWith(' ') || text.startsWith('+'))) {
      current.lines.add(line++);
    }
  }
  return hunks;
}

/** True when lines `start`..`end` all lie in one hunk. */
export function inOneHunk(hunks: readonly Hunk[], start: number, end: number): boolean {
  return hunks.some((hunk) => {
    for (let line = start; line <= end; line++) if (!hunk.lines.has(line)) return false;
    return true;
  });
}
