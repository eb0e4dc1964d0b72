import { describe, expect, it } from 'vitest';
import schema from '../../schema/config.schema.json' with { type: 'json' };
import { ConfigError } from '../../src/config/config.js';
import { defaultConfig } from '../../src/config/default-config.js';
import { configFromObject, parseConfig } from '../../src/config/parse-config.js';
import { RULE_CATALOGUE, RULE_IDS } from '../../src/model/rule-catalogue.js';

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('defaultConfig', () => {
  it('holds the documented defaults and every rule at its catalogue severity', () => {
    const config = defaultConfig();
    expect(config.paths).toEqual(['decisions/**/*.{yml,yaml,md}', '**/*.decisions.{yml,yaml,md}']);
    expect(config.exclude).toEqual(['**/README.md']);
    expect(config.cycle_days).toBe(14);
    expect(config.max_file_bytes).toBe(5 * 1024 * 1024);
    expect(config.vague_owners).toContain('TBD');
    expect(config.vague_owners).toHaveLength(12);
    for (const id of RULE_IDS) expect(config.rules[id]).toBe(RULE_CATALOGUE[id].severity);
  });

  it('returns a fresh object each time', () => {
    const first = defaultConfig();
    first.paths.push('x');
    first.rules['owner-missing'] = 'off';
    expect(defaultConfig().paths).toHaveLength(2);
    expect(defaultConfig().rules['owner-missing']).toBe('error');
  });
});

describe('parseConfig', () => {
  it('gives the defaults for null, empty or comment-only text', () => {
    expect(parseConfig(null)).toEqual(defaultConfig());
    expect(parseConfig('')).toEqual(defaultConfig());
    expect(parseConfig('# nothing yet\n')).toEqual(defaultConfig());
  });

  it('reads every key and merges rule severities over the defaults', () => {
    const config = parseConfig(
      [
        '_extends: .github',
        'paths: ["registers/*.yml"]',
        'exclude: []',
        'rules:',
        '  owner-vague: warning',
        '  followup-implied: off',
        'cycle_days: 7',
        'vague_owners: [TBD, ops]',
        'owners:',
        '  Ana Lima: "@ana"',
        '  Security: acme/security',
        'core_group: [Ana Lima, "@bo"]',
        'topics:',
        '  identity: [corporate IAM/Okta owner, security engineering]',
        'max_file_bytes: 1000',
      ].join('\n'),
      '.github/decision-register.yml',
    );
    expect(config).toEqual({
      ...defaultConfig(),
      paths: ['registers/*.yml'],
      exclude: [],
      rules: { ...defaultConfig().rules, 'owner-vague': 'warning', 'followup-implied': 'off' },
      cycle_days: 7,
      vague_owners: ['TBD', 'ops'],
      owners: { 'Ana Lima': '@ana', Security: '@acme/security' },
      core_group: ['Ana Lima', '@bo'],
      topics: { identity: ['corporate IAM/Okta owner', 'security engineering'] },
      max_file_bytes: 1000,
    });
  });

  it('keeps defaults for keys left empty', () => {
    expect(parseConfig('exclude:\nrules:\n').exclude).toEqual(['**/README.md']);
  });

  it.each([
    [
      'rules:\n  owner-vague: loud',
      'rules.owner-vague',
      'rules.owner-vague: must be one of error, warning, off',
    ],
    ['cylce_days: 7', 'cylce_days', 'cylce_days: unknown key "cylce_days" (did you mean "cycle_days"?)'],
    [
      'rules:\n  owner-vauge: off',
      'rules.owner-vauge',
      'rules.owner-vauge: unknown rule id "owner-vauge" (did you mean "owner-vague"?)',
    ],
    [
      'rules:\n  no-such-rule: off',
      'rules.no-such-rule',
      'rules.no-such-rule: unknown rule id "no-such-rule"',
    ],
    ['cycle_days: 0', 'cycle_days', 'cycle_days: must be at least 1'],
    ['cycle_days: 400', 'cycle_days', 'cycle_days: must be at most 366'],
    ['cycle_days: 1.5', 'cycle_days', 'cycle_days: must be a whole number'],
    ['cycle_days: two weeks', 'cycle_days', 'cycle_days: must be a whole number'],
    ['paths: decisions/*.yml', 'paths', 'paths: must be a list'],
    ['paths: []', 'paths', 'paths: must not be empty'],
    ['exclude: [1]', 'exclude.0', 'exclude.0: must be a string'],
    ['owners:\n  Ana: "ana lima"', 'owners.Ana', 'owners.Ana: must be "@login" or "@org/team"'],
    ['topics:\n  identity: security', 'topics.identity', 'topics.identity: must be a list'],
    ['max_file_bytes: -1', 'max_file_bytes', 'max_file_bytes: must be at least 1'],
    ['- just\n- a list', '', 'must be a mapping'],
  ])('rejects %j naming the key', (text, key, message) => {
    const error = errorOf(() => parseConfig(text));
    expect(error.key).toBe(key);
    expect(error.message).toBe(message);
  });

  it('reports YAML syntax errors with their place', () => {
    const error = errorOf(() => parseConfig('rules:\n  owner-vague: [warning\n'));
    expect(error.key).toBe('');
    expect(error.message).toMatch(/^invalid YAML at line \d+, column \d+: /);
    expect(errorOf(() => parseConfig('owners:\n  Ana: @ana\n')).message).toBe(
      'invalid YAML at line 2, column 8: Plain value cannot start with reserved character @ (quote values that start with @: "@login")',
    );
  });

  it('rejects duplicate keys', () => {
    expect(errorOf(() => parseConfig('cycle_days: 7\ncycle_days: 8\n')).message).toBe(
      'invalid YAML at line 2, column 1: Map keys must be unique',
    );
  });
});

describe('configFromObject', () => {
  it('validates an already-parsed object the same way', () => {
    expect(configFromObject(null)).toEqual(defaultConfig());
    expect(configFromObject({ cycle_days: 10 }).cycle_days).toBe(10);
    expect(errorOf(() => configFromObject({ rules: { 'owner-vague': 'loud' } })).key).toBe(
      'rules.owner-vague',
    );
    expect(errorOf(() => configFromObject('text')).message).toBe('must be a mapping');
  });
});

describe('schema/config.schema.json', () => {
  it('lists exactly the catalogue rule ids', () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('reader keys', () => {
  it('accepts date_order, statuses and strict, and rejects bad values by key', () => {
    const config = parseConfig('date_order: dmy\nstatuses: { Shipped: done }\nstrict: true\n');
    expect(config).toMatchObject({ date_order: 'dmy', statuses: { Shipped: 'done' }, strict: true });
    expect(parseConfig('cycle_days: 7\n')).not.toHaveProperty('date_order');
    expect(() => parseConfig('date_order: ymd\n')).toThrow('date_order: must be one of mdy, dmy');
    expect(() => parseConfig('strict: maybe\n')).toThrow('strict:');
    expect(() => parseConfig('cycle_days: 1e15\n')).toThrow('cycle_days: must be at most 366');
  });
});
