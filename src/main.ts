import { runAction } from './action/runner.js';

/**
 * The Action's logic entry, laid out as in the typescript-action template: `src/index.ts` (bundled
 * as dist/index.js, what action.yml runs) calls it, and `npx local-action . src/main.ts .env`
 * runs it locally with the toolkit stubbed. Never throws: failures end as `core.setFailed`.
 */
export async function run(): Promise<void> {
  await runAction();
}
