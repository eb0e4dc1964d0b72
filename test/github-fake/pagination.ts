import type { Links } from './render-common.js';

/** One page of a list and the headers GitHub sends with it. */
export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

/**
 * Slices a list the way GitHub does: `per_page` defaults to 30 and is silently capped at 100 (the
 * description gives no maximum, and GitHub does not reject larger values), `page` starts at 1, and a
 * Link header names prev/next/last/first pages when there is more than one.
 */
export function paginate<T>(
  items: readonly T[],
  query: Record<string, string | string[]>,
  links: Links,
  path: string,
): Page<T> {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const requested = Number.parseInt(first(query.per_page) ?? '30', 10);
  const perPage = Math.min(100, Math.max(1, Number.isFinite(requested) ? requested : 30));
  const page = Math.max(1, Number.parseInt(first(query.page) ?? '1', 10) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);

  const url = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (key === 'page' || key === 'per_page') continue;
      for (const one of Array.isArray(value) ? value : [value]) params.append(key, one);
    }
    params.set('per_page', String(perPage));
    params.set('page', String(target));
    return `<${links.api}${path}?${params}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${url(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (page > 1) rels.push(`${url(1)}; rel="first"`);
  return { items: slice, headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
}
