/** A suggestion comment as wanted now: where, and its body (which carries its marker). */
export interface WantedSuggestion {
  path: string;
  line: number;
  startLine: number;
  marker: string;
  body: string;
}

/** An existing review comment of the pull request. */
export interface PostedComment {
  id: number;
  path: string;
  line: number | null;
  startLine: number | null;
  body: string;
}

/** What to do so the pull request carries exactly the wanted suggestions, once each. */
export interface SuggestionChanges {
  create: WantedSuggestion[];
  update: Array<{ id: number; body: string }>;
  delete: number[];
  kept: number;
}

/**
 * Compares the wanted suggestions with this tool's earlier ones (`ours`: already filtered by
 * author and marker; people's comments never get here). Same marker on the same lines: kept,
 * or its body updated. Same marker on other lines (the text moved): deleted and created anew,
 * as a comment cannot move. No longer wanted, or a duplicate from a concurrent run: deleted.
 */
export function reconcileSuggestions(
  wanted: readonly WantedSuggestion[],
  ours: readonly PostedComment[],
): SuggestionChanges {
  const changes: SuggestionChanges = { create: [], update: [], delete: [], kept: 0 };
  const byMarker = new Map<string, PostedComment>();
  for (const comment of [...ours].sort((a, b) => a.id - b.id)) {
    const marker = markerOf(comment.body);
    if (marker === undefined || byMarker.has(marker)) changes.delete.push(comment.id);
    else byMarker.set(marker, comment);
  }
  for (const want of wanted) {
    const old = byMarker.get(want.marker);
    byMarker.delete(want.marker);
    const sameLines =
      old !== undefined &&
      old.path === want.path &&
      old.line === want.line &&
      (old.startLine ?? old.line) === want.startLine;
    if (old && sameLines) {
      if (old.body === want.body) changes.kept++;
      else changes.update.push({ id: old.id, body: want.body });
      continue;
    }
    if (old) changes.delete.push(old.id);
    changes.create.push(want);
  }
  for (const rest of byMarker.values()) changes.delete.push(rest.id);
  return changes;
}

function markerOf(body: string): string | undefined {
  return /<!-- decision-register:suggestion:[^ ]* -->/.exec(body)?.[0];
}
