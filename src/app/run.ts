import '../parse/register-markdown.js';
import { type RunningApp, startApp } from './start-app.js';

// dist/app.js (`npm run app`): the webhook server. Probot stops on SIGINT itself; containers
// and process managers send SIGTERM, which gets the same orderly stop.
let app: RunningApp | undefined;
try {
  app = await startApp();
} catch (error) {
  // One line (a bad setting, a port in use), not a stack trace.
  console.error(
    `decision-register app could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
process.once('SIGTERM', () => {
  app?.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
