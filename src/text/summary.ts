/** `1 error`, `3 warnings`: a count with its noun, pluralised with a plain `s`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `3 errors, 1 warning`, `2 errors` or `1 warning`; `no problems` when both are zero. */
export function describeCounts(counts: { errors: number; warnings: number }): string {
  const parts: string[] = [];
  if (counts.errors > 0) parts.push(plural(counts.errors, 'error'));
  if (counts.warnings > 0) parts.push(plural(counts.warnings, 'warning'));
  return parts.length > 0 ? parts.join(', ') : 'no problems';
}
