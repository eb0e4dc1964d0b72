import { runAction } from './runner.js';

// dist/index.js: the runner starts this under node24 (action.yml).
await runAction();
