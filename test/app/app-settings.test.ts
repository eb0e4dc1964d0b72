import { describe, expect, it } from 'vitest';
import {
  appSettingsFromEnv,
  appSettingsFromSection,
  DEFAULT_APP_SETTINGS,
} from '../../src/app/app-settings.js';
import { ConfigError } from '../../src/config/config.js';

describe('appSettingsFromEnv', () => {
  it("gives action.yml's defaults when nothing is set", () => {
    expect(appSettingsFromEnv({})).toEqual({
      filterMode: 'added',
      failOn: 'error',
      mentionOwners: false,
      issuesFor: 'both',
      labels: ['follow-up'],
      maxIssues: 25,
    });
  });

  it('reads every DECISION_REGISTER_* variable', () => {
    const settings = appSettingsFromEnv({
      DECISION_REGISTER_FILTER_MODE: 'file',
      DECISION_REGISTER_FAIL_ON: 'warning',
      DECISION_REGISTER_MENTION_OWNERS: 'yes',
      DECISION_REGISTER_ISSUES_FOR: 'actions',
      DECISION_REGISTER_LABELS: 'follow-up, meeting',
      DECISION_REGISTER_MAX_ISSUES: '5',
    });
    expect(settings).toEqual({
      filterMode: 'file',
      failOn: 'warning',
      mentionOwners: true,
      issuesFor: 'actions',
      labels: ['follow-up', 'meeting'],
      maxIssues: 5,
    });
  });

  it('refuses a bad value naming the variable', () => {
    expect(() => appSettingsFromEnv({ DECISION_REGISTER_FAIL_ON: 'sometimes' })).toThrow(
      'DECISION_REGISTER_FAIL_ON must be one of error, warning, never, not "sometimes"',
    );
    expect(() => appSettingsFromEnv({ DECISION_REGISTER_MAX_ISSUES: '-1' })).toThrow(
      /DECISION_REGISTER_MAX_ISSUES/,
    );
  });
});

describe('appSettingsFromSection', () => {
  const base = { ...DEFAULT_APP_SETTINGS, failOn: 'never' as const };

  it('overrides only the keys the section sets', () => {
    expect(appSettingsFromSection({ 'filter-mode': 'nofilter', labels: ['x'] }, base)).toEqual({
      ...base,
      filterMode: 'nofilter',
      labels: ['x'],
    });
    expect(appSettingsFromSection(undefined, base)).toBe(base);
  });

  it('throws a ConfigError naming app.<key> for a bad value or an unknown key', () => {
    const bad = () => appSettingsFromSection({ 'fail-on': 'sometimes' }, base);
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow('app.fail-on: must be one of error, warning, never');
    expect(() => appSettingsFromSection({ failOn: 'error' }, base)).toThrow(
      /^app\.failOn: unknown key "failOn"/,
    );
    expect(() => appSettingsFromSection(['x'], base)).toThrow('app: must be a mapping');
  });
});
