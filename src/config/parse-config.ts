import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import schema from '../../schema/config.schema.json' with { type: 'json' };
import { closestMatch } from '../model/closest-match.js';
import { RULE_IDS, type RuleId, type SeveritySetting } from '../model/rule-catalogue.js';
import { appSectionWarnings } from './app-section.js';
import { type Config, ConfigError } from './config.js';
import { defaultConfig } from './default-config.js';

// Compiled on first use: most repos have no config file, and the Action starts a process per run.
let compiled: ValidateFunction | undefined;
const validate = (value: unknown): ErrorObject[] | null => {
  compiled ??= new Ajv({ allErrors: true, strict: true }).compile(schema);
  return compiled(value) ? null : (compiled.errors ?? []);
};
const TOP_LEVEL_KEYS = Object.keys(schema.properties);

/**
 * Parses `.github/decision-register.yml`. Null or empty text gives the defaults. YAML syntax
 * errors and schema violations throw a ConfigError naming the offending key. `source` (the
 * file's path) is not repeated in the message: callers prefix it where they need it.
 * `onWarning` hears about what is accepted but ignored (unknown keys of the `app:` section).
 */
export function parseConfig(
  text: string | null,
  source?: string,
  onWarning?: (message: string) => void,
): Config {
  if (text === null || text.trim() === '') return defaultConfig();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const at = error.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const hint = reason.includes('reserved character @') ? ' (quote values that start with @: "@login")' : '';
    throw new ConfigError('', `invalid YAML${where}: ${reason}${hint}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new ConfigError('', `invalid YAML${source ? ` in ${source}` : ''}: ${(cause as Error).message}`);
  }
  return configFromObject(value, onWarning);
}

/**
 * Validates an already-parsed config object (Probot's `context.config` gives one) and fills
 * in the defaults. Null or undefined gives the defaults; keys set to null keep their default.
 */
export function configFromObject(obj: unknown, onWarning?: (message: string) => void): Config {
  if (obj === null || obj === undefined) return defaultConfig();
  if (typeof obj === 'object' && !Array.isArray(obj) && 'app' in obj) {
    for (const warning of appSectionWarnings((obj as { app: unknown }).app)) onWarning?.(warning);
  }
  const given =
    typeof obj === 'object' && !Array.isArray(obj)
      ? Object.fromEntries(Object.entries(obj).filter(([, value]) => value !== null && value !== undefined))
      : obj;
  const errors = validate(given);
  if (errors) throw toConfigError(errors);
  const file = given as Partial<Omit<Config, 'rules'>> & { rules?: Partial<Record<RuleId, SeveritySetting>> };
  const config = defaultConfig();
  return {
    paths: file.paths ?? config.paths,
    exclude: file.exclude ?? config.exclude,
    rules: { ...config.rules, ...file.rules },
    cycle_days: file.cycle_days ?? config.cycle_days,
    vague_owners: file.vague_owners ?? config.vague_owners,
    owners: Object.fromEntries(
      Object.entries(file.owners ?? {}).map(([name, handle]) => [
        name.trim(),
        handle.startsWith('@') ? handle : `@${handle}`,
      ]),
    ),
    core_group: file.core_group ?? config.core_group,
    topics: file.topics ?? config.topics,
    max_file_bytes: file.max_file_bytes ?? config.max_file_bytes,
    ...(file.date_order ? { date_order: file.date_order } : {}),
    ...(file.statuses ? { statuses: file.statuses } : {}),
    ...(file.strict ? { strict: true } : {}),
    ...(file.write_back ? { write_back: file.write_back } : {}),
    ...(file.tracking_issue ? { tracking_issue: true } : {}),
    ...(file.project ? { project: file.project } : {}),
    ...(file.fields ? { fields: file.fields } : {}),
  };
}

const KIND = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
};

/** Turns the first schema error into a ConfigError whose key is the dotted path of the bad key. */
function toConfigError(errors: ErrorObject[]): ConfigError {
  const error = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
  if (!error) return new ConfigError('', 'invalid config');
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = path.join('.');
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const inRules = key === 'rules';
      const hint = closestMatch(name, inRules ? RULE_IDS : key === '' ? TOP_LEVEL_KEYS : [], 3);
      const what = inRules ? 'unknown rule id' : 'unknown key';
      return new ConfigError(
        [...path, name].join('.'),
        `${what} "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      );
    }
    case 'enum':
      return new ConfigError(key, `must be one of ${(params.allowedValues as string[]).join(', ')}`);
    case 'type':
      return new ConfigError(key, `must be ${KIND[params.type as keyof typeof KIND] ?? params.type}`);
    case 'minimum':
      return new ConfigError(key, `must be at least ${params.limit}`);
    case 'maximum':
      return new ConfigError(key, `must be at most ${params.limit}`);
    case 'minItems':
    case 'minLength':
      return new ConfigError(key, 'must not be empty');
    case 'pattern':
      if (key === 'project')
        return new ConfigError(key, 'must be a Projects v2 URL (https://github.com/orgs/<org>/projects/<n>)');
      return new ConfigError(key, 'must be "@login" or "@org/team"');
    default:
      return new ConfigError(key, error.message ?? 'is invalid');
  }
}
