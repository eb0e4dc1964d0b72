import { Probot, ProbotOctokit } from 'probot';
import { DEFAULT_APP_SETTINGS } from '../../src/app/app-settings.js';
import { type AppDependencies, decisionRegisterApp } from '../../src/app/decision-register-app.js';
import { memoryDeliveryDedupe } from '../../src/github/delivery-dedupe.js';
import { memoryLock } from '../../src/github/memory-lock.js';
import { type GitHubFake, generateTestKeyPair, startGitHubFake } from '../github-fake/index.js';
import { captureLog } from './capture-log.js';
import { APP_ID, REPO, SECRET } from './scenario.js';

/**
 * Probot's Octokit with throttling and retries off. The function form is needed: the object
 * form `defaults({ throttle: { enabled: false } })` is merged under Probot's own defaults and
 * leaves throttling on (1–2 s per event).
 */
export const UnthrottledOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  throttle: { ...(options.throttle as object), enabled: false },
  retry: { enabled: false },
}));

const keys = generateTestKeyPair();

/** A fake GitHub playing our App, and a Probot instance with the app loaded, pointed at it. */
export async function startHarness(deps: Partial<AppDependencies> = {}) {
  const fake: GitHubFake = await startGitHubFake({
    app: { id: APP_ID, privateKeyPem: keys.privateKeyPem },
    repos: [REPO],
  });
  const capture = captureLog();
  const probot = new Probot({
    appId: APP_ID,
    privateKey: keys.privateKeyPem,
    secret: SECRET,
    baseUrl: fake.url,
    log: capture.log,
    Octokit: UnthrottledOctokit,
  });
  await probot.load(
    decisionRegisterApp({
      dedupe: memoryDeliveryDedupe(),
      lock: memoryLock(),
      settings: DEFAULT_APP_SETTINGS,
      version: 'test',
      appId: APP_ID,
      today: () => '2030-01-06',
      ...deps,
    }),
  );
  return { fake, probot, capture, privateKeyPem: keys.privateKeyPem };
}
