import { loadYaml } from '../yaml/load-yaml.js';
import { emptyRegister, type ParsedRegister } from '../yaml/parse-yaml.js';
import { fieldsFromPairs } from './fields-from-pairs.js';
import { recordDecision } from './record-decision.js';
import { roleOf } from './record-keys.js';
import { yamlPairs } from './yaml-pairs.js';

/** Top-level keys of the register's own YAML form: a file with one of them is a register. */
const REGISTER_KEY = /^(?:decisions|actions|outputs|review)[ \t]*:/m;

/**
 * Reads a YAML file that records one proposal — a KEP's `kep.yaml`, a Gateway API GEP's
 * `metadata.yaml` and the like: a mapping with a `status`, a `title` or `name`, and authors
 * or a number — or returns undefined so the register reader takes it. `number`/`kep-number`
 * is the id (prefixed by the series: `kind: GEPDetails` → `GEP-1651`, `kep-number` → `KEP-…`,
 * or a `geps/`-like folder), authors are the owners, `last-updated`/`creation-date` the date.
 */
export function readYamlRecord(file: string, text: string): ParsedRegister | undefined {
  if (REGISTER_KEY.test(text) || !/^status[ \t]*:/m.test(text)) return undefined;
  const loaded = loadYaml(file, text);
  if (!loaded.ok) return undefined;
  const value = loaded.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const roles = new Set(Object.keys(record).map(roleOf));
  if (!roles.has('status') || !roles.has('title') || !(roles.has('owners') || roles.has('id')))
    return undefined;
  if (typeof record.status !== 'string' && typeof record.status !== 'number') return undefined;
  const kind = typeof record.kind === 'string' ? /^([A-Z][A-Za-z]{1,3})Details$/.exec(record.kind) : null;
  const pairs = yamlPairs(record, loaded.locator).filter(
    (pair) => !(/^(?:apiversion|kind)$/i.test(pair.key) && kind),
  );
  const fields = fieldsFromPairs(pairs, {
    file,
    source: 'yaml',
    pos: loaded.locator.at([]),
    text,
    ...(kind ? { idPrefix: kind[1]!.toUpperCase() } : {}),
  });
  const register = emptyRegister(file, 'yaml');
  register.record = true;
  register.decisions.push(recordDecision(fields));
  return { register, findings: [] };
}
