import { describe, expect, it } from 'vitest';
import { DEFAULT_APP_SETTINGS } from '../../src/app/app-settings.js';
import { loadAppConfig } from '../../src/app/load-app-config.js';

const read = (value: unknown) => async () => value;

describe('loadAppConfig', () => {
  it('gives the default config and settings when no file exists (context.config → null)', async () => {
    const loaded = await loadAppConfig(read(null), DEFAULT_APP_SETTINGS);
    if (!loaded.ok) throw new Error(loaded.problem);
    expect(loaded.settings).toEqual(DEFAULT_APP_SETTINGS);
    expect(loaded.config.paths.length).toBeGreaterThan(0);
  });

  it('takes the app section out before validating the rest with the schema', async () => {
    const loaded = await loadAppConfig(
      read({ paths: ['meetings/**/*.yml'], app: { 'fail-on': 'warning' } }),
      DEFAULT_APP_SETTINGS,
    );
    if (!loaded.ok) throw new Error(loaded.problem);
    expect(loaded.config.paths).toEqual(['meetings/**/*.yml']);
    expect(loaded.settings.failOn).toBe('warning');
  });

  it('reports a schema violation naming the key', async () => {
    const loaded = await loadAppConfig(read({ rules: { 'owner-vague': 'loud' } }), DEFAULT_APP_SETTINGS);
    expect(loaded).toEqual({
      ok: false,
      problem: expect.stringMatching(/^rules\.owner-vague: must be one of/),
    });
  });

  it('reports a bad app setting naming app.<key>', async () => {
    const loaded = await loadAppConfig(read({ app: { 'max-issues': 'lots' } }), DEFAULT_APP_SETTINGS);
    expect(loaded).toEqual({ ok: false, problem: 'app.max-issues: must be a whole number (0 or more)' });
  });

  it("turns the config plugin's own errors (invalid YAML, bad _extends) into problems", async () => {
    const loaded = await loadAppConfig(async () => {
      throw new Error(
        '[@probot/octokit-plugin-config] Configuration could not be parsed from https://x/contents/.github/decision-register.yml (invalid YAML)',
      );
    }, DEFAULT_APP_SETTINGS);
    expect(loaded).toEqual({
      ok: false,
      problem: expect.stringMatching(/^Configuration could not be parsed .*invalid YAML/),
    });
  });

  it('lets GitHub failures through', async () => {
    const failure = Object.assign(new Error('Server Error'), { status: 502 });
    await expect(
      loadAppConfig(async () => {
        throw failure;
      }, DEFAULT_APP_SETTINGS),
    ).rejects.toBe(failure);
  });
});
