// vitest setup: the Markdown reader, as the CLI and the app load it at start.
import '../../src/parse/register-markdown.js';
