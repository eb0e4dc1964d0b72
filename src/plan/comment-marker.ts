/** What a comment or issue body made by this tool is for; each kind has its own marker. */
export type MarkerKind =
  | 'review'
  | 'followups'
  | 'followup'
  | 'fingerprint'
  | 'closed'
  | 'agenda'
  | 'digest'
  | 'preread'
  | 'dashboard'
  | 'reminder'
  | 'suggestion'
  | 'sync'
  | 'tracking'
  | 'planned';

const PREFIX = 'decision-register';

/**
 * The hidden HTML comment that identifies a body this tool wrote and may later update:
 * `<!-- decision-register:review -->`, or `<!-- decision-register:followup:docs%2Fq3.md%23D3 -->`
 * with a key. The key is percent-encoded, so user text in it can never close the comment.
 */
export function markerFor(kind: MarkerKind, key?: string): string {
  const suffix = key === undefined ? '' : `:${encodeURIComponent(key).replaceAll('-', '%2D')}`;
  return `<!-- ${PREFIX}:${kind}${suffix} -->`;
}

/** What every keyed marker of `kind` starts with (`<!-- decision-register:followup:`). */
export function markerPrefix(kind: MarkerKind): string {
  return `<!-- ${PREFIX}:${kind}:`;
}

/**
 * True when `body` carries `marker` (how sticky comments and issues are found again). Anyone can
 * paste a marker, so callers also check that the author is this app or workflow.
 */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return typeof body === 'string' && body.includes(marker);
}
