import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/default-config.js';
import { isRegisterPath } from '../../src/config/is-register-path.js';

describe('isRegisterPath with the default globs', () => {
  const config = defaultConfig();

  it.each([
    'decisions/2026-01-10.yml',
    'decisions/2026/q1/review.yaml',
    'decisions/notes.md',
    'platform.decisions.yml',
    'teams/infra/okta.decisions.md',
    '.github/ops.decisions.yaml',
    'decisions/.hidden/review.yml',
    './decisions/a.yml',
    'decisions\\windows\\path.yml',
    'docs/decisions/0001-use-madr.md',
    'docs/adr/0002-use-x.md',
    'doc/adr/0003-record-architecture-decisions.md',
    'keps/sig-node/1287-in-place-update/kep.yaml',
  ])('matches %s', (path) => {
    expect(isRegisterPath(config, path)).toBe(true);
  });

  it.each([
    'decisions/README.md',
    'decisions/sub/README.md',
    'docs/decisions/a.yml',
    'decisions/a.json',
    'decisions.yml',
    'notes/meeting.md',
    'platform.decisions.txt',
    'README.md',
    'docs/adr/README.md',
    'docs/decisions/adr-template.md',
    'docs/adr/notes.yml',
    'geps/gep-1/metadata.yaml',
  ])('does not match %s', (path) => {
    expect(isRegisterPath(config, path)).toBe(false);
  });
});

describe('isRegisterPath with configured globs', () => {
  it('uses paths and exclude from the config', () => {
    const config = { ...defaultConfig(), paths: ['registers/*.yml'], exclude: ['registers/draft-*'] };
    expect(isRegisterPath(config, 'registers/a.yml')).toBe(true);
    expect(isRegisterPath(config, 'registers/draft-a.yml')).toBe(false);
    expect(isRegisterPath(config, 'decisions/a.yml')).toBe(false);
  });

  it('with an empty exclude keeps every path match; with empty paths matches nothing', () => {
    expect(isRegisterPath({ paths: ['**/*.md'], exclude: [] }, 'README.md')).toBe(true);
    expect(isRegisterPath({ paths: [], exclude: [] }, 'decisions/a.yml')).toBe(false);
  });
});
