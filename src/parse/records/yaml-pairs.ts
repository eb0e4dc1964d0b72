import type { Locator } from '../locator.js';
import type { RecordPair } from './fields-from-pairs.js';

/**
 * The top-level keys of a record's YAML (front matter or metadata file) as text pairs:
 * scalars as text, lists of scalars (or of `{ name }`/`{ github }` mappings) as entries,
 * other mappings as compact JSON (kept as extra). Nulls and empty lists are left out.
 */
export function yamlPairs(value: Record<string, unknown>, locator: Locator): RecordPair[] {
  const pairs: RecordPair[] = [];
  for (const key of Object.keys(value)) {
    const raw = value[key];
    const pos = locator.at([key]);
    if (raw === null || raw === undefined) continue;
    if (Array.isArray(raw)) {
      if (raw.length === 0) continue;
      const entries = raw.map(entryText);
      if (entries.every((entry) => entry !== undefined)) {
        pairs.push({
          key,
          value: entries as string[],
          pos,
          entryPos: raw.map((_, i) => locator.at([key, i])),
        });
      } else pairs.push({ key, value: JSON.stringify(raw), pos });
    } else if (typeof raw === 'object') {
      pairs.push({ key, value: JSON.stringify(raw), pos });
    } else pairs.push({ key, value: String(raw).trim(), pos });
  }
  return pairs;
}

function entryText(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry.trim();
  if (typeof entry === 'number' || typeof entry === 'boolean') return String(entry);
  if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
    const record = entry as Record<string, unknown>;
    for (const key of ['github', 'name', 'login', 'handle', 'email'])
      if (typeof record[key] === 'string') return (record[key] as string).trim();
  }
  return undefined;
}
