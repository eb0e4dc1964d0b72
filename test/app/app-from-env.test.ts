import { Probot } from 'probot';
import { describe, expect, it } from 'vitest';
import { appDependencies, appFromEnv } from '../../src/app/app-from-env.js';
import { generateTestKeyPair } from '../github-fake/index.js';
import { captureLog } from './capture-log.js';

describe('appDependencies', () => {
  it('takes settings, the app id and the config cache lifetime from the environment', () => {
    const deps = appDependencies(
      { APP_ID: '77', DECISION_REGISTER_FAIL_ON: 'never', DECISION_REGISTER_CONFIG_TTL_SECONDS: '0' },
      undefined,
    );
    expect(deps).toMatchObject({
      appId: 77,
      configTtlMs: 0,
      settings: { failOn: 'never', filterMode: 'added' },
    });
    expect(deps.health).toBeUndefined();
    expect(appDependencies({}, undefined)).toMatchObject({ configTtlMs: 60_000 });
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => appDependencies({ DECISION_REGISTER_CONFIG_TTL_SECONDS: 'soon' }, undefined)).toThrow(
      'DECISION_REGISTER_CONFIG_TTL_SECONDS must be a whole number of seconds, not "soon"',
    );
  });
});

describe('appFromEnv', () => {
  it('loads into a Probot without a server, as the serverless adapters do', async () => {
    const probot = new Probot({
      appId: 77,
      privateKey: generateTestKeyPair().privateKeyPem,
      secret: 'x',
      log: captureLog().log,
    });
    await expect(probot.load(appFromEnv({ APP_ID: '77' }))).resolves.toBeUndefined();
  });
});
