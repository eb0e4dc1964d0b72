/**
 * Where the project lives: SARIF's `informationUri`, each rule's `helpUri` and the README links
 * point here. Keep it equal to package.json's `homepage` (a test checks).
 */
export const PROJECT_URL = 'https://github.com/decision-register/decision-register';

/** The README section that documents a rule (`#### \`owner-vague\`` gives the anchor `owner-vague`). */
export function ruleHelpUri(ruleId: string): string {
  return `${PROJECT_URL}#${ruleId}`;
}

/** The package version, injected at bundle time (scripts/build.mjs); "dev" when run from source. */
export const VERSION: string = typeof __DR_VERSION__ === 'string' ? __DR_VERSION__ : 'dev';

declare const __DR_VERSION__: string | undefined;
