import '../parse/markdown/register-markdown.js';
import { type RunningApp, startApp } from './start-app.js';

// dist/app.js (`npm run app -- --role web|worker|all`). SIGTERM (containers, process managers)
// and SIGINT drain: the server stops taking deliveries, running jobs finish or are handed back.
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
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    app?.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
