import { run } from './main.js';

// dist/index.js: the runner starts this under node24 (action.yml).
await run();
